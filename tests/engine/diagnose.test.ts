import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InstanceRecord, NetworkInterfaceRecord } from "../../src/engine/types";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

const REGION = "cn-hangzhou";
const TRUSTED = "121.40.10.10";

let t: TestEngine;
let vpc: string;
let sgWeb: string;
let sgDb: string;
let sgIsolated: string;
let sgEnterprise: string;
let seq = 1000;

interface Hop {
  NetworkInterfaceId: string;
  Direction: string;
  Verdict: string;
  Reason: string;
  SecurityGroupId: string;
  SecurityGroupRuleId: string;
  Priority: number | "";
  Policy: string;
  Explanation: string;
  MatchedRules: {
    MatchedRule: Array<{ SecurityGroupId: string; SecurityGroupRuleId: string; Priority: number; Policy: string }>;
  };
}

interface Diagnosis {
  Verdict: string;
  Hops: { Hop: Hop[] };
  Notes: { Note: string[] };
}

async function createGroup(type = "normal"): Promise<string> {
  const body = await t.call("CreateSecurityGroup", { RegionId: REGION, VpcId: vpc, SecurityGroupType: type });
  return String(body.SecurityGroupId);
}

async function authorize(groupId: string, fields: Record<string, string>, direction: "ingress" | "egress" = "ingress") {
  const params: Record<string, string> = { RegionId: REGION, SecurityGroupId: groupId };
  for (const [key, value] of Object.entries(fields)) params[`Permissions.1.${key}`] = value;
  await t.call(direction === "ingress" ? "AuthorizeSecurityGroup" : "AuthorizeSecurityGroupEgress", params);
}

async function ruleIds(groupId: string): Promise<string[]> {
  const body = await t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: groupId });
  return (body.Permissions as { Permission: Array<{ SecurityGroupRuleId: string }> }).Permission.map(
    (p) => p.SecurityGroupRuleId,
  );
}

/** Writes an ENI record straight into its store (the ENI actions are not needed to judge traffic). */
async function putEni(id: string, ip: string, groups: string[], extra: Partial<NetworkInterfaceRecord> = {}) {
  const eni: NetworkInterfaceRecord = {
    NetworkInterfaceId: id,
    RegionId: REGION,
    VpcId: vpc,
    VSwitchId: "vsw-test0000000000000000",
    ZoneId: "cn-hangzhou-h",
    Type: "Secondary",
    Status: "Available",
    SecurityGroupIds: groups,
    PrimaryIpAddress: ip,
    SecondaryIpAddresses: [],
    MacAddress: "00:16:3e:00:00:01",
    NetworkInterfaceName: "",
    Description: "",
    Tags: [],
    CreationTime: "2026-03-01T00:00:00Z",
    Seq: ++seq,
    ...extra,
  };
  await t.engine.db.put("networkInterfaces", eni);
}

/** An instance and its primary ENI. */
async function putInstance(id: string, ip: string, groups: string[], regionId = REGION) {
  const eniId = `eni-${id.slice(2)}`;
  await putEni(eniId, ip, groups, {
    Type: "Primary",
    Status: "InUse",
    InstanceId: id,
    DeviceIndex: 0,
    RegionId: regionId,
  });
  const instance: InstanceRecord = {
    InstanceId: id,
    RegionId: regionId,
    ZoneId: "cn-hangzhou-h",
    VpcId: vpc,
    VSwitchId: "vsw-test0000000000000000",
    InstanceName: id,
    ImageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
    InstanceType: "ecs.g7.large",
    Status: "Running",
    PublicIpAddress: "",
    PrimaryNetworkInterfaceId: eniId,
    Tags: [],
    CreationTime: "2026-03-01T00:00:00Z",
    Seq: ++seq,
  };
  await t.engine.db.put("instances", instance);
  return eniId;
}

const WEB1 = "i-web100000000000000000";
const WEB2 = "i-web200000000000000000";
const DB1 = "i-db1000000000000000000";
const ISO1 = "i-iso100000000000000000";
const ISO2 = "i-iso200000000000000000";
const ENT1 = "i-ent100000000000000000";

