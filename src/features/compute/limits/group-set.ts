import type { SecurityGroup } from "@/api/types";
import { MAX_GROUPS_PER_ENI, MAX_RULES_PER_ENI } from "@/engine/validate";

export type GroupSetIssue =
  | { kind: "empty" }
  | { kind: "tooManyGroups"; count: number }
  | { kind: "tooManyRules"; count: number }
  | { kind: "mixedTypes" }
  | { kind: "otherVpc"; group: SecurityGroup }
  | { kind: "classic"; group: SecurityGroup }
  | { kind: "managed"; group: SecurityGroup }
  | { kind: "managedLeaves"; group: SecurityGroup };

export interface GroupSetCheck {
  groupCount: number;
  /** Rules over all chosen groups, in and out (RuleCount; see the meter's help on prefix lists). */
  ruleCount: number;
  issues: GroupSetIssue[];
}

/** Why one group cannot join this set, judged before any request (undefined: it can). */
export type CandidateIssue = "otherVpc" | "classic" | "otherType" | "managed";

interface SetTarget {
  /** The VPC of the network interface(s) the groups are for. */
  vpcId: string;
  /** Groups the interface has now (managed ones among them may not leave). */
  current: readonly SecurityGroup[];
}

function isCurrent(target: SetTarget, group: SecurityGroup): boolean {
  return target.current.some((current) => current.SecurityGroupId === group.SecurityGroupId);
}

export function candidateIssue(
  group: SecurityGroup,
  target: SetTarget,
  others: readonly SecurityGroup[],
): CandidateIssue | undefined {
  if (group.VpcId === "") return "classic";
  if (group.VpcId !== target.vpcId) return "otherVpc";
  if (group.ServiceManaged && !isCurrent(target, group)) return "managed";
  const otherTypes = new Set(
    others.filter((other) => other.SecurityGroupId !== group.SecurityGroupId).map((other) => other.SecurityGroupType),
  );
  if (otherTypes.size > 0 && !otherTypes.has(group.SecurityGroupType)) return "otherType";
  return undefined;
}

/**
 * The limits the engine will apply to `chosen` as an interface's whole set of groups (ENI-5,
 * RULE-8), checked in the page so the person sees them before submitting. The engine stays
 * the judge: the same request may still be refused (prefix-list weights, concurrent changes).
 */
export function checkGroupSet(target: SetTarget, chosen: readonly SecurityGroup[]): GroupSetCheck {
  const issues: GroupSetIssue[] = [];
  const ruleCount = chosen.reduce((sum, group) => sum + group.RuleCount, 0);
  if (chosen.length === 0) issues.push({ kind: "empty" });
  if (chosen.length > MAX_GROUPS_PER_ENI) issues.push({ kind: "tooManyGroups", count: chosen.length });
  if (ruleCount > MAX_RULES_PER_ENI) issues.push({ kind: "tooManyRules", count: ruleCount });
  if (new Set(chosen.map((group) => group.SecurityGroupType)).size > 1) issues.push({ kind: "mixedTypes" });
  for (const group of chosen) {
    if (group.VpcId === "") issues.push({ kind: "classic", group });
    else if (group.VpcId !== target.vpcId) issues.push({ kind: "otherVpc", group });
    else if (group.ServiceManaged && !isCurrent(target, group)) issues.push({ kind: "managed", group });
  }
  const chosenIds = new Set(chosen.map((group) => group.SecurityGroupId));
  for (const group of target.current) {
    if (group.ServiceManaged && !chosenIds.has(group.SecurityGroupId)) issues.push({ kind: "managedLeaves", group });
  }
  return { groupCount: chosen.length, ruleCount, issues };
}
