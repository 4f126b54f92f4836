import { describe, expect, it } from "vitest";
import type { Hop, MatchedRule, Permission } from "../../src/api/types";
import { inboundCheck, peerCheck, portProblem, sourceProblem } from "../../src/features/troubleshooting/checks";
import { dropBeatAccept, hopSentence } from "../../src/features/troubleshooting/explain";
import { HEALTH_CHECK_CIDR, isDenyAll, planAllowRule } from "../../src/features/troubleshooting/open-port";
import { DEFAULT_SOURCE, diagSearchValues, readDiagSearch } from "../../src/features/troubleshooting/search";

const GROUP = "sg-bp1docscenario000000";
const OTHER = "sg-bp1web00000000000000";

function rule(id: string, priority: number, policy: "Accept" | "Drop", group = GROUP): MatchedRule {
  return { SecurityGroupId: group, SecurityGroupRuleId: id, Priority: priority, Policy: policy };
}

function hop(fields: Partial<Hop>): Hop {
  return {
    NetworkInterfaceId: "eni-bp1bastion0000000000",
    Direction: "ingress",
    Verdict: "Blocked",
    Reason: "DefaultDeny",
    SecurityGroupId: "",
    SecurityGroupRuleId: "",
    Priority: "",
    Policy: "",
    Explanation: "engine text",
    MatchedRules: { MatchedRule: [] },
    ...fields,
  };
}

/** A hop decided by `deciding`, with every rule of `matched` matching. */
function ruleHop(deciding: MatchedRule, matched: MatchedRule[], direction: Hop["Direction"] = "ingress"): Hop {
  return hop({
    Direction: direction,
    Verdict: deciding.Policy === "Drop" ? "Blocked" : "Allowed",
    Reason: "Rule",
    SecurityGroupId: deciding.SecurityGroupId,
    SecurityGroupRuleId: deciding.SecurityGroupRuleId,
    Priority: deciding.Priority,
    Policy: deciding.Policy,
    MatchedRules: { MatchedRule: matched },
  });
}

const SSH = { IpProtocol: "TCP" as const, port: 22, peer: "203.0.113.10", Description: "SSH" };
const groups = [
  { SecurityGroupId: "sg-bp1managed0000000000", managed: true },
  { SecurityGroupId: GROUP, managed: false },
  { SecurityGroupId: OTHER, managed: false },
];

describe("DIAG-1 open port: the narrowest allow rule", () => {
  it("DIAG-1 after a default deny proposes accept, exact port, the source as /32, in the first unmanaged group", () => {
    const plan = planAllowRule(hop({}), groups, SSH);
    expect(plan).toEqual({
      kind: "open",
      direction: "ingress",
      groupIds: [GROUP, OTHER],
      outranks: undefined,
      rule: {
        Policy: "accept",
        Priority: "1",
        IpProtocol: "TCP",
        PortRange: "22/22",
        peerKind: "ipv4",
        peer: "203.0.113.10/32",
        Description: "SSH",
      },
    });
  });

  it("DIAG-1 outranks the deciding drop with the priority one number higher (a drop wins ties)", () => {
    const drop = rule("sgr-drop", 5, "Drop");
    const plan = planAllowRule(ruleHop(drop, [drop, rule("sgr-accept", 5, "Accept")]), groups, SSH);
    expect(plan.kind === "open" && plan.rule.Priority).toBe("4");
    expect(plan.kind === "open" && plan.outranks).toEqual(drop);
  });

  it("DIAG-1 says a drop at priority 1 cannot be outranked", () => {
    const drop = rule("sgr-top", 1, "Drop");
    expect(planAllowRule(ruleHop(drop, [drop]), groups, SSH)).toEqual({ kind: "priorityOne", rule: drop });
  });

  it("DIAG-1 ICMP gets no port; an outbound hop gets an outbound rule; CIDR peers are kept", () => {
    const ping = planAllowRule(hop({}), groups, { IpProtocol: "ICMP", peer: "203.0.113.10", Description: "" });
    expect(ping.kind === "open" && ping.rule.PortRange).toBe("");
    const out = planAllowRule(hop({ Direction: "egress" }), groups, { ...SSH, peer: HEALTH_CHECK_CIDR });
    expect(out.kind === "open" && [out.direction, out.rule.peer]).toEqual(["egress", "100.64.0.0/10"]);
  });

  it("DEC-5 DIAG-1 no rule lifts the platform restriction; managed-only ENIs cannot take a rule", () => {
    expect(planAllowRule(hop({ Reason: "PlatformRestriction", Direction: "egress" }), groups, SSH)).toEqual({
      kind: "platform",
    });
    expect(planAllowRule(hop({}), [groups[0] as (typeof groups)[number]], SSH)).toEqual({ kind: "managedOnly" });
  });
});

describe("DIAG-3 deny-all detection", () => {
  const permission = (fields: Partial<Permission>): Permission =>
    ({
      Direction: "ingress",
      Policy: "Drop",
      IpProtocol: "ALL",
      SourceCidrIp: "0.0.0.0/0",
      Ipv6SourceCidrIp: "",
      DestCidrIp: "",
      Ipv6DestCidrIp: "",
      ...fields,
    }) as Permission;

  it("DIAG-3 a drop of ALL from 0.0.0.0/0 or ::/0 is a deny-all; narrower or accepting rules are not", () => {
    expect(isDenyAll(permission({}))).toBe(true);
    expect(isDenyAll(permission({ SourceCidrIp: "", Ipv6SourceCidrIp: "::/0" }))).toBe(true);
    expect(isDenyAll(permission({ IpProtocol: "TCP" }))).toBe(false);
    expect(isDenyAll(permission({ SourceCidrIp: "10.0.0.0/8" }))).toBe(false);
    expect(isDenyAll(permission({ Policy: "Accept" }))).toBe(false);
    expect(isDenyAll(undefined)).toBe(false);
  });
});