async function diagnose(params: Record<string, string>): Promise<Diagnosis> {
  return (await t.call("DiagnoseTraffic", { RegionId: REGION, ...params })) as unknown as Diagnosis;
}

beforeEach(async () => {
  t = await makeEngine("empty");
  vpc = String((await t.call("CreateVpc", { RegionId: REGION, CidrBlock: "192.168.0.0/16" })).VpcId);
  sgWeb = await createGroup();
  sgDb = await createGroup();
  sgIsolated = await createGroup();
  sgEnterprise = await createGroup("enterprise");
  await t.call("ModifySecurityGroupPolicy", {
    RegionId: REGION,
    SecurityGroupId: sgIsolated,
    InnerAccessPolicy: "Drop",
  });
  await authorize(sgWeb, { IpProtocol: "TCP", PortRange: "22/22", SourceCidrIp: TRUSTED, Priority: "1" });
  await authorize(sgDb, { IpProtocol: "TCP", PortRange: "3306/3306", SourceGroupId: sgWeb, Priority: "1" });
  await putInstance(WEB1, "192.168.1.10", [sgWeb]);
  await putInstance(WEB2, "192.168.1.11", [sgWeb]);
  await putInstance(DB1, "192.168.1.20", [sgDb]);
  await putInstance(ISO1, "192.168.1.30", [sgIsolated]);
  await putInstance(ISO2, "192.168.1.31", [sgIsolated]);
  await putInstance(ENT1, "192.168.1.40", [sgEnterprise]);
});
afterEach(() => t.close());

