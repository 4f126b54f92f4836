import type { RuleRecord } from "../types";
import { compareEvaluationOrder } from "../validate/evaluation-order";
import type { MatchedRule } from "./types";

/**
 * Evaluation order (DEC-1, compareEvaluationOrder). Seq (creation order) and then the rule id
 * break the remaining ties, so a trace never depends on the order in which groups or rules were listed.
 */
export function compareRules(a: RuleRecord, b: RuleRecord): number {
  return (
    compareEvaluationOrder(a, b) ||
    a.Seq - b.Seq ||
    compareText(a.SecurityGroupRuleId, b.SecurityGroupRuleId) ||
    compareText(a.SecurityGroupId, b.SecurityGroupId)
  );
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
