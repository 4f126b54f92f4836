import type { Permission } from "@/api/types";
import type { Direction } from "../../../engine/types";

/**
 * SNAP-4: what a restore would do to one direction's rules. A restore puts back the snapshot's
 * rules with their ids, so rules are matched by SecurityGroupRuleId: same id with different
 * settings = changed, only in the snapshot = added back, only in the group now = removed.
 */

/** The settings a person can tell apart; names (resolved by the API) and CreateTime are not compared. */
export const DIFF_ASPECTS = [
  "policy",
  "priority",
  "protocol",
  "port",
  "sourcePort",
  "peer",
  "localAddress",
  "description",
  "nicType",
] as const;
export type DiffAspect = (typeof DIFF_ASPECTS)[number];

const SOURCE_PEER = [
  "SourceCidrIp",
  "Ipv6SourceCidrIp",
  "SourceGroupId",
  "SourceGroupOwnerAccount",
  "SourcePrefixListId",
] as const;
const DEST_PEER = ["DestCidrIp", "Ipv6DestCidrIp", "DestGroupId", "DestGroupOwnerAccount", "DestPrefixListId"] as const;
type PermissionField = keyof Permission;

/** The Permission fields behind each aspect; the peer is the source inbound and the destination outbound. */
function aspectFields(aspect: DiffAspect, direction: Direction): readonly PermissionField[] {
  const ingress = direction === "ingress";
  switch (aspect) {
    case "policy":
      return ["Policy"];
    case "priority":
      return ["Priority"];
    case "protocol":
      return ["IpProtocol"];
    case "port":
      return ["PortRange"];
    case "sourcePort":
      return ["SourcePortRange"];
    case "peer":
      return ingress ? SOURCE_PEER : DEST_PEER;
    case "localAddress":
      // The other side's address, when a rule narrows it (e.g. an inbound rule's DestCidrIp).
      return ingress ? ["DestCidrIp", "Ipv6DestCidrIp"] : ["SourceCidrIp", "Ipv6SourceCidrIp"];
    case "description":
      return ["Description"];
    case "nicType":
      return ["NicType"];
  }
}

/** Case-insensitive where the API is (protocols, policies); everything else exactly. */
function normalise(field: PermissionField, value: Permission[PermissionField]): string {
  const text = String(value ?? "");
  return field === "IpProtocol" || field === "Policy" || field === "NicType" ? text.toLowerCase() : text;
}

export function changedAspects(current: Permission, restored: Permission): DiffAspect[] {
  return DIFF_ASPECTS.filter((aspect) =>
    aspectFields(aspect, current.Direction).some(
      (field) => normalise(field, current[field]) !== normalise(field, restored[field]),
    ),
  );
}

export type RuleChange =
  | { kind: "changed"; id: string; current: Permission; restored: Permission; aspects: DiffAspect[] }
  | { kind: "added"; id: string; restored: Permission }
  | { kind: "removed"; id: string; current: Permission }
  | { kind: "unchanged"; id: string; current: Permission };

export type ChangeKind = RuleChange["kind"];

export interface DirectionDiff {
  direction: Direction;
  /** Changed first, then added, removed and unchanged; by priority within each. */
  changes: RuleChange[];
  counts: Record<ChangeKind, number>;
  /** Rules of this direction before and after the restore. */
  before: number;
  after: number;
}

const KIND_ORDER: Record<ChangeKind, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };

function shown(change: RuleChange): Permission {
  return change.kind === "added" || change.kind === "changed" ? change.restored : change.current;
}

export function diffDirection(
  direction: Direction,
  currentRules: readonly Permission[],
  snapshotRules: readonly Permission[],
): DirectionDiff {
  const current = currentRules.filter((rule) => rule.Direction === direction);
  const restored = snapshotRules.filter((rule) => rule.Direction === direction);
  const restoredById = new Map(restored.map((rule) => [rule.SecurityGroupRuleId, rule]));
  const currentIds = new Set(current.map((rule) => rule.SecurityGroupRuleId));
  const changes: RuleChange[] = [];
  for (const rule of current) {
    const id = rule.SecurityGroupRuleId;
    const back = restoredById.get(id);
    if (!back) {
      changes.push({ kind: "removed", id, current: rule });
      continue;
    }
    const aspects = changedAspects(rule, back);
    changes.push(
      aspects.length > 0
        ? { kind: "changed", id, current: rule, restored: back, aspects }
        : { kind: "unchanged", id, current: rule },
    );
  }
  for (const rule of restored) {
    if (!currentIds.has(rule.SecurityGroupRuleId)) {
      changes.push({ kind: "added", id: rule.SecurityGroupRuleId, restored: rule });
    }
  }
  changes.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || shown(a).Priority - shown(b).Priority || a.id.localeCompare(b.id),
  );
  const counts: Record<ChangeKind, number> = { changed: 0, added: 0, removed: 0, unchanged: 0 };
  for (const change of changes) counts[change.kind]++;
  return { direction, changes, counts, before: current.length, after: restored.length };
}

/** Both directions, inbound first (the dialog's tabs). */
export function diffRules(currentRules: readonly Permission[], snapshotRules: readonly Permission[]) {
  return {
    ingress: diffDirection("ingress", currentRules, snapshotRules),
    egress: diffDirection("egress", currentRules, snapshotRules),
  };
}

/** How many rules a restore changes in one direction (the tab's badge). */
export const changeCount = (diff: DirectionDiff) => diff.counts.changed + diff.counts.added + diff.counts.removed;
