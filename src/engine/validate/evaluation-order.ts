import type { RulePolicy } from "../types";

/** What DEC-1 orders rules by: the fields a rule record and a rule as the API shows it share. */
export interface OrderedRule {
  Priority: number;
  Policy: RulePolicy;
}

/**
 * DEC-1, the evaluation order, the one definition of it: lower priority number first, and at
 * equal priority a drop before an accept. 0 for rules of the same rank; callers break such ties
 * their own way (the engine by Seq and id, the console by the groups' order).
 */
export function compareEvaluationOrder(a: OrderedRule, b: OrderedRule): number {
  return a.Priority - b.Priority || policyRank(a) - policyRank(b);
}

function policyRank(rule: OrderedRule): number {
  return rule.Policy === "Drop" ? 0 : 1;
}
