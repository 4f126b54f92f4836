import type { Permission } from "@/api/types";
import { compareEvaluationOrder } from "@/engine/validate";
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
 * DEC-1: the rules of one direction of every group on an interface, as one first-match list in
 * the engine's evaluation order. Ties keep the order of the groups on the interface, then each
 * group's own order (stable sort).
 */
export function mergeRules(groups: readonly GroupRules[], direction: Direction): MergedRule[] {
  const entries = groups.flatMap((group) =>
    group.rules
      .filter((rule) => rule.Direction === direction)
      .map((rule) => ({ rule, groupId: group.groupId, groupName: group.groupName })),
  );
  entries.sort((a, b) => compareEvaluationOrder(a.rule, b.rule));
  return entries.map((entry, index) => ({ ...entry, order: index + 1 }));
}
