import type { AddressFamily, Direction, RulePolicy, RuleRecord, SecurityGroupType } from "../types";

/** A packet's protocol: one of the rule protocols except ALL (which is a rule wildcard, not a protocol). */
export type PacketProtocol = "TCP" | "UDP" | "ICMP" | "ICMPv6" | "GRE";

/**
 * One packet as an ENI sees it in one direction. The ENI's own address is `dstAddress` on
 * ingress and `srcAddress` on egress; the other one is the peer (the rule's authorisation object).
 */
export interface Packet {
  direction: Direction;
  family: AddressFamily;
  protocol: PacketProtocol;
  srcAddress: string;
  dstAddress: string;
  /** TCP/UDP only. */
  dstPort?: number;
  /** TCP/UDP only; unknown when absent (then no rule with a SourcePortRange matches). */
  srcPort?: number;
}

/** One security group of the ENI, with every rule of it (both directions). */
export interface GroupContext {
  SecurityGroupId: string;
  SecurityGroupType: SecurityGroupType;
  InnerAccessPolicy: RulePolicy;
  rules: readonly RuleRecord[];
}

/** Everything the decision needs to know about one ENI; built by the caller, no I/O here. */
export interface EniContext {
  NetworkInterfaceId?: string;
  /** The ENI's own private IPs (informational: callers pick the packet's local address from them). */
  privateIpAddresses: readonly string[];
  /** The ENI's groups, in the ENI's order. */
  groups: readonly GroupContext[];
  /**
   * Private IPs of the member ENIs of every group that matters: the ENI's own groups (DEC-3) and
   * groups its rules reference. A group missing here has no known members.
   */
  groupMembers: Readonly<Record<string, readonly string[]>>;
  /** Entries (CIDRs) of the prefix lists its rules reference. */
  prefixLists: Readonly<Record<string, readonly string[]>>;
}

export type Verdict = "Allowed" | "Blocked";
export type DecisionReason = "Rule" | "DefaultDeny" | "DefaultAllow" | "InnerAccessPolicy" | "PlatformRestriction";

/** A rule in a trace, named as the API names it. */
export interface MatchedRule {
  SecurityGroupId: string;
  SecurityGroupRuleId: string;
  Priority: number;
  Policy: RulePolicy;
}

/** A verdict with its trace (DEC-6). */
export interface Decision {
  verdict: Verdict;
  reason: DecisionReason;
  /** The deciding group: the rule's group (Rule) or the group whose inner policy allowed it. */
  securityGroupId?: string;
  /** The deciding rule (reason Rule only). */
  decidingRule?: MatchedRule;
  /** Every matching rule in evaluation order: (priority, drop before accept, Seq, rule id). */
  matchedRules: MatchedRule[];
  explanation: string;
}

export interface CompiledEni {
  decide(packet: Packet): Decision;
}
