import type { RuleRecord } from "../types";
import type { MatchedRule } from "./types";

/**
 * Evaluation order (DEC-1): lower priority number first, at equal priority drop before accept.
 * Seq (creation order) and then the rule id break the remaining ties, so a trace never depends
 * on the order in which groups or rules were listed.
 */
export function compareRules(a: RuleRecord, b: RuleRecord): number {
  return (
    a.Priority - b.Priority ||
    policyRank(a) - policyRank(b) ||
    a.Seq - b.Seq ||
    compareText(a.SecurityGroupRuleId, b.SecurityGroupRuleId) ||
    compareText(a.SecurityGroupId, b.SecurityGroupId)
  );
}

function policyRank(rule: RuleRecord): number {
  return rule.Policy === "Drop" ? 0 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function matchedRuleOf(rule: RuleRecord): MatchedRule {
  return {
    SecurityGroupId: rule.SecurityGroupId,
    SecurityGroupRuleId: rule.SecurityGroupRuleId,
    Priority: rule.Priority,
    Policy: rule.Policy,
  };
}
