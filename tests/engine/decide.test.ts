import { describe, expect, it } from "vitest";
import { cidrRange, isPublicAddress, parseIpv4, parseIpv6 } from "../../src/engine/decide/addresses";
import { decideBoth, eni, group, inbound, outbound, rule } from "../helpers/decide-fixtures";

const SG_A = "sg-a0000000000000000000";
const SG_B = "sg-b0000000000000000000";
const SG_PEERS = "sg-peers00000000000000";
const TRUSTED = "121.40.10.10";

describe("DEC-1 evaluation: lowest priority number wins, drop beats accept at equal priority", () => {
  it("DEC-1 a lower-number accept beats a higher-number drop", () => {
    const accept = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", Priority: 1 });
    const drop = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", Priority: 5, Policy: "Drop" });
    const decision = decideBoth(eni([group(SG_A, [drop, accept])]), inbound(TRUSTED, 22));
    expect(decision.verdict).toBe("Allowed");
    expect(decision.reason).toBe("Rule");
    expect(decision.decidingRule?.SecurityGroupRuleId).toBe(accept.SecurityGroupRuleId);
    expect(decision.matchedRules.map((r) => r.SecurityGroupRuleId)).toEqual([
      accept.SecurityGroupRuleId,
      drop.SecurityGroupRuleId,
    ]);
    expect(decision.explanation).toBe(
      `rule ${accept.SecurityGroupRuleId} of ${SG_A} accepts the packet at priority 1 (lowest priority number of 2 matching rules)`,
    );
  });

  it("DEC-1 a drop wins a tie with an accept at the same priority", () => {
    const accept = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", Priority: 5 });
    const drop = rule(SG_A, { SourceCidrIp: `${TRUSTED}/32`, Priority: 5, Policy: "Drop" });
    const decision = decideBoth(eni([group(SG_A, [accept, drop])]), inbound(TRUSTED, 22));
    expect(decision.verdict).toBe("Blocked");
    expect(decision.decidingRule).toEqual({
      SecurityGroupId: SG_A,
      SecurityGroupRuleId: drop.SecurityGroupRuleId,
      Priority: 5,
      Policy: "Drop",
    });
    expect(decision.explanation).toBe(
      `drop beats accept at priority 5: rule ${drop.SecurityGroupRuleId} of ${SG_A} drops the packet`,
    );
  });

  it("DEC-1 a drop in one group beats an accept of the same priority in another group on the same ENI", () => {
    const accept = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", Priority: 10 });
    const drop = rule(SG_B, { SourceCidrIp: "121.40.0.0/16", Priority: 10, Policy: "Drop" });
    const context = eni([group(SG_A, [accept]), group(SG_B, [drop])]);
    const decision = decideBoth(context, inbound(TRUSTED, 22));
    expect(decision.verdict).toBe("Blocked");
    expect(decision.securityGroupId).toBe(SG_B);
    expect(decision.matchedRules.map((r) => r.SecurityGroupId)).toEqual([SG_B, SG_A]);
    // Outside the drop's block only the accept matches.
    expect(decideBoth(context, inbound("8.8.8.8", 22)).verdict).toBe("Allowed");
  });

  it("DEC-1 a high-priority drop in one group overrides a low-priority accept in another", () => {
    const context = eni([
      group(SG_A, [rule(SG_A, { SourceCidrIp: TRUSTED, Priority: 50 })]),
      group(SG_B, [
        rule(SG_B, { SourceCidrIp: "0.0.0.0/0", Priority: 1, Policy: "Drop", IpProtocol: "ALL", PortRange: "-1/-1" }),
      ]),
    ]);
    const decision = decideBoth(context, inbound(TRUSTED, 22));
    expect(decision.verdict).toBe("Blocked");
    expect(decision.explanation).toContain("drops the packet at priority 1");
  });

  it("DEC-1 ports: a rule 1/65535 matches the edge ports 1 and 65535; 80/80 does not match 81", () => {
    const context = eni([
      group(SG_A, [
        rule(SG_A, { SourceCidrIp: "0.0.0.0/0", PortRange: "1/65535", IpProtocol: "UDP" }),
        rule(SG_A, { SourceCidrIp: "0.0.0.0/0", PortRange: "80/80" }),
      ]),
    ]);
    expect(decideBoth(context, inbound(TRUSTED, 1, { protocol: "UDP" })).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 65535, { protocol: "UDP" })).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 80)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 81)).reason).toBe("DefaultDeny");
  });

  it("DEC-1 ALL matches every protocol and every port; a TCP rule does not match UDP or ICMP", () => {
    const all = rule(SG_A, { SourceCidrIp: "10.0.0.0/8", IpProtocol: "ALL", PortRange: "-1/-1" });
    const tcp = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", PortRange: "53/53" });
    const context = eni([group(SG_A, [all, tcp])]);
    for (const packet of [
      inbound("10.1.2.3", 53, { protocol: "UDP" }),
      inbound("10.1.2.3", 8080),
      inbound("10.1.2.3", 0, { protocol: "ICMP", dstPort: undefined }),
      inbound("10.1.2.3", 0, { protocol: "GRE", dstPort: undefined }),
    ]) {
      expect(decideBoth(context, packet).decidingRule?.SecurityGroupRuleId).toBe(all.SecurityGroupRuleId);
    }
    expect(decideBoth(context, inbound(TRUSTED, 53, { protocol: "UDP" })).reason).toBe("DefaultDeny");
    expect(decideBoth(context, inbound(TRUSTED, 0, { protocol: "ICMP", dstPort: undefined })).reason).toBe(
      "DefaultDeny",
    );
  });

  it("DEC-1 a SourcePortRange must contain the packet's source port; an unknown source port matches no such rule", () => {
    const context = eni([
      group(SG_A, [rule(SG_A, { SourceCidrIp: "0.0.0.0/0", PortRange: "443/443", SourcePortRange: "1024/65535" })]),
    ]);
    expect(decideBoth(context, inbound(TRUSTED, 443, { srcPort: 1024 })).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 443, { srcPort: 65535 })).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 443, { srcPort: 1023 })).verdict).toBe("Blocked");
    expect(decideBoth(context, inbound(TRUSTED, 443)).verdict).toBe("Blocked");
  });

  it("DEC-1 CIDR boundaries: the first and last address of a block match, their neighbours do not", () => {
    const context = eni([group(SG_A, [rule(SG_A, { SourceCidrIp: "10.1.2.0/24" })])]);
    expect(decideBoth(context, inbound("10.1.2.0", 22)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound("10.1.2.255", 22)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound("10.1.1.255", 22)).verdict).toBe("Blocked");
    expect(decideBoth(context, inbound("10.1.3.0", 22)).verdict).toBe("Blocked");
  });

  it("DEC-1 DestCidrIp on an ingress rule narrows the ENI's own address", () => {
    const context = eni([
      group(SG_A, [rule(SG_A, { SourceCidrIp: "0.0.0.0/0", DestCidrIp: "192.168.1.10/32", PortRange: "80/80" })]),
    ]);
    expect(decideBoth(context, inbound(TRUSTED, 80)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 80, { dstAddress: "192.168.1.11" })).verdict).toBe("Blocked");
  });

  it("DEC-1 SourceCidrIp on an egress rule narrows the ENI's own address", () => {
    const drop = rule(SG_A, {
      Direction: "egress",
      DestCidrIp: "0.0.0.0/0",
      SourceCidrIp: "192.168.1.0/28",
      Policy: "Drop",
      PortRange: "1/65535",
    });
    const context = eni([group(SG_A, [drop])]);
    expect(decideBoth(context, outbound("8.8.8.8", 443)).verdict).toBe("Blocked");
    expect(decideBoth(context, outbound("8.8.8.8", 443, { srcAddress: "192.168.1.20" })).reason).toBe("DefaultAllow");
  });

  it("DEC-1 a group source matches the private IPs (primary and secondary) of the group's member ENIs", () => {
    const fromPeers = rule(SG_A, { SourceGroupId: SG_PEERS, PortRange: "3306/3306" });
    const context = eni([group(SG_A, [fromPeers], { inner: "Drop" })], {
      groupMembers: { [SG_PEERS]: ["192.168.2.5", "192.168.2.6"] },
    });
    expect(decideBoth(context, inbound("192.168.2.5", 3306)).decidingRule?.SecurityGroupRuleId).toBe(
      fromPeers.SecurityGroupRuleId,
    );
    expect(decideBoth(context, inbound("192.168.2.6", 3306)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound("192.168.2.7", 3306)).verdict).toBe("Blocked");
  });

  it("DEC-1 a group destination on an egress rule matches the members' addresses", () => {
    const drop = rule(SG_A, {
      Direction: "egress",
      DestGroupId: SG_PEERS,
      Policy: "Drop",
      IpProtocol: "ALL",
      PortRange: "-1/-1",
    });
    const context = eni([group(SG_A, [drop])], { groupMembers: { [SG_PEERS]: ["192.168.2.5"] } });
    expect(decideBoth(context, outbound("192.168.2.5", 80)).verdict).toBe("Blocked");
    expect(decideBoth(context, outbound("192.168.2.9", 80)).verdict).toBe("Allowed");
  });

  it("DEC-1 a prefix-list source matches any of its entries", () => {
    const fromList = rule(SG_A, { SourcePrefixListId: "pl-office", PortRange: "22/22" });
    const context = eni([group(SG_A, [fromList])], {
      prefixLists: { "pl-office": ["121.40.10.0/24", "47.96.0.0/16"] },
    });
    expect(decideBoth(context, inbound("121.40.10.200", 22)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound("47.96.255.1", 22)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound("47.97.0.1", 22)).verdict).toBe("Blocked");
  });

  it("DEC-1 IPv6: an Ipv6SourceCidrIp rule matches IPv6 peers and never IPv4 ones", () => {
    const v6 = rule(SG_A, { Ipv6SourceCidrIp: "2001:db8::/32", PortRange: "443/443" });
    const v6list = rule(SG_A, { SourcePrefixListId: "pl-v6", PortRange: "80/80" });
    const context = eni([group(SG_A, [v6, v6list])], { prefixLists: { "pl-v6": ["2400:3200::/32"] } });
    const v6inbound = (from: string, port: number) =>
      inbound(from, port, { family: "IPv6", dstAddress: "2408:4000::10" });
    expect(decideBoth(context, v6inbound("2001:db8:ffff::1", 443)).verdict).toBe("Allowed");
    expect(decideBoth(context, v6inbound("2001:0db8:0000:0000:0000:0000:0000:0001", 443)).verdict).toBe("Allowed");
    expect(decideBoth(context, v6inbound("2001:db9::1", 443)).verdict).toBe("Blocked");
    expect(decideBoth(context, v6inbound("2400:3200::1", 80)).verdict).toBe("Allowed");
    expect(decideBoth(context, inbound(TRUSTED, 443)).verdict).toBe("Blocked");
  });
});

