import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

const REGION = "cn-hangzhou";
let t: TestEngine;
let group: string;

type Permission = Record<string, string | number>;

beforeEach(async () => {
  t = await makeEngine();
  group = String((await t.call("CreateSecurityGroup", { RegionId: REGION, VpcId: DEMO.vpc })).SecurityGroupId);
});
afterEach(() => t.close());

function perms(list: Array<Record<string, string>>, prefix = "Permissions"): Record<string, string> {
  const out: Record<string, string> = {};
  list.forEach((fields, index) => {
    for (const [key, value] of Object.entries(fields)) out[`${prefix}.${index + 1}.${key}`] = value;
  });
  return out;
}

const authorize = (list: Array<Record<string, string>>, groupId = group) =>
  t.call("AuthorizeSecurityGroup", { RegionId: REGION, SecurityGroupId: groupId, ...perms(list) });
const authorizeEgress = (list: Array<Record<string, string>>, groupId = group) =>
  t.call("AuthorizeSecurityGroupEgress", { RegionId: REGION, SecurityGroupId: groupId, ...perms(list) });

async function rules(groupId = group, direction = "all"): Promise<Permission[]> {
  const body = await t.call("DescribeSecurityGroupAttribute", {
    RegionId: REGION,
    SecurityGroupId: groupId,
    Direction: direction,
  });
  return (body.Permissions as { Permission: Permission[] }).Permission;
}

const ssh = { IpProtocol: "tcp", PortRange: "22/22", SourceCidrIp: "10.0.0.1" };

describe("RULE-1 fields", () => {
  it("RULE-1 canonicalises protocol case, a bare IP to /32 and defaults Policy, Priority and NicType", async () => {
    await authorize([ssh]);
    const [rule] = await rules();
    expect(rule).toMatchObject({
      IpProtocol: "TCP",
      PortRange: "22/22",
      SourceCidrIp: "10.0.0.1/32",
      Policy: "Accept",
      Priority: 1,
      NicType: "intranet",
      Direction: "ingress",
    });
    expect(rule?.SecurityGroupRuleId).toMatch(/^sgr-bp1[0-9a-z]{17}$/);
  });

  it('RULE-1 every Permission carries every field of the real API, "" when unset', async () => {
    await authorize([ssh]);
    const [rule] = await rules();
    expect(Object.keys(rule ?? {}).sort()).toEqual(
      [
        "SecurityGroupRuleId",
        "Direction",
        "IpProtocol",
        "PortRange",
        "SourcePortRange",
        "SourceCidrIp",
        "Ipv6SourceCidrIp",
        "SourceGroupId",
        "SourceGroupName",
        "SourceGroupOwnerAccount",
        "SourcePrefixListId",
        "SourcePrefixListName",
        "DestCidrIp",
        "Ipv6DestCidrIp",
        "DestGroupId",
        "DestGroupName",
        "DestGroupOwnerAccount",
        "DestPrefixListId",
        "DestPrefixListName",
        "PortRangeListId",
        "PortRangeListName",
        "Policy",
        "Priority",
        "NicType",
        "Description",
        "CreateTime",
      ].sort(),
    );
    expect(rule?.SourceGroupId).toBe("");
  });

  it("RULE-1 accepts IPv6 sources (normalised, bare address to /128), ICMPv6, GRE and ALL with -1/-1", async () => {
    await authorize([
      { IpProtocol: "TCP", PortRange: "443/443", Ipv6SourceCidrIp: "2001:0DB8:0000::1" },
      { IpProtocol: "ICMPv6", Ipv6SourceCidrIp: "::/0" },
      { IpProtocol: "gre", SourceCidrIp: "10.0.0.0/8" },
      { IpProtocol: "all", PortRange: "-1/-1", SourceCidrIp: "192.168.0.0/16", Policy: "DROP", Priority: "100" },
    ]);
    const list = await rules();
    expect(list.map((rule) => [rule.IpProtocol, rule.PortRange, rule.SourceCidrIp || rule.Ipv6SourceCidrIp])).toEqual([
      ["TCP", "443/443", "2001:db8::1/128"],
      ["ICMPv6", "-1/-1", "::/0"],
      ["GRE", "-1/-1", "10.0.0.0/8"],
      ["ALL", "-1/-1", "192.168.0.0/16"],
    ]);
    expect(list[3]).toMatchObject({ Policy: "Drop", Priority: 100 });
  });

  it("RULE-1 keeps the source port range and the destination CIDR that narrows an inbound rule", async () => {
    await authorize([{ ...ssh, SourcePortRange: "1024/65535", DestCidrIp: "192.168.1.10" }]);
    expect((await rules())[0]).toMatchObject({ SourcePortRange: "1024/65535", DestCidrIp: "192.168.1.10/32" });
  });

  it("RULE-1 a CIDR wins over a group, and a group over a prefix list, when several are given", async () => {
    await authorize([{ IpProtocol: "TCP", PortRange: "80/80", SourceCidrIp: "10.0.0.0/8", SourceGroupId: DEMO.web }]);
    await authorize([{ IpProtocol: "TCP", PortRange: "81/81", SourceGroupId: DEMO.web, SourcePrefixListId: "pl-x" }]);
    const list = await rules();
    expect(list[0]).toMatchObject({ SourceCidrIp: "10.0.0.0/8", SourceGroupId: "" });
    expect(list[1]).toMatchObject({
      SourceGroupId: DEMO.web,
      SourceGroupName: "prod-web-frontend-sg",
      SourcePrefixListId: "",
    });
  });

  it("RULE-1 egress rules use the destination fields", async () => {
    await authorizeEgress([{ IpProtocol: "TCP", PortRange: "443/443", DestCidrIp: "0.0.0.0/0" }]);
    expect(await rules(group, "egress")).toHaveLength(1);
    expect((await rules(group, "egress"))[0]).toMatchObject({ Direction: "egress", DestCidrIp: "0.0.0.0/0" });
    expect(await rules(group, "ingress")).toHaveLength(0);
  });
});

