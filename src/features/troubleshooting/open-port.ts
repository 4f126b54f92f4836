import type { Hop, MatchedRule, Permission } from "@/api/types";
import type { IpProtocol } from "../../engine/types";
import type { RuleForm } from "../security-groups/rules/rule-form";

/** What the troubleshooting page knows of one group of the judged ENI. */
export interface GroupFacts {
  SecurityGroupId: string;
  managed: boolean;
}

/** The allow rule to propose: what it lets through; policy and priority come from the plan. */
export interface AllowedTraffic {
  IpProtocol: IpProtocol;
  /** One port (TCP/UDP) or none. */
  port?: number;
  /** An address (made a /32) or a CIDR block. */
  peer: string;
  Description: string;
}

export type AllowPlan =
  | {
      kind: "open";
      direction: Hop["Direction"];
      /** Groups the rule may go to: the ENI's groups a cloud service does not manage, in the ENI's order. */
      groupIds: string[];
      rule: Partial<Omit<RuleForm, "key">>;
      /** The deny rule the new rule outranks, when a rule decided. */
      outranks?: MatchedRule;
    }
  /** A drop at priority 1 cannot be outranked: only changing or deleting it helps. */
  | { kind: "priorityOne"; rule: MatchedRule }
  /** DEC-5: no rule lifts the platform's port-25 restriction. */
  | { kind: "platform" }
  /** Every group of the ENI is managed by a cloud service (read-only). */
  | { kind: "managedOnly" };

/** The console's default priority for a new rule (and the highest). */
const TOP_PRIORITY = 1;

/** The rule that decided a blocked hop, when a rule did. */
export function decidingRule(hop: Hop): MatchedRule | undefined {
  if (hop.Reason !== "Rule" || hop.Priority === "") return undefined;
  return hop.MatchedRules.MatchedRule.find((rule) => rule.SecurityGroupRuleId === hop.SecurityGroupRuleId);
}

/**
 * DIAG-1 "open port": the narrowest allow rule for exactly this traffic (one protocol, one
 * port, one address as /32), with a priority that outranks the deny rule that decided, if any.
 * At equal priority a drop still wins (DEC-1), so the rule goes one number higher.
 */
export function planAllowRule(hop: Hop, groups: readonly GroupFacts[], traffic: AllowedTraffic): AllowPlan {
  if (hop.Reason === "PlatformRestriction") return { kind: "platform" };
  const drop = decidingRule(hop);
  if (drop && drop.Priority <= TOP_PRIORITY) return { kind: "priorityOne", rule: drop };
  const groupIds = groups.filter((group) => !group.managed).map((group) => group.SecurityGroupId);
  if (groupIds.length === 0) return { kind: "managedOnly" };
  const peer = traffic.peer.includes("/") ? traffic.peer : `${traffic.peer}/32`;
  return {
    kind: "open",
    direction: hop.Direction,
    groupIds,
    outranks: drop,
    rule: {
      Policy: "accept",
      Priority: String(drop ? drop.Priority - 1 : TOP_PRIORITY),
      IpProtocol: traffic.IpProtocol,
      PortRange: traffic.port === undefined ? "" : `${traffic.port}/${traffic.port}`,
      peerKind: "ipv4",
      peer,
      Description: traffic.Description,
    },
  };
}

/** DIAG-3: the platform's health checks and availability monitoring come from this block. */
export const HEALTH_CHECK_CIDR = "100.64.0.0/10";

/** A deny-all rule: drop every protocol from (or to) every address. */
export function isDenyAll(rule: Permission | undefined): boolean {
  if (rule?.Policy !== "Drop" || rule.IpProtocol !== "ALL") return false;
  const peers =
    rule.Direction === "ingress" ? [rule.SourceCidrIp, rule.Ipv6SourceCidrIp] : [rule.DestCidrIp, rule.Ipv6DestCidrIp];
  return peers.includes("0.0.0.0/0") || peers.includes("::/0");
}