describe("DEC-2 defaults when no rule matches", () => {
  it("DEC-2 basic groups: inbound denied, outbound allowed", () => {
    const context = eni([group(SG_A)]);
    const inboundDecision = decideBoth(context, inbound(TRUSTED, 22));
    expect(inboundDecision).toMatchObject({ verdict: "Blocked", reason: "DefaultDeny" });
    expect(inboundDecision.explanation).toBe("no rule matched: default deny (inbound)");
    const outboundDecision = decideBoth(context, outbound("8.8.8.8", 443));
    expect(outboundDecision).toMatchObject({ verdict: "Allowed", reason: "DefaultAllow", matchedRules: [] });
  });

  it("DEC-2 enterprise groups deny both ways by default", () => {
    const context = eni([group(SG_A, [], { type: "enterprise" })]);
    expect(decideBoth(context, inbound(TRUSTED, 22))).toMatchObject({ verdict: "Blocked", reason: "DefaultDeny" });
    const out = decideBoth(context, outbound("8.8.8.8", 443));
    expect(out).toMatchObject({ verdict: "Blocked", reason: "DefaultDeny" });
    expect(out.explanation).toBe("no rule matched: default deny (outbound of enterprise security groups)");
  });
});

describe("DEC-3 intra-group traffic", () => {
  const drop = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", IpProtocol: "ALL", PortRange: "-1/-1", Policy: "Drop" });
  const members = { [SG_A]: ["192.168.1.10", "192.168.1.20"] };

  it("DEC-3 inner policy Accept allows a fellow member before any rule, even a drop", () => {
    const decision = decideBoth(eni([group(SG_A, [drop])], { groupMembers: members }), inbound("192.168.1.20", 3306));
    expect(decision).toMatchObject({ verdict: "Allowed", reason: "InnerAccessPolicy", securityGroupId: SG_A });
    expect(decision.explanation).toContain(`inner policy Accept of ${SG_A}`);
    expect(decision.matchedRules).toHaveLength(1);
    // The outbound hop of the same conversation is allowed too.
    const egressDrop = rule(SG_A, {
      Direction: "egress",
      DestCidrIp: "0.0.0.0/0",
      Policy: "Drop",
      PortRange: "1/65535",
    });
    const out = decideBoth(eni([group(SG_A, [egressDrop])], { groupMembers: members }), outbound("192.168.1.20", 3306));
    expect(out.reason).toBe("InnerAccessPolicy");
  });

  it("DEC-3 inner policy Drop isolates members unless a rule allows them", () => {
    const isolated = eni([group(SG_A, [], { inner: "Drop" })], { groupMembers: members });
    expect(decideBoth(isolated, inbound("192.168.1.20", 3306)).reason).toBe("DefaultDeny");
    const allowed = eni(
      [group(SG_A, [rule(SG_A, { SourceGroupId: SG_A, PortRange: "3306/3306" })], { inner: "Drop" })],
      {
        groupMembers: members,
      },
    );
    expect(decideBoth(allowed, inbound("192.168.1.20", 3306))).toMatchObject({ verdict: "Allowed", reason: "Rule" });
  });

  it("DEC-3 any shared Accept group suffices when the ENI has several groups", () => {
    const context = eni([group(SG_B, [], { inner: "Drop" }), group(SG_A)], {
      groupMembers: { [SG_B]: ["192.168.1.10", "192.168.1.20"], ...members },
    });
    expect(decideBoth(context, inbound("192.168.1.20", 22))).toMatchObject({
      reason: "InnerAccessPolicy",
      securityGroupId: SG_A,
    });
  });

  it("DEC-3 enterprise groups never allow members by inner policy", () => {
    const context = eni([group(SG_A, [], { type: "enterprise", inner: "Accept" })], { groupMembers: members });
    expect(decideBoth(context, inbound("192.168.1.20", 22)).reason).toBe("DefaultDeny");
  });
});