describe("RULE-2 validation errors", () => {
  it.each([
    [
      { IpProtocol: "TCP", PortRange: "0/22", SourceCidrIp: "1.1.1.1" },
      "InvalidParam.PortRange",
      "Permissions.1.PortRange",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/65536", SourceCidrIp: "1.1.1.1" },
      "InvalidParam.PortRange",
      "Permissions.1.PortRange",
    ],
    [
      { IpProtocol: "TCP", PortRange: "200/1", SourceCidrIp: "1.1.1.1" },
      "InvalidParam.PortRange",
      "Permissions.1.PortRange",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22", SourceCidrIp: "1.1.1.1" },
      "InvalidParam.PortRange",
      "Permissions.1.PortRange",
    ],
    [{ IpProtocol: "TCP", SourceCidrIp: "1.1.1.1" }, "InvalidPortRange.Malformed", "Permissions.1.PortRange"],
    [{ IpProtocol: "TCP", PortRange: "-1/-1", SourceCidrIp: "1.1.1.1" }, "OperationDenied", "Permissions.1.PortRange"],
    [{ IpProtocol: "ICMP", PortRange: "22/22", SourceCidrIp: "1.1.1.1" }, "OperationDenied", "Permissions.1.PortRange"],
    [
      { IpProtocol: "SCTP", PortRange: "22/22", SourceCidrIp: "1.1.1.1" },
      "InvalidIpProtocol.ValueNotSupported",
      "Permissions.1.IpProtocol",
    ],
    [{ PortRange: "22/22", SourceCidrIp: "1.1.1.1" }, "InvalidIpProtocol.Malformed", "Permissions.1.IpProtocol"],
    [{ ...ssh, SourcePortRange: "9/1" }, "InvalidSourcePortRange.Malformed", "Permissions.1.SourcePortRange"],
    [{ ...ssh, Priority: "0" }, "InvalidPriority.Malformed", "Permissions.1.Priority"],
    [{ ...ssh, Priority: "101" }, "InvalidPriority.Malformed", "Permissions.1.Priority"],
    [{ ...ssh, Policy: "reject" }, "InvalidPolicy.Malformed", "Permissions.1.Policy"],
    [{ ...ssh, NicType: "wifi" }, "InvalidNicType.ValueNotSupported", "Permissions.1.NicType"],
    [{ ...ssh, NicType: "internet" }, "InvalidNicType.Mismatch", "Permissions.1.NicType"],
    [
      { ...ssh, Description: "x".repeat(513) },
      "InvalidSecurityGroupDiscription.Malformed",
      "Permissions.1.Description",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/22", SourceCidrIp: "10.0.0.300" },
      "InvalidSourceCidrIp.Malformed",
      "Permissions.1.SourceCidrIp",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/22", SourceCidrIp: "::/0" },
      "InvalidSourceCidrIp.Malformed",
      "Permissions.1.SourceCidrIp",
    ],
    [{ ...ssh, DestCidrIp: "nope" }, "InvalidDestCidrIp.Malformed", "Permissions.1.DestCidrIp"],
    [{ IpProtocol: "TCP", PortRange: "22/22" }, "MissingParameter.Source", "Permissions.1.SourceCidrIp"],
    [{ ...ssh, Ipv6SourceCidrIp: "::/0" }, "InvalidParam.SourceIp", "Permissions.1.Ipv6SourceCidrIp"],
    [{ ...ssh, Ipv6DestCidrIp: "::1" }, "InvalidParameter.Conflict", "Permissions.1.DestCidrIp"],
    [
      { IpProtocol: "ICMP", Ipv6SourceCidrIp: "::/0" },
      "InvalidParam.Ipv4ProtocolConflictWithIpv6Address",
      "Permissions.1.IpProtocol",
    ],
    [
      { IpProtocol: "ICMPv6", SourceCidrIp: "0.0.0.0/0" },
      "InvalidParam.Ipv6ProtocolConflictWithIpv4Address",
      "Permissions.1.IpProtocol",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/22", SourceGroupId: "sg-missing" },
      "InvalidSourceGroupId.NotFound",
      "Permissions.1.SourceGroupId",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/22", SourceGroupId: DEMO.dev },
      "InvalidSourceGroupId.Mismatch",
      "Permissions.1.SourceGroupId",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/22", SourceGroupId: DEMO.enterprise },
      "InvalidGroupAuthParameter.OperationDenied",
      "Permissions.1.SourceGroupId",
    ],
    [
      { IpProtocol: "TCP", PortRange: "22/22", SourcePrefixListId: "pl-missing" },
      "InvalidPrefixListId.NotFound",
      "Permissions.1.SourcePrefixListId",
    ],
  ])("RULE-2 %j is refused with %s, naming %s", async (fields, code, field) => {
    const error = await expectEcsError(authorize([fields]), code);
    expect(error.field).toBe(field);
    expect(await rules()).toHaveLength(0);
  });

  it("RULE-2 a group cannot reference itself: InvalidParamter.Conflict (the API's spelling) inbound, InvalidSecurityGroup.IsSame outbound", async () => {
    await expectEcsError(
      authorize([{ IpProtocol: "TCP", PortRange: "22/22", SourceGroupId: group }]),
      "InvalidParamter.Conflict",
      403,
    );
    await expectEcsError(
      authorizeEgress([{ IpProtocol: "TCP", PortRange: "22/22", DestGroupId: group }]),
      "InvalidSecurityGroup.IsSame",
      403,
    );
  });

  it("RULE-2 outbound errors use the destination twins", async () => {
    await expectEcsError(authorizeEgress([{ IpProtocol: "TCP", PortRange: "22/22" }]), "MissingParameter.Dest", 400);
    await expectEcsError(
      authorizeEgress([{ IpProtocol: "TCP", PortRange: "22/22", DestGroupId: "sg-missing" }]),
      "InvalidDestGroupId.NotFound",
      404,
    );
    await expectEcsError(
      authorizeEgress([{ IpProtocol: "TCP", PortRange: "22/22", DestGroupId: DEMO.dev }]),
      "InvalidDestGroupId.Mismatch",
      400,
    );
    await expectEcsError(
      authorizeEgress([{ IpProtocol: "TCP", PortRange: "22/22", DestCidrIp: "1.1.1.1", Ipv6DestCidrIp: "::1" }]),
      "InvalidParam.DestIp",
      400,
    );
  });

  it("RULE-2 a group of another account is taken on trust (cross-account reference)", async () => {
    await authorize([
      {
        IpProtocol: "TCP",
        PortRange: "22/22",
        SourceGroupId: "sg-otheraccount00000000",
        SourceGroupOwnerAccount: "999",
      },
    ]);
    expect((await rules())[0]).toMatchObject({
      SourceGroupId: "sg-otheraccount00000000",
      SourceGroupOwnerAccount: "999",
    });
  });

  it("RULE-2 SG-3 enterprise groups take neither group references nor drop rules: InvalidGroupParameter.OperationDenied", async () => {
    await expectEcsError(
      authorize([{ IpProtocol: "TCP", PortRange: "22/22", SourceGroupId: DEMO.web }], DEMO.enterprise),
      "InvalidGroupParameter.OperationDenied",
      400,
    );
    await expectEcsError(
      authorize([{ ...ssh, Policy: "drop" }], DEMO.enterprise),
      "InvalidGroupParameter.OperationDenied",
      400,
    );
  });

  it("RULE-2 an unknown group is InvalidSecurityGroupId.NotFound 404", async () => {
    await expectEcsError(authorize([ssh], "sg-missing"), "InvalidSecurityGroupId.NotFound", 404);
  });

  it("RULE-2 Permissions and the deprecated flat fields cannot be mixed: InvalidParam.Permissions", async () => {
    await expectEcsError(
      t.call("AuthorizeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: group,
        ...perms([ssh]),
        IpProtocol: "TCP",
      }),
      "InvalidParam.Permissions",
      400,
    );
    await expectEcsError(
      t.call("AuthorizeSecurityGroup", { RegionId: REGION, SecurityGroupId: group }),
      "InvalidParam.Permissions",
      400,
    );
    const many = Array.from({ length: 101 }, (_, i) => ({ ...ssh, PortRange: `${i + 1}/${i + 1}` }));
    await expectEcsError(authorize(many), "InvalidParam.Permissions", 400);
  });

  it("RULE-2 the deprecated flat fields still describe one rule", async () => {
    await t.call("AuthorizeSecurityGroup", { RegionId: REGION, SecurityGroupId: group, ...ssh });
    expect(await rules()).toHaveLength(1);
  });
});

