import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findRedundantRules, type PrefixListEntries } from "../../src/engine/health-check";
import { DEMO } from "../../src/engine/seed/demo";
import type { RuleRecord } from "../../src/engine/types";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";
import { groupRule, listRule, ruleRecord } from "../helpers/rule-records";

const NO_LISTS = new Map<string, PrefixListEntries>();

function check(rules: RuleRecord[], lists: ReadonlyMap<string, PrefixListEntries> = NO_LISTS) {
  return findRedundantRules(rules, lists);
}

function ids(findings: ReturnType<typeof check>) {
  return findings.map((finding) => finding.SecurityGroupRuleId);
}

describe("HC-1 health check: worked cases", () => {
  it("HC-1 of two identical rules only the later-created is reported, as Duplicate of the other", () => {
    const first = ruleRecord({ id: "sgr-first" });
    const second = ruleRecord({ id: "sgr-second" });
    const findings = check([first, second]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      SecurityGroupRuleId: "sgr-second",
      Direction: "ingress",
      Kind: "Duplicate",
      CoveringRuleIds: ["sgr-first"],
      BasedOnPrefixListEntries: false,
    });
    expect(findings[0]?.Explanation).toContain("sgr-first");
  });

  it("HC-1 after deleting the reported twin the re-check reports nothing", () => {
    const first = ruleRecord({ id: "sgr-first" });
    const second = ruleRecord({ id: "sgr-second" });
    expect(ids(check([first, second]))).toEqual(["sgr-second"]);
    expect(check([first])).toEqual([]);
  });

  it("HC-1 a union of rules covers: 20/30 is covered by 1/25 together with 24/100", () => {
    const low = ruleRecord({ id: "sgr-low", PortRange: "1/25" });
    const high = ruleRecord({ id: "sgr-high", PortRange: "24/100" });
    const middle = ruleRecord({ id: "sgr-middle", PortRange: "20/30", Priority: 5 });
    const findings = check([low, high, middle]);
    expect(ids(findings)).toEqual(["sgr-middle"]);
    expect(findings[0]?.Kind).toBe("Covered");
    expect([...(findings[0]?.CoveringRuleIds ?? [])].sort()).toEqual(["sgr-high", "sgr-low"]);
  });

  it("HC-1 22/22 inside 1/100 is Covered by it, and the broad rule is not reported", () => {
    const broad = ruleRecord({ id: "sgr-broad", PortRange: "1/100" });
    const narrow = ruleRecord({ id: "sgr-narrow", PortRange: "22/22" });
    const findings = check([broad, narrow]);
    expect(ids(findings)).toEqual(["sgr-narrow"]);
    expect(findings[0]?.CoveringRuleIds).toEqual(["sgr-broad"]);
  });

  it("HC-1 an older narrow rule is covered by a later broad one of the same priority and policy", () => {
    const narrow = ruleRecord({ id: "sgr-narrow", PortRange: "22/22" });
    const broad = ruleRecord({ id: "sgr-broad", PortRange: "1/100" });
    expect(ids(check([narrow, broad]))).toEqual(["sgr-narrow"]);
  });

  it("HC-1 an accept covered by a drop at the same priority is Shadowed", () => {
    const drop = ruleRecord({ id: "sgr-drop", PortRange: "1/1000", Policy: "Drop", Priority: 10 });
    const accept = ruleRecord({ id: "sgr-accept", PortRange: "22/22", Priority: 10 });
    const findings = check([accept, drop]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      SecurityGroupRuleId: "sgr-accept",
      Kind: "Shadowed",
      CoveringRuleIds: ["sgr-drop"],
    });
    expect(findings[0]?.Explanation).toContain("never takes effect");
  });

  it("HC-1 a drop covered by an accept at the same priority is never reported", () => {
    const accept = ruleRecord({ id: "sgr-accept", PortRange: "1/1000", Priority: 10 });
    const drop = ruleRecord({ id: "sgr-drop", PortRange: "22/22", Policy: "Drop", Priority: 10 });
    expect(check([accept, drop])).toEqual([]);
  });

  it("HC-1 a rule that decides first is redundant when the later rules give the same verdict", () => {
    const narrow = ruleRecord({ id: "sgr-narrow", PortRange: "22/22", Priority: 1 });
    const broad = ruleRecord({ id: "sgr-broad", PortRange: "1/65535", Priority: 50 });
    expect(check([broad, narrow])).toEqual([
      expect.objectContaining({ SecurityGroupRuleId: "sgr-narrow", Kind: "Covered", CoveringRuleIds: ["sgr-broad"] }),
    ]);
  });

  it("HC-1 ...but not when a drop between them would then decide some of its packets", () => {
    const narrow = ruleRecord({ id: "sgr-narrow", PortRange: "22/22", Priority: 1 });
    const drop = ruleRecord({ id: "sgr-drop", SourceCidrIp: "1.2.3.4/32", Policy: "Drop", Priority: 10 });
    const broad = ruleRecord({ id: "sgr-broad", PortRange: "1/65535", Priority: 50 });
    // The drop itself never decides (the accept at priority 1 does): it is the one reported.
    expect(check([narrow, drop, broad])).toEqual([
      expect.objectContaining({ SecurityGroupRuleId: "sgr-drop", Kind: "Shadowed", CoveringRuleIds: ["sgr-narrow"] }),
    ]);
  });

  it("HC-1 a drop at a smaller priority number shadows a later accept", () => {
    const drop = ruleRecord({ id: "sgr-drop", IpProtocol: "ALL", PortRange: "-1/-1", Policy: "Drop", Priority: 1 });
    const accept = ruleRecord({ id: "sgr-accept", PortRange: "443/443", Priority: 2 });
    expect(check([drop, accept])[0]).toMatchObject({ SecurityGroupRuleId: "sgr-accept", Kind: "Shadowed" });
  });

  it("HC-1 mixed deciders: Shadowed names the opposite rule and the same-policy rule", () => {
    const drop = ruleRecord({
      id: "sgr-drop",
      SourceCidrIp: "45.33.32.156/32",
      Policy: "Drop",
      Priority: 1,
    });
    const broad = ruleRecord({ id: "sgr-broad", PortRange: "1/65535", Priority: 5 });
    const target = ruleRecord({ id: "sgr-target", Priority: 10 });
    const finding = check([drop, broad, target])[0];
    expect(finding).toMatchObject({ SecurityGroupRuleId: "sgr-target", Kind: "Shadowed" });
    expect(finding?.CoveringRuleIds).toEqual(["sgr-drop", "sgr-broad"]);
    expect(finding?.Explanation).toContain("the rest gets the same verdict from sgr-broad");
  });

  it("HC-1 a duplicate at a lower priority is Duplicate of the one that comes first", () => {
    const first = ruleRecord({ id: "sgr-first", Priority: 1 });
    const later = ruleRecord({ id: "sgr-later", Priority: 7 });
    expect(check([later, first])[0]).toMatchObject({ SecurityGroupRuleId: "sgr-later", Kind: "Duplicate" });
  });

  it("HC-1 ALL is not covered by TCP, UDP, ICMP and GRE together (other protocols remain)", () => {
    const rules = ["TCP", "UDP"].map((IpProtocol) =>
      ruleRecord({ IpProtocol: IpProtocol as "TCP", PortRange: "1/65535" }),
    );
    rules.push(
      ruleRecord({ IpProtocol: "ICMP", PortRange: "-1/-1" }),
      ruleRecord({ IpProtocol: "GRE", PortRange: "-1/-1" }),
    );
    const all = ruleRecord({ id: "sgr-all", IpProtocol: "ALL", PortRange: "-1/-1", Priority: 5 });
    expect(ids(check([...rules, all]))).not.toContain("sgr-all");
  });

  it("HC-1 ALL from 0.0.0.0/0 covers TCP and ICMP rules of IPv4 but not of IPv6", () => {
    const all = ruleRecord({ id: "sgr-all", IpProtocol: "ALL", PortRange: "-1/-1" });
    const icmp = ruleRecord({ id: "sgr-icmp", IpProtocol: "ICMP", PortRange: "-1/-1", SourceCidrIp: "100.64.0.0/10" });
    const v6 = ruleRecord({ id: "sgr-v6", SourceCidrIp: undefined, Ipv6SourceCidrIp: "::/0" });
    expect(ids(check([all, icmp, v6]))).toEqual(["sgr-icmp"]);
  });

  it("HC-1 the destination narrowing and source ports are dimensions of the match", () => {
    const wide = ruleRecord({ id: "sgr-wide" });
    const narrowed = ruleRecord({ id: "sgr-narrowed", DestCidrIp: "192.168.1.0/24" });
    const sourcePorts = ruleRecord({ id: "sgr-sport", SourcePortRange: "1000/2000" });
    expect(ids(check([wide, narrowed, sourcePorts]))).toEqual(["sgr-narrowed", "sgr-sport"]);
    const narrowFirst = ruleRecord({ id: "sgr-narrow-first", DestCidrIp: "192.168.1.0/24", Policy: "Drop" });
    const widerAccept = ruleRecord({ id: "sgr-wider-accept", Priority: 2 });
    expect(ids(check([narrowFirst, widerAccept]))).toEqual([]);
  });

  it("HC-1 inbound and outbound rules never cover each other", () => {
    const inbound = ruleRecord({ id: "sgr-in" });
    const outbound = ruleRecord({
      id: "sgr-out",
      Direction: "egress",
      SourceCidrIp: undefined,
      DestCidrIp: "0.0.0.0/0",
    });
    const outboundNarrow = ruleRecord({
      id: "sgr-out-narrow",
      Direction: "egress",
      SourceCidrIp: undefined,
      DestCidrIp: "10.0.0.0/8",
      Priority: 3,
    });
    const findings = check([inbound, outbound, outboundNarrow]);
    expect(ids(findings)).toEqual(["sgr-out-narrow"]);
    expect(findings[0]).toMatchObject({ Direction: "egress", CoveringRuleIds: ["sgr-out"] });
  });

  it("HC-1 rules of different NIC types never cover each other", () => {
    const intranet = ruleRecord({ id: "sgr-intranet" });
    const internet = ruleRecord({ id: "sgr-internet", NicType: "internet" });
    expect(check([intranet, internet])).toEqual([]);
  });

  it("HC-1 legacy priority-110 rules are covered by the same rule at priority 100", () => {
    const current = ruleRecord({ id: "sgr-100", Priority: 100 });
    const legacy = ruleRecord({ id: "sgr-110", Priority: 110 });
    expect(check([legacy, current])[0]).toMatchObject({ SecurityGroupRuleId: "sgr-110", Kind: "Duplicate" });
  });

  it("HC-1 a group reference is covered by the same group or by /0 of every family it may use", () => {
    const sameGroupBroad = groupRule("sg-web", { id: "sgr-g-broad", PortRange: "1/1024" });
    const sameGroup = groupRule("sg-web", { id: "sgr-g-22", Priority: 5 });
    expect(ids(check([sameGroupBroad, sameGroup]))).toEqual(["sgr-g-22"]);

    const v4All = ruleRecord({ id: "sgr-v4" });
    const target = groupRule("sg-web", { id: "sgr-g", Priority: 5 });
    // Members may have IPv6 addresses: 0.0.0.0/0 alone does not cover a TCP group rule.
    expect(ids(check([v4All, target]))).toEqual([]);
    const v6All = ruleRecord({ id: "sgr-v6", SourceCidrIp: undefined, Ipv6SourceCidrIp: "::/0" });
    const both = check([v4All, v6All, target]);
    expect(ids(both)).toEqual(["sgr-g"]);
    expect([...(both[0]?.CoveringRuleIds ?? [])].sort()).toEqual(["sgr-v4", "sgr-v6"]);

    // ICMP is IPv4 only, so 0.0.0.0/0 suffices.
    const icmpAll = ruleRecord({ id: "sgr-icmp-all", IpProtocol: "ICMP", PortRange: "-1/-1" });
    const icmpGroup = groupRule("sg-web", { id: "sgr-icmp-g", IpProtocol: "ICMP", PortRange: "-1/-1", Priority: 3 });
    expect(ids(check([icmpAll, icmpGroup]))).toEqual(["sgr-icmp-g"]);
  });

  it("HC-1 a group rule never covers an address rule nor a rule of another group", () => {
    const group = groupRule("sg-web", { id: "sgr-g", PortRange: "1/65535" });
    const address = ruleRecord({ id: "sgr-addr", SourceCidrIp: "10.0.0.0/8", Priority: 5 });
    const otherGroup = groupRule("sg-db", { id: "sgr-other", Priority: 5 });
    expect(check([group, address, otherGroup])).toEqual([]);
  });

  it("HC-1 prefix-list rules are judged on the list's current entries and say so", () => {
    const lists = new Map<string, PrefixListEntries>([
      ["pl-office", { AddressFamily: "IPv4", Cidrs: ["10.0.0.0/8", "192.168.0.0/16"] }],
      ["pl-empty", { AddressFamily: "IPv4", Cidrs: [] }],
    ]);
    const office = listRule("pl-office", { id: "sgr-list" });
    const inside = ruleRecord({ id: "sgr-inside", SourceCidrIp: "10.1.0.0/16", Priority: 2 });
    const outside = ruleRecord({ id: "sgr-outside", SourceCidrIp: "172.16.0.0/12", Priority: 2 });
    const empty = listRule("pl-empty", { id: "sgr-empty", Priority: 9 });
    const findings = check([office, inside, outside, empty], lists);
    expect(ids(findings)).toEqual(["sgr-inside"]);
    expect(findings[0]).toMatchObject({ CoveringRuleIds: ["sgr-list"], BasedOnPrefixListEntries: true });
    expect(findings[0]?.Explanation).toContain("pl-office");

    const anywhere = ruleRecord({ id: "sgr-anywhere" });
    const listLater = listRule("pl-office", { id: "sgr-list-later", Priority: 4 });
    expect(check([anywhere, listLater], lists)[0]).toMatchObject({
      SecurityGroupRuleId: "sgr-list-later",
      BasedOnPrefixListEntries: true,
    });
  });

  it("HC-1 two prefix lists with the same entries are identical twins", () => {
    const lists = new Map<string, PrefixListEntries>([
      ["pl-a", { AddressFamily: "IPv4", Cidrs: ["10.0.0.0/9", "10.128.0.0/9"] }],
      ["pl-b", { AddressFamily: "IPv4", Cidrs: ["10.0.0.0/8"] }],
    ]);
    const findings = check([listRule("pl-a", { id: "sgr-a" }), listRule("pl-b", { id: "sgr-b" })], lists);
    expect(findings).toEqual([expect.objectContaining({ SecurityGroupRuleId: "sgr-b", Kind: "Duplicate" })]);
  });
});

