import type { Direction } from "../types";
import type { MatchedRule } from "./types";

/** The human explanations of DEC-6, shared by both evaluators so their traces read the same. */

export function explainRule(rule: MatchedRule, matchedCount: number, dropBeatsAccept: boolean): string {
  const who = `rule ${rule.SecurityGroupRuleId} of ${rule.SecurityGroupId}`;
  if (dropBeatsAccept) return `drop beats accept at priority ${rule.Priority}: ${who} drops the packet`;
  const verb = rule.Policy === "Drop" ? "drops" : "accepts";
  const among = matchedCount > 1 ? ` (lowest priority number of ${matchedCount} matching rules)` : "";
  return `${who} ${verb} the packet at priority ${rule.Priority}${among}`;
}

export function explainInnerPolicy(securityGroupId: string): string {
  return `inner policy Accept of ${securityGroupId}: both ends are members of this basic group, allowed before any rule`;
}

export function explainDefaultDeny(direction: Direction): string {
  return direction === "ingress"
    ? "no rule matched: default deny (inbound)"
    : "no rule matched: default deny (outbound of enterprise security groups)";
}

export const DEFAULT_ALLOW_EXPLANATION = "no rule matched: default allow (outbound of basic security groups)";

export const PLATFORM_RESTRICTION_EXPLANATION =
  "outbound TCP to port 25 of a public address is blocked by the platform whatever the rules say (use port 465)";