describe("DEC-5 platform restriction on outbound TCP 25", () => {
  const allowAll = rule(SG_A, {
    Direction: "egress",
    DestCidrIp: "0.0.0.0/0",
    IpProtocol: "ALL",
    PortRange: "-1/-1",
    Priority: 1,
  });
  const context = eni([group(SG_A, [allowAll])]);

  it("DEC-5 TCP 25 to a public address is blocked whatever the rules say", () => {
    const decision = decideBoth(context, outbound("203.0.113.25", 25));
    expect(decision).toMatchObject({ verdict: "Blocked", reason: "PlatformRestriction" });
    expect(decision.explanation).toContain("use port 465");
    expect(decision.matchedRules).toHaveLength(1);
  });

  it("DEC-5 TCP 25 to private, shared (100.64/10) or loopback addresses and port 465 are judged by the rules", () => {
    for (const address of ["10.0.0.25", "172.16.0.1", "192.168.9.9", "100.64.0.1", "100.127.255.255", "127.0.0.1"]) {
      expect(decideBoth(context, outbound(address, 25)).reason).toBe("Rule");
    }
    expect(decideBoth(context, outbound("203.0.113.25", 465)).verdict).toBe("Allowed");
    expect(decideBoth(context, outbound("100.128.0.1", 25)).reason).toBe("PlatformRestriction");
  });

  it("DEC-5 only outbound TCP is restricted: UDP 25 and inbound TCP 25 follow the rules", () => {
    expect(decideBoth(context, outbound("203.0.113.25", 25, { protocol: "UDP" })).verdict).toBe("Allowed");
    const inboundContext = eni([group(SG_A, [rule(SG_A, { SourceCidrIp: "0.0.0.0/0", PortRange: "25/25" })])]);
    expect(decideBoth(inboundContext, inbound("203.0.113.25", 25)).verdict).toBe("Allowed");
  });

  it("DEC-5 IPv6: TCP 25 to a global unicast address is blocked, to a unique-local one is not", () => {
    const v6 = { family: "IPv6", srcAddress: "fd00::10" } as const;
    expect(decideBoth(eni([group(SG_A)]), outbound("2400:3200::1", 25, v6)).reason).toBe("PlatformRestriction");
    expect(decideBoth(eni([group(SG_A)]), outbound("fd00::25", 25, v6)).reason).toBe("DefaultAllow");
  });
});