describe("DIAG-2 instance to instance", () => {
  it("DIAG-2 DEC-3 two members of a basic Accept group pass both hops by inner policy, source egress first", async () => {
    const result = await diagnose({
      SourceInstanceId: WEB1,
      DestInstanceId: WEB2,
      IpProtocol: "TCP",
      DestPort: "8080",
    });
    expect(result.Verdict).toBe("Allowed");
    expect(
      result.Hops.Hop.map((hop) => [hop.NetworkInterfaceId, hop.Direction, hop.Reason, hop.SecurityGroupId]),
    ).toEqual([
      [`eni-${WEB1.slice(2)}`, "egress", "InnerAccessPolicy", sgWeb],
      [`eni-${WEB2.slice(2)}`, "ingress", "InnerAccessPolicy", sgWeb],
    ]);
    expect(result.Hops.Hop[1]).toMatchObject({ SecurityGroupRuleId: "", Priority: "", Policy: "" });
    expect(result.Hops.Hop[1]?.Explanation).toContain(`inner policy Accept of ${sgWeb}`);
  });

  it("DIAG-2 DEC-4 the result notes that replies are allowed (stateful)", async () => {
    const result = await diagnose({ SourceInstanceId: WEB1, DestInstanceId: WEB2, IpProtocol: "TCP", DestPort: "80" });
    expect(result.Notes.Note).toHaveLength(1);
    expect(result.Notes.Note[0]).toContain("replies to an allowed connection are allowed");
  });

  it("DIAG-2 cross-group authorisation: a group-source rule admits members of the referenced group", async () => {
    const [ruleId] = await ruleIds(sgDb);
    const result = await diagnose({ SourceInstanceId: WEB1, DestInstanceId: DB1, IpProtocol: "tcp", DestPort: "3306" });
    expect(result.Verdict).toBe("Allowed");
    const [egress, ingress] = result.Hops.Hop;
    expect(egress).toMatchObject({ Direction: "egress", Verdict: "Allowed", Reason: "DefaultAllow" });
    expect(ingress).toMatchObject({
      Direction: "ingress",
      Verdict: "Allowed",
      Reason: "Rule",
      SecurityGroupId: sgDb,
      SecurityGroupRuleId: ruleId,
      Priority: 1,
      Policy: "Accept",
    });
    expect(ingress?.MatchedRules.MatchedRule).toEqual([
      { SecurityGroupId: sgDb, SecurityGroupRuleId: ruleId, Priority: 1, Policy: "Accept" },
    ]);
  });

  it("DIAG-2 the reverse direction is blocked at the destination's inbound hop (default deny)", async () => {
    const result = await diagnose({ SourceInstanceId: DB1, DestInstanceId: WEB1, IpProtocol: "TCP", DestPort: "3306" });
    expect(result.Verdict).toBe("Blocked");
    expect(result.Hops.Hop.map((hop) => hop.Verdict)).toEqual(["Allowed", "Blocked"]);
    expect(result.Hops.Hop[1]).toMatchObject({
      Reason: "DefaultDeny",
      Explanation: "no rule matched: default deny (inbound)",
    });
  });

  it("DIAG-2 DEC-3 members of a group with inner policy Drop are isolated", async () => {
    const result = await diagnose({ SourceInstanceId: ISO1, DestInstanceId: ISO2, IpProtocol: "TCP", DestPort: "22" });
    expect(result.Verdict).toBe("Blocked");
    expect(result.Hops.Hop[1]?.Reason).toBe("DefaultDeny");
  });

  it("DIAG-2 DEC-2 an enterprise group blocks outbound by default at the source's hop", async () => {
    const result = await diagnose({ SourceInstanceId: ENT1, DestInstanceId: WEB1, IpProtocol: "TCP", DestPort: "22" });
    expect(result.Verdict).toBe("Blocked");
    expect(result.Hops.Hop[0]).toMatchObject({ Direction: "egress", Verdict: "Blocked", Reason: "DefaultDeny" });
  });

  it("DIAG-2 a drop in a second group of the destination beats the accept of the same priority", async () => {
    const sgBlock = await createGroup();
    await authorize(sgBlock, {
      IpProtocol: "TCP",
      PortRange: "3306/3306",
      SourceCidrIp: "192.168.1.0/24",
      Policy: "drop",
    });
    await putInstance("i-db2000000000000000000", "192.168.1.21", [sgDb, sgBlock]);
    const [dropId] = await ruleIds(sgBlock);
    const result = await diagnose({
      SourceInstanceId: WEB1,
      DestInstanceId: "i-db2000000000000000000",
      IpProtocol: "TCP",
      DestPort: "3306",
    });
    expect(result.Verdict).toBe("Blocked");
    expect(result.Hops.Hop[1]).toMatchObject({ Reason: "Rule", SecurityGroupRuleId: dropId, Policy: "Drop" });
    expect(result.Hops.Hop[1]?.Explanation).toContain("drop beats accept at priority 1");
    expect(result.Hops.Hop[1]?.MatchedRules.MatchedRule).toHaveLength(2);
  });

  it("DIAG-2 network interfaces are judged by their own groups; secondary IPs are group members", async () => {
    await putEni("eni-side000000000000000", "192.168.1.50", [sgWeb], { SecondaryIpAddresses: ["192.168.1.51"] });
    const result = await diagnose({
      SourceNetworkInterfaceId: "eni-side000000000000000",
      DestInstanceId: DB1,
      IpProtocol: "TCP",
      DestPort: "3306",
    });
    expect(result.Verdict).toBe("Allowed");
    expect(result.Hops.Hop[0]?.NetworkInterfaceId).toBe("eni-side000000000000000");
    const fromSecondary = await diagnose({
      SourceIp: "192.168.1.51",
      DestInstanceId: DB1,
      IpProtocol: "TCP",
      DestPort: "3306",
    });
    expect(fromSecondary.Hops.Hop[0]).toMatchObject({ Reason: "Rule", Verdict: "Allowed" });
  });
});