describe("RULE-3 AuthorizeSecurityGroup", () => {
  it("RULE-3 returns only a RequestId-less body; rules are read back with their ids", async () => {
    expect(await authorize([ssh])).toEqual({});
    expect(await rules()).toHaveLength(1);
  });

  it("RULE-3 adding a rule identical to an existing one succeeds and adds nothing", async () => {
    await authorize([ssh]);
    await authorize([{ ...ssh, IpProtocol: "TCP", SourceCidrIp: "10.0.0.1/32" }]);
    expect(await rules()).toHaveLength(1);
  });

  it("RULE-3 rules differing only in priority or policy are different rules", async () => {
    await authorize([ssh, { ...ssh, Priority: "2" }, { ...ssh, Policy: "drop" }]);
    expect(await rules()).toHaveLength(3);
  });

  it("RULE-3 duplicates inside one request fail with InvalidParam.DuplicatePermissions and add nothing", async () => {
    await expectEcsError(authorize([ssh, { ...ssh }]), "InvalidParam.DuplicatePermissions", 400);
    expect(await rules()).toHaveLength(0);
  });

  it("RULE-3 API-5 a request whose third permission is invalid adds none of them", async () => {
    await expectEcsError(
      authorize([ssh, { ...ssh, PortRange: "80/80" }, { ...ssh, PortRange: "90/80" }]),
      "InvalidParam.PortRange",
      400,
    );
    expect(await rules()).toHaveLength(0);
  });
});