describe("DEC-6 trace", () => {
  it("DEC-6 lists every matching rule in order (priority, drop first) with group, id, priority and policy", () => {
    const a1 = rule(SG_A, { SourceCidrIp: "0.0.0.0/0", Priority: 20 });
    const b1 = rule(SG_B, { SourceCidrIp: TRUSTED, Priority: 3 });
    const b2 = rule(SG_B, { SourceCidrIp: "121.0.0.0/8", Priority: 20, Policy: "Drop" });
    const unrelated = rule(SG_A, { SourceCidrIp: "10.0.0.0/8", Priority: 1, Policy: "Drop" });
    const decision = decideBoth(eni([group(SG_A, [a1, unrelated]), group(SG_B, [b1, b2])]), inbound(TRUSTED, 22));
    expect(decision.matchedRules).toEqual([
      { SecurityGroupId: SG_B, SecurityGroupRuleId: b1.SecurityGroupRuleId, Priority: 3, Policy: "Accept" },
      { SecurityGroupId: SG_B, SecurityGroupRuleId: b2.SecurityGroupRuleId, Priority: 20, Policy: "Drop" },
      { SecurityGroupId: SG_A, SecurityGroupRuleId: a1.SecurityGroupRuleId, Priority: 20, Policy: "Accept" },
    ]);
    expect(decision).toMatchObject({ verdict: "Allowed", reason: "Rule", securityGroupId: SG_B });
  });

  it("DEC-6 a lone matching rule is explained without a count", () => {
    const drop = rule(SG_A, { SourceCidrIp: TRUSTED, Policy: "Drop", Priority: 7 });
    expect(decideBoth(eni([group(SG_A, [drop])]), inbound(TRUSTED, 22)).explanation).toBe(
      `rule ${drop.SecurityGroupRuleId} of ${SG_A} drops the packet at priority 7`,
    );
  });
});

