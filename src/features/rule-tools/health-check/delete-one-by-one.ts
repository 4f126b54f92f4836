import type { RedundantRule } from "@/api/types";

/** What happened to one selected rule. */
export type DeletionOutcome =
  | { ruleId: string; status: "deleted" }
  /** No longer reported when its turn came (e.g. the twin of a rule deleted just before). */
  | { ruleId: string; status: "kept" }
  | { ruleId: string; status: "failed"; error: unknown };

export interface DeletionSteps {
  /** Runs the health check now (never from a cache). */
  check: () => Promise<readonly RedundantRule[]>;
  /** Deletes this one rule (RevokeSecurityGroup or RevokeSecurityGroupEgress by id). */
  revoke: (finding: RedundantRule) => Promise<void>;
  /** Before each rule: its position (0-based) and the outcomes so far. */
  onStep?: (index: number, outcomes: readonly DeletionOutcome[]) => void;
}

export interface DeletionRun {
  outcomes: DeletionOutcome[];
  /** The findings of the last check, after the last deletion. */
  remaining: readonly RedundantRule[];
}

/**
 * HC-1 "delete the rules above": one rule per request, and a fresh check before each one, so a
 * rule is deleted only while it is still reported. Findings are judged one at a time (each says
 * "removing this rule alone changes nothing"), so two rules that cover each other, such as two
 * identical rules, are never both deleted: once one is gone the other is no longer reported.
 * A failed deletion does not stop the others (each is checked afresh anyway); a failed check does.
 */
export async function deleteOneByOne(ruleIds: readonly string[], steps: DeletionSteps): Promise<DeletionRun> {
  const outcomes: DeletionOutcome[] = [];
  let findings = await steps.check();
  for (const [index, ruleId] of ruleIds.entries()) {
    steps.onStep?.(index, outcomes);
    const finding = findings.find((candidate) => candidate.SecurityGroupRuleId === ruleId);
    if (!finding) {
      outcomes.push({ ruleId, status: "kept" });
      continue;
    }
    try {
      await steps.revoke(finding);
      outcomes.push({ ruleId, status: "deleted" });
    } catch (error) {
      outcomes.push({ ruleId, status: "failed", error });
    }
    findings = await steps.check();
  }
  return { outcomes, remaining: findings };
}