describe("DEC-6 the trace as a sentence", () => {
  it("DEC-6 drop beats accept at the same priority", () => {
    const drop = rule("sgr-drop", 5, "Drop");
    const decided = ruleHop(drop, [drop, rule("sgr-accept", 5, "Accept", OTHER)]);
    expect(dropBeatAccept(decided)).toBe(true);
    expect(hopSentence(decided)).toEqual({
      key: "diag.reason.dropBeatsAccept",
      values: { rule: "sgr-drop", priority: "5" },
      groupId: GROUP,
    });
  });

  it("DEC-6 a rule among several says it had the lowest priority number", () => {
    const accept = rule("sgr-accept", 1, "Accept");
    const sentence = hopSentence(ruleHop(accept, [accept, rule("sgr-drop", 9, "Drop")]));
    expect(sentence?.key).toBe("diag.reason.ruleAccept");
    expect(sentence?.more).toEqual({ key: "diag.reason.lowestOf", values: { count: "2" } });
    const lone = rule("sgr-drop", 9, "Drop");
    expect(hopSentence(ruleHop(lone, [lone]))).toMatchObject({ key: "diag.reason.ruleDrop", more: undefined });
  });

  it("DEC-2 DEC-3 DEC-5 defaults, the inner policy and the platform restriction each have their sentence", () => {
    expect(hopSentence(hop({}))?.key).toBe("diag.reason.defaultDenyIn");
    expect(hopSentence(hop({ Direction: "egress" }))?.key).toBe("diag.reason.defaultDenyOut");
    expect(hopSentence(hop({ Reason: "DefaultAllow", Direction: "egress" }))?.key).toBe("diag.reason.defaultAllow");
    expect(hopSentence(hop({ Reason: "InnerAccessPolicy", SecurityGroupId: OTHER }))).toEqual({
      key: "diag.reason.inner",
      values: {},
      groupId: OTHER,
    });
    expect(hopSentence(hop({ Reason: "PlatformRestriction" }))?.key).toBe("diag.reason.platform");
  });

  it("DEC-6 an unknown reason falls back to the engine's text (no sentence)", () => {
    expect(hopSentence(hop({ Reason: "Unheard" as Hop["Reason"] }))).toBeUndefined();
  });
});

describe("DIAG-1 DIAG-2 checks and their URL state", () => {
  it("DIAG-1 a source must be one IPv4 address; a port 1-65535 for TCP and UDP only", () => {
    expect(sourceProblem("203.0.113.10")).toBeUndefined();
    expect(sourceProblem("")).toBe("diag.source.required");
    expect(sourceProblem("203.0.113.0/24")).toBe("diag.source.invalid");
    expect(sourceProblem("10.1")).toBe("diag.source.invalid");
    expect(sourceProblem("2001:db8::1")).toBe("diag.source.ipv6");
    expect(portProblem("TCP", "8443")).toBeUndefined();
    expect(portProblem("UDP", "0")).toBe("diag.port.invalid");
    expect(portProblem("TCP", "65536")).toBe("diag.port.invalid");
    expect(portProblem("ICMP", "")).toBeUndefined();
  });

  it("DIAG-1 DIAG-2 checks become DiagnoseTraffic parameters (ICMP without a port)", () => {
    expect(inboundCheck("eni-a", " 203.0.113.10 ", "TCP", 22)).toEqual({
      IpProtocol: "TCP",
      SourceIp: "203.0.113.10",
      DestNetworkInterfaceId: "eni-a",
      DestPort: 22,
    });
    expect(inboundCheck("eni-a", "203.0.113.10", "ICMP", 22)).not.toHaveProperty("DestPort");
    expect(peerCheck("eni-a", "i-b", "in", "TCP", "3306")).toEqual({
      IpProtocol: "TCP",
      SourceInstanceId: "i-b",
      DestNetworkInterfaceId: "eni-a",
      DestPort: 3306,
    });
    expect(peerCheck("eni-a", "i-b", "out", "ICMP", "")).toEqual({
      IpProtocol: "ICMP",
      SourceNetworkInterfaceId: "eni-a",
      DestInstanceId: "i-b",
    });
  });

  it("DIAG-1 the URL keeps the picked ENI, the source (default left out) and the checks run", () => {
    const search = readDiagSearch(
      new URLSearchParams("instance=i-a&eni=eni-a&source=198.51.100.7&csource=100.64.1.1&cproto=UDP&cport=53"),
    );
    expect(search).toMatchObject({
      instanceId: "i-a",
      eniId: "eni-a",
      source: "198.51.100.7",
      custom: { source: "100.64.1.1", protocol: "UDP", port: "53" },
      peer: undefined,
    });
    expect(readDiagSearch(new URLSearchParams("")).source).toBe(DEFAULT_SOURCE);
    const values = diagSearchValues({ ...search, source: DEFAULT_SOURCE });
    expect(values.source).toBeUndefined();
    expect(readDiagSearch(new URLSearchParams("peer=i-b&pdir=sideways&pproto=XYZ")).peer).toEqual({
      instanceId: "i-b",
      direction: "in",
      protocol: "TCP",
      port: "",
    });
  });
});