describe("RULE-4 ModifySecurityGroupRule", () => {
  async function onlyRuleId(): Promise<string> {
    return String((await rules())[0]?.SecurityGroupRuleId);
  }
  const modify = (params: Record<string, string>) =>
    t.call("ModifySecurityGroupRule", { RegionId: REGION, SecurityGroupId: group, ...params });

  it("RULE-4 changes port, priority, policy and description, keeping the rule id", async () => {
    await authorize([ssh]);
    const id = await onlyRuleId();
    await modify({
      SecurityGroupRuleId: id,
      PortRange: "2222/2222",
      Priority: "7",
      Policy: "drop",
      Description: "moved",
    });
    expect((await rules())[0]).toMatchObject({
      SecurityGroupRuleId: id,
      PortRange: "2222/2222",
      Priority: 7,
      Policy: "Drop",
      Description: "moved",
      SourceCidrIp: "10.0.0.1/32",
    });
  });

  it("RULE-4 an empty or absent field leaves it unchanged (Description included), as for ModifySecurityGroupAttribute", async () => {
    await authorize([{ ...ssh, Description: "office ssh" }]);
    const id = await onlyRuleId();
    await modify({ SecurityGroupRuleId: id, Description: "", PortRange: "", Priority: "5" });
    expect((await rules())[0]).toMatchObject({ Description: "office ssh", PortRange: "22/22", Priority: 5 });
  });

  it("RULE-4 changes the CIDR within its family", async () => {
    await authorize([ssh]);
    await modify({ SecurityGroupRuleId: await onlyRuleId(), SourceCidrIp: "172.16.0.0/12" });
    expect((await rules())[0]?.SourceCidrIp).toBe("172.16.0.0/12");
  });

  it("RULE-4 cannot change the object type or family: InvalidOperation.ModifySgRuleEntityType", async () => {
    await authorize([ssh]);
    const id = await onlyRuleId();
    await expectEcsError(
      modify({ SecurityGroupRuleId: id, SourceGroupId: DEMO.web }),
      "InvalidOperation.ModifySgRuleEntityType",
      400,
    );
    await expectEcsError(
      modify({ SecurityGroupRuleId: id, Ipv6SourceCidrIp: "::/0" }),
      "InvalidOperation.ModifySgRuleEntityType",
      400,
    );
  });

  it("RULE-4 cannot change the NicType: InvalidOperation.ModifyNicType", async () => {
    await authorize([ssh]);
    await expectEcsError(
      modify({ SecurityGroupRuleId: await onlyRuleId(), NicType: "internet" }),
      "InvalidOperation.ModifyNicType",
      400,
    );
  });

  it("RULE-4 a change that duplicates another rule fails with InvalidOperation.RuleDuplicate naming it", async () => {
    await authorize([ssh, { ...ssh, PortRange: "80/80" }]);
    const [first, second] = await rules();
    const error = await expectEcsError(
      modify({ SecurityGroupRuleId: String(second?.SecurityGroupRuleId), PortRange: "22/22" }),
      "InvalidOperation.RuleDuplicate",
      400,
    );
    expect(error.message).toContain(String(first?.SecurityGroupRuleId));
  });

  it("RULE-4 an unknown rule, or a rule of the other direction, is InvalidSecurityGroupRuleId.NotFound 404", async () => {
    await authorizeEgress([{ IpProtocol: "ALL", DestCidrIp: "0.0.0.0/0" }]);
    const egressId = await onlyRuleId();
    await expectEcsError(
      modify({ SecurityGroupRuleId: "sgr-nope", PortRange: "1/2" }),
      "InvalidSecurityGroupRuleId.NotFound",
      404,
    );
    await expectEcsError(
      modify({ SecurityGroupRuleId: egressId, Priority: "3" }),
      "InvalidSecurityGroupRuleId.NotFound",
      404,
    );
    await t.call("ModifySecurityGroupEgressRule", {
      RegionId: REGION,
      SecurityGroupId: group,
      SecurityGroupRuleId: egressId,
      Priority: "3",
    });
    expect((await rules())[0]?.Priority).toBe(3);
  });

  it("RULE-4 validates the new values like Authorize", async () => {
    await authorize([ssh]);
    const error = await expectEcsError(
      modify({ SecurityGroupRuleId: await onlyRuleId(), PortRange: "99999/99999" }),
      "InvalidParam.PortRange",
      400,
    );
    expect(error.field).toBe("PortRange");
  });
});