describe("HC-1 DescribeSecurityGroupRedundantRules", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeEngine();
  });
  afterEach(() => t.close());

  const region = { RegionId: "cn-hangzhou" };

  it("HC-1 the demo groups have no redundant rules", async () => {
    for (const id of [DEMO.docScenario, DEMO.web, DEMO.db, DEMO.cache, DEMO.legacyDefault, DEMO.enterprise]) {
      const response = await t.call("DescribeSecurityGroupRedundantRules", { ...region, SecurityGroupId: id });
      expect(response).toMatchObject({ SecurityGroupId: id, RedundantRules: { RedundantRule: [] } });
    }
  });

  it("HC-1 reports a covered rule with its covering rules, doubly wrapped", async () => {
    await t.call("AuthorizeSecurityGroup", {
      ...region,
      SecurityGroupId: DEMO.dev,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "1/1024",
      "Permissions.1.SourceCidrIp": "10.0.0.0/8",
      "Permissions.2.IpProtocol": "TCP",
      "Permissions.2.PortRange": "22/22",
      "Permissions.2.SourceCidrIp": "10.1.2.3",
      "Permissions.2.Priority": "2",
    });
    const rules = (await t.call("DescribeSecurityGroupAttribute", { ...region, SecurityGroupId: DEMO.dev })) as {
      Permissions: { Permission: Array<{ SecurityGroupRuleId: string; PortRange: string }> };
    };
    const byPort = new Map(rules.Permissions.Permission.map((p) => [p.PortRange, p.SecurityGroupRuleId]));
    const response = await t.call("DescribeSecurityGroupRedundantRules", { ...region, SecurityGroupId: DEMO.dev });
    expect(response.RedundantRules).toEqual({
      RedundantRule: [
        {
          SecurityGroupRuleId: byPort.get("22/22"),
          Direction: "ingress",
          Kind: "Covered",
          CoveringRuleIds: { CoveringRuleId: [byPort.get("1/1024")] },
          Explanation: expect.stringContaining("removing it changes no decision"),
          BasedOnPrefixListEntries: false,
        },
      ],
    });
  });

  it("HC-1 judges prefix-list rules on the list's entries in the workspace", async () => {
    const list = await t.call("CreatePrefixList", {
      ...region,
      PrefixListName: "hc-list",
      AddressFamily: "IPv4",
      MaxEntries: "5",
      "Entry.1.Cidr": "10.0.0.0/8",
    });
    await t.call("AuthorizeSecurityGroup", {
      ...region,
      SecurityGroupId: DEMO.dev,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "22/22",
      "Permissions.1.SourcePrefixListId": String(list.PrefixListId),
      "Permissions.2.IpProtocol": "TCP",
      "Permissions.2.PortRange": "22/22",
      "Permissions.2.SourceCidrIp": "10.9.0.0/16",
      "Permissions.2.Priority": "3",
    });
    const response = (await t.call("DescribeSecurityGroupRedundantRules", {
      ...region,
      SecurityGroupId: DEMO.dev,
    })) as { RedundantRules: { RedundantRule: Array<{ BasedOnPrefixListEntries: boolean; Kind: string }> } };
    expect(response.RedundantRules.RedundantRule).toEqual([
      expect.objectContaining({ Kind: "Covered", BasedOnPrefixListEntries: true }),
    ]);
  });

  it("HC-1 an unknown group is InvalidSecurityGroupId.NotFound (404)", async () => {
    await expectEcsError(
      t.call("DescribeSecurityGroupRedundantRules", { ...region, SecurityGroupId: "sg-nope" }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
  });

  it("HC-1 a group of another region is InvalidSecurityGroupId.NotFound (404)", async () => {
    await expectEcsError(
      t.call("DescribeSecurityGroupRedundantRules", { RegionId: "cn-shanghai", SecurityGroupId: DEMO.web }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
  });

  it("HC-1 missing parameters: MissingParameter.RegionId and MissingParameter (400)", async () => {
    await expectEcsError(
      t.call("DescribeSecurityGroupRedundantRules", { SecurityGroupId: DEMO.web }),
      "MissingParameter.RegionId",
      400,
    );
    await expectEcsError(t.call("DescribeSecurityGroupRedundantRules", region), "MissingParameter", 400);
  });

  it("HC-1 an unknown region is InvalidRegionId.NotFound (404)", async () => {
    await expectEcsError(
      t.call("DescribeSecurityGroupRedundantRules", { RegionId: "xx-nowhere-1", SecurityGroupId: DEMO.web }),
      "InvalidRegionId.NotFound",
      404,
    );
  });
});
