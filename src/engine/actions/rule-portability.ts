import { EcsError, ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { RuleRecord, SecurityGroupRecord } from "../types";
import { type RuleDraft, referencedGroupId, referencedPrefixListId } from "../validate/rules";
import { checkRuleReferences } from "./rule-references";

/** Why a rule was left out of a clone or an import: its error code and message. */
export interface RuleRefusal {
  Code: string;
  Message: string;
}

export function refusalOf(error: EcsError): RuleRefusal {
  return { Code: error.code, Message: error.message };
}

/** A stored rule as a draft for another group (ids, group, time and order are the new group's). */
export function draftOf(rule: RuleRecord): RuleDraft {
  const draft: RuleDraft & Partial<RuleRecord> = { ...rule };
  delete draft.SecurityGroupRuleId;
  delete draft.SecurityGroupId;
  delete draft.CreateTime;
  delete draft.Seq;
  return draft;
}

/** The regional resource a rule names (a security group or prefix list), if any. */
export function regionalReference(rule: RuleDraft): string | undefined {
  return referencedGroupId(rule) ?? referencedPrefixListId(rule);
}

/** CLONE-1, IO-2: groups and prefix lists are regional, so such rules cannot move to another region. */
export function crossRegionRefusal(referenceId: string, fromRegionId: string): EcsError {
  return ecsError("NotSupported.CrossRegionReference", { args: [referenceId, fromRegionId] });
}

/**
 * Checks one rule against the target group as AuthorizeSecurityGroup would (references, VPC,
 * NIC type, enterprise restrictions) and returns the refusal instead of throwing it.
 */
export async function referenceRefusal(
  tx: Tx,
  group: SecurityGroupRecord,
  draft: RuleDraft,
  accountId: string,
): Promise<RuleRefusal | undefined> {
  try {
    await checkRuleReferences(tx, group, draft, "", accountId);
    return undefined;
  } catch (error) {
    if (error instanceof EcsError) return refusalOf(error);
    throw error;
  }
}