describe("RULE-5 RevokeSecurityGroup", () => {
  it("RULE-5 removes rules by id", async () => {
    await authorize([ssh, { ...ssh, PortRange: "80/80" }]);
    const [first] = await rules();
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: group,
      "SecurityGroupRuleId.1": String(first?.SecurityGroupRuleId),
    });
    expect((await rules()).map((rule) => rule.PortRange)).toEqual(["80/80"]);
  });

  it("RULE-5 an unknown id among several removes nothing: InvalidSecurityGroupRuleId.NotFound 404", async () => {
    await authorize([ssh]);
    const [first] = await rules();
    await expectEcsError(
      t.call("RevokeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: group,
        "SecurityGroupRuleId.1": String(first?.SecurityGroupRuleId),
        "SecurityGroupRuleId.2": "sgr-nope",
      }),
      "InvalidSecurityGroupRuleId.NotFound",
      404,
    );
    expect(await rules()).toHaveLength(1);
  });

  it("RULE-5 repeated ids are InvalidParam.SecurityGroupRuleIdRepeated", async () => {
    await authorize([ssh]);
    const id = String((await rules())[0]?.SecurityGroupRuleId);
    await expectEcsError(
      t.call("RevokeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: group,
        "SecurityGroupRuleId.1": id,
        "SecurityGroupRuleId.2": id,
      }),
      "InvalidParam.SecurityGroupRuleIdRepeated",
      400,
    );
  });

  it("RULE-5 removes by exact permission; no match succeeds and removes nothing", async () => {
    await authorize([ssh, { ...ssh, Priority: "5" }]);
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: group,
      ...perms([{ ...ssh, PortRange: "23/23" }]),
    });
    expect(await rules()).toHaveLength(2);
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: group,
      ...perms([{ ...ssh, Priority: "5" }]),
    });
    expect((await rules()).map((rule) => rule.Priority)).toEqual([1]);
  });

  it("RULE-5 ids and permissions together are InvalidParam.Permissions", async () => {
    await expectEcsError(
      t.call("RevokeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: group,
        "SecurityGroupRuleId.1": "sgr-x",
        ...perms([ssh]),
      }),
      "InvalidParam.Permissions",
      400,
    );
  });

  it("RULE-5 RevokeSecurityGroupEgress removes outbound rules only", async () => {
    await authorize([ssh]);
    await authorizeEgress([{ IpProtocol: "ALL", DestCidrIp: "0.0.0.0/0" }]);
    await t.call("RevokeSecurityGroupEgress", {
      RegionId: REGION,
      SecurityGroupId: group,
      ...perms([{ IpProtocol: "ALL", DestCidrIp: "0.0.0.0/0" }]),
    });
    expect((await rules()).map((rule) => rule.Direction)).toEqual(["ingress"]);
  });
});