describe("DIAG-1 checks from and to outside addresses", () => {
  it("DIAG-1 DEC-7 an outside source is judged at the destination's inbound hop only", async () => {
    const [sshRule] = await ruleIds(sgWeb);
    const allowed = await diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, IpProtocol: "TCP", DestPort: "22" });
    expect(allowed.Verdict).toBe("Allowed");
    expect(allowed.Hops.Hop).toHaveLength(1);
    expect(allowed.Hops.Hop[0]).toMatchObject({ Direction: "ingress", Reason: "Rule", SecurityGroupRuleId: sshRule });
    expect(allowed.Notes.Note[1]).toContain(
      `${TRUSTED} is outside the workspace: only the destination's inbound rules`,
    );
    const blocked = await diagnose({ SourceIp: "8.8.8.8", DestInstanceId: WEB1, IpProtocol: "TCP", DestPort: "22" });
    expect(blocked.Verdict).toBe("Blocked");
    expect(blocked.Hops.Hop[0]).toMatchObject({ Reason: "DefaultDeny", MatchedRules: { MatchedRule: [] } });
  });

  it("DIAG-1 DEC-5 outbound TCP 25 to a public address is a platform restriction; 465 passes", async () => {
    const blocked = await diagnose({
      SourceInstanceId: WEB1,
      DestIp: "203.0.113.25",
      IpProtocol: "TCP",
      DestPort: "25",
    });
    expect(blocked.Verdict).toBe("Blocked");
    expect(blocked.Hops.Hop).toEqual([
      expect.objectContaining({ Direction: "egress", Reason: "PlatformRestriction", Verdict: "Blocked" }),
    ]);
    expect(blocked.Notes.Note[1]).toContain("only the source's outbound rules");
    const smtps = await diagnose({
      SourceInstanceId: WEB1,
      DestIp: "203.0.113.25",
      IpProtocol: "TCP",
      DestPort: "465",
    });
    expect(smtps.Verdict).toBe("Allowed");
  });

  it("DIAG-1 ICMP needs no port; a prefix-list rule admits its entries", async () => {
    await t.engine.db.put("prefixLists", {
      PrefixListId: "pl-office000000000000000",
      RegionId: REGION,
      PrefixListName: "office",
      Description: "",
      AddressFamily: "IPv4",
      MaxEntries: 5,
      Entries: [{ Cidr: "47.96.0.0/16", Description: "office" }],
      ResourceGroupId: "",
      Tags: [],
      CreationTime: "2026-03-01T00:00:00Z",
      Seq: ++seq,
    });
    await authorize(sgWeb, { IpProtocol: "ICMP", PortRange: "-1/-1", SourcePrefixListId: "pl-office000000000000000" });
    const ping = await diagnose({ SourceIp: "47.96.1.2", DestInstanceId: WEB1, IpProtocol: "ICMP" });
    expect(ping.Verdict).toBe("Allowed");
    expect(ping.Hops.Hop[0]?.Reason).toBe("Rule");
    const stranger = await diagnose({ SourceIp: "47.97.1.2", DestInstanceId: WEB1, IpProtocol: "ICMP" });
    expect(stranger.Verdict).toBe("Blocked");
  });

  it("DIAG-1 SourcePort is matched against a rule's SourcePortRange", async () => {
    await authorize(sgWeb, {
      IpProtocol: "TCP",
      PortRange: "443/443",
      SourcePortRange: "1024/65535",
      SourceCidrIp: "0.0.0.0/0",
    });
    const base = { SourceIp: "8.8.8.8", DestInstanceId: WEB1, IpProtocol: "TCP", DestPort: "443" };
    expect((await diagnose({ ...base, SourcePort: "50000" })).Verdict).toBe("Allowed");
    expect((await diagnose({ ...base, SourcePort: "80" })).Verdict).toBe("Blocked");
    expect((await diagnose(base)).Verdict).toBe("Blocked");
  });
});