describe("DEC-1 DEC-5 address helpers of the compiled evaluator", () => {
  it("DEC-1 parses strict dotted-quad IPv4 only (no leading zeros, no short forms)", () => {
    expect(parseIpv4("0.0.0.0")).toBe(0);
    expect(parseIpv4("255.255.255.255")).toBe(0xffffffff);
    expect(parseIpv4("10.1.2.3")).toBe(0x0a010203);
    for (const bad of ["010.0.0.1", "10.1.2", "10.1.2.3.4", "256.0.0.1", "10..1.2", "1.2.3.4 ", "", "a.b.c.d"]) {
      expect(parseIpv4(bad), bad).toBeUndefined();
    }
  });

  it("DEC-1 parses IPv6 in compressed, full and IPv4-tail forms, and refuses malformed ones", () => {
    expect(parseIpv6("::")).toBe(0n);
    expect(parseIpv6("::1")).toBe(1n);
    expect(parseIpv6("2001:db8::1")).toBe(parseIpv6("2001:0db8:0000:0000:0000:0000:0000:0001"));
    expect(parseIpv6("::ffff:10.0.0.1")).toBe(0xffff0a000001n);
    expect(parseIpv6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).toBe((1n << 128n) - 1n);
    for (const bad of ["1::2::3", ":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "g::1", "1:2:3:4:5:6:7::8"]) {
      expect(parseIpv6(bad), bad).toBeUndefined();
    }
  });

  it("DEC-1 turns CIDRs and bare addresses into inclusive numeric ranges", () => {
    expect(cidrRange("10.1.2.0/24")).toEqual({ family: "IPv4", lo: 0x0a010200, hi: 0x0a0102ff });
    expect(cidrRange("0.0.0.0/0")).toEqual({ family: "IPv4", lo: 0, hi: 0xffffffff });
    expect(cidrRange("121.40.10.10")).toEqual({ family: "IPv4", lo: 0x79280a0a, hi: 0x79280a0a });
    expect(cidrRange("2001:db8::/127")).toEqual({
      family: "IPv6",
      lo: 0x20010db8n << 96n,
      hi: (0x20010db8n << 96n) + 1n,
    });
    expect(cidrRange("10.0.0.0/33")).toBeUndefined();
  });

  it("DEC-5 public addresses: not private, shared 100.64/10, loopback, link-local, multicast or reserved", () => {
    for (const address of ["8.8.8.8", "203.0.113.25", "100.63.255.255", "100.128.0.0", "2400:3200::1"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      "10.0.0.1",
      "172.31.255.255",
      "192.168.0.1",
      "100.64.0.0",
      "127.0.0.1",
      "169.254.1.1",
      "224.0.0.1",
      "255.255.255.255",
      "0.0.0.0",
      "fd00::1",
      "fe80::1",
      "::1",
      "::ffff:10.0.0.1",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("::ffff:8.8.8.8")).toBe(true);
  });
});