describe("RULE-6 DescribeSecurityGroupAttribute", () => {
  it("RULE-6 filters by direction and pages with MaxResults and NextToken", async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...ssh, PortRange: `${i + 1}/${i + 1}` }));
    await authorize(many);
    await authorizeEgress([{ IpProtocol: "ALL", DestCidrIp: "0.0.0.0/0" }]);
    const first = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: group,
      Direction: "ingress",
      MaxResults: "10",
    });
    expect((first.Permissions as { Permission: unknown[] }).Permission).toHaveLength(10);
    const second = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: group,
      Direction: "ingress",
      MaxResults: "10",
      NextToken: String(first.NextToken),
    });
    const third = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: group,
      Direction: "ingress",
      MaxResults: "10",
      NextToken: String(second.NextToken),
    });
    expect((third.Permissions as { Permission: Permission[] }).Permission.map((rule) => rule.PortRange)).toEqual([
      "21/21",
      "22/22",
      "23/23",
      "24/24",
      "25/25",
    ]);
    expect(third.NextToken).toBe("");
    expect(await rules(group, "egress")).toHaveLength(1);
  });

  it("RULE-6 refuses bad Direction, MaxResults, NicType and Attribute", async () => {
    const call = (params: Record<string, string>) =>
      t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: group, ...params });
    await expectEcsError(call({ Direction: "sideways" }), "InvalidParameter", 400);
    await expectEcsError(call({ MaxResults: "5" }), "InvalidParameter.MaxResults", 400);
    await expectEcsError(call({ NicType: "wifi" }), "InvalidNicType.ValueNotSupported", 400);
    await expectEcsError(call({ Attribute: "colour" }), "InvalidParameter.AttributeNotSupported", 400);
  });
});

describe("RULE-8 per-group limits", () => {
  it("RULE-8 a group holds 200 rules (in + out): the 201st is AuthorizationLimitExceed 403 and nothing is added", async () => {
    const inbound = Array.from({ length: 100 }, (_, i) => ({ ...ssh, PortRange: `${i + 1}/${i + 1}` }));
    const outbound = Array.from({ length: 100 }, (_, i) => ({
      IpProtocol: "TCP",
      PortRange: `${i + 1}/${i + 1}`,
      DestCidrIp: "10.0.0.0/8",
    }));
    await authorize(inbound);
    await authorizeEgress(outbound);
    await expectEcsError(authorize([{ ...ssh, PortRange: "500/500" }]), "AuthorizationLimitExceed", 403);
    expect(await rules()).toHaveLength(200);
    const listed = await t.call("DescribeSecurityGroups", { RegionId: REGION, SecurityGroupId: group });
    expect((listed.SecurityGroups as { SecurityGroup: Array<{ RuleCount: number }> }).SecurityGroup[0]?.RuleCount).toBe(
      200,
    );
  });

  it("RULE-8 a basic group holds 20 group-reference rules: the 21st is AuthorizedGroupRule.LimitExceed", async () => {
    const references = Array.from({ length: 20 }, (_, i) => ({
      IpProtocol: "TCP",
      PortRange: `${i + 1}/${i + 1}`,
      SourceGroupId: DEMO.web,
    }));
    await authorize(references);
    await expectEcsError(
      authorize([{ IpProtocol: "TCP", PortRange: "99/99", SourceGroupId: DEMO.db }]),
      "AuthorizedGroupRule.LimitExceed",
      400,
    );
    await authorize([{ ...ssh, PortRange: "99/99" }]);
    expect(await rules()).toHaveLength(21);
  });
});
