import type { Permission } from "@/api/types";
import type { Direction } from "../../../engine/types";

/** One rule of an interface's merged list: the rule, the group it comes from, its place in the order. */
export interface MergedRule {
  /** 1-based position in evaluation order. */
  order: number;
  rule: Permission;
  groupId: string;
  groupName: string;
}

export interface GroupRules {
  groupId: string;
  groupName: string;
  rules: readonly Permission[];
}

/**
 * DEC-1: the rules of one direction of every group on an interface, as one first-match list:
 * lowest priority number first, and at equal priority a drop before an accept. Ties keep the
 * order of the groups on the interface, then each group's own order (stable sort).
 */
export function mergeRules(groups: readonly GroupRules[], direction: Direction): MergedRule[] {
  const entries = groups.flatMap((group) =>
    group.rules
      .filter((rule) => rule.Direction === direction)
      .map((rule) => ({ rule, groupId: group.groupId, groupName: group.groupName })),
  );
  const policyRank = (rule: Permission) => (rule.Policy === "Drop" ? 0 : 1);
  entries.sort((a, b) => Number(a.rule.Priority) - Number(b.rule.Priority) || policyRank(a.rule) - policyRank(b.rule));
  return entries.map((entry, index) => ({ ...entry, order: index + 1 }));
}