describe("DIAG errors", () => {
  const tcp = { IpProtocol: "TCP", DestPort: "22" };

  it("DIAG-1 no source gives MissingParameter (400)", async () => {
    const error = await expectEcsError(diagnose({ DestInstanceId: WEB1, ...tcp }), "MissingParameter", 400);
    expect(error.message).toContain("SourceInstanceId, SourceNetworkInterfaceId or SourceIp");
    expect(error.field).toBe("SourceInstanceId");
  });

  it("DIAG-1 TCP without DestPort or without IpProtocol gives MissingParameter (400)", async () => {
    const missingPort = await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, IpProtocol: "TCP" }),
      "MissingParameter",
      400,
    );
    expect(missingPort.field).toBe("DestPort");
    const missingProtocol = await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, DestPort: "22" }),
      "MissingParameter",
      400,
    );
    expect(missingProtocol.field).toBe("IpProtocol");
  });

  it("DIAG-1 RegionId is required and must exist", async () => {
    await expectEcsError(
      t.call("DiagnoseTraffic", { SourceIp: TRUSTED, DestInstanceId: WEB1, ...tcp }),
      "MissingParameter.RegionId",
      400,
    );
    await expectEcsError(
      diagnose({ RegionId: "mars-1", SourceIp: TRUSTED, DestInstanceId: WEB1, ...tcp }),
      "InvalidRegionId.NotFound",
      404,
    );
  });

  it("DIAG-1 an unknown instance, or one of another region, gives InvalidInstanceId.NotFound (404)", async () => {
    const error = await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestInstanceId: "i-nope", ...tcp }),
      "InvalidInstanceId.NotFound",
      404,
    );
    expect(error.field).toBe("DestInstanceId");
    await putInstance("i-far0000000000000000000", "172.16.0.5", [sgWeb], "cn-beijing");
    await expectEcsError(
      diagnose({ SourceInstanceId: "i-far0000000000000000000", DestIp: TRUSTED, ...tcp }),
      "InvalidInstanceId.NotFound",
      404,
    );
  });

  it("DIAG-1 an unknown network interface gives InvalidEniId.NotFound (404)", async () => {
    const error = await expectEcsError(
      diagnose({ SourceNetworkInterfaceId: "eni-nope", DestIp: TRUSTED, ...tcp }),
      "InvalidEniId.NotFound",
      404,
    );
    expect(error.field).toBe("SourceNetworkInterfaceId");
  });

  it("DIAG-1 InvalidParameter (400): two sources, two outside addresses, a bad address, a bad port, protocol ALL", async () => {
    const twoSources = await expectEcsError(
      diagnose({ SourceInstanceId: WEB1, SourceIp: TRUSTED, DestInstanceId: WEB2, ...tcp }),
      "InvalidParameter",
      400,
    );
    expect(twoSources.message).toContain("Give only one of SourceInstanceId, SourceNetworkInterfaceId and SourceIp");
    const outside = await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestIp: "8.8.8.8", ...tcp }),
      "InvalidParameter",
      400,
    );
    expect(outside.message).toContain("At least one side must be an instance or a network interface");
    const badIp = await expectEcsError(
      diagnose({ SourceIp: "10.0.0.0/8", DestInstanceId: WEB1, ...tcp }),
      "InvalidParameter",
      400,
    );
    expect(badIp.field).toBe("SourceIp");
    for (const port of ["0", "65536", "http"]) {
      const badPort = await expectEcsError(
        diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, IpProtocol: "TCP", DestPort: port }),
        "InvalidParameter",
        400,
      );
      expect(badPort.field).toBe("DestPort");
    }
    const all = await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, IpProtocol: "ALL" }),
      "InvalidParameter",
      400,
    );
    expect(all.field).toBe("IpProtocol");
  });

  it("DIAG-1 an unknown protocol gives InvalidIpProtocol.ValueNotSupported (400)", async () => {
    await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, IpProtocol: "SCTP", DestPort: "22" }),
      "InvalidIpProtocol.ValueNotSupported",
      400,
    );
  });

  it("DIAG-1 mixing IPv6 and IPv4 ends gives InvalidParameter.Conflict (400)", async () => {
    const error = await expectEcsError(
      diagnose({ SourceIp: "2400:3200::1", DestInstanceId: WEB1, ...tcp }),
      "InvalidParameter.Conflict",
      400,
    );
    expect(error.field).toBe("SourceIp");
  });

  it("DIAG-1 ICMP with an IPv6 end and ICMPv6 with an IPv4 end are refused (400)", async () => {
    await expectEcsError(
      diagnose({ SourceIp: "2400:3200::1", DestInstanceId: WEB1, IpProtocol: "ICMP" }),
      "InvalidParam.Ipv4ProtocolConflictWithIpv6Address",
      400,
    );
    await expectEcsError(
      diagnose({ SourceIp: TRUSTED, DestInstanceId: WEB1, IpProtocol: "ICMPv6" }),
      "InvalidParam.Ipv6ProtocolConflictWithIpv4Address",
      400,
    );
  });
});
