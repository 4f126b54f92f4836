import type { Direction, RuleRecord } from "../types";
import { compareEvaluationOrder } from "../validate/evaluation-order";
import { referencedPrefixListId } from "../validate/rules";
import {
  AddressAxis,
  addressBoundaries,
  type Box,
  compress,
  decidingOwners,
  logVolume,
  type OrderedBox,
  overlaps,
} from "./boxes";
import { type MatchSpace, matchSpace, type PrefixListLookup } from "./match-space";

export type RedundancyKind = "Duplicate" | "Covered" | "Shadowed";

/** One finding of the health check (HC-1), in the API's field names. */
export interface RedundantRule {
  SecurityGroupRuleId: string;
  Direction: Direction;
  Kind: RedundancyKind;
  /** The rules that give this rule's packets their verdict when it is gone (or its identical twin). */
  CoveringRuleIds: string[];
  Explanation: string;
  /** The finding depends on the current entries of a prefix list (it may change with them). */
  BasedOnPrefixListEntries: boolean;
}

interface Analysed {
  rule: RuleRecord;
  space: MatchSpace;
  boxes: Box[];
  volumes: number[];
}

/** DEC-1: `a` is evaluated before `b` (smaller priority number, or a drop against an accept). */
function strictlyPrecedes(a: RuleRecord, b: RuleRecord): boolean {
  return compareEvaluationOrder(a, b) < 0;
}

/** Twins (same packets, same policy) are ordered by priority, then creation: the first is the original. */
function comesFirstAmongTwins(a: RuleRecord, b: RuleRecord): boolean {
  return a.Priority < b.Priority || (a.Priority === b.Priority && a.Seq < b.Seq);
}

function byEvaluationOrder(a: RuleRecord, b: RuleRecord): number {
  return compareEvaluationOrder(a, b) || a.Seq - b.Seq;
}

function ruleLabel(rule: RuleRecord): string {
  return `${rule.SecurityGroupRuleId} (${rule.Policy}, priority ${rule.Priority})`;
}

function explain(kind: RedundancyKind, rule: RuleRecord, covering: readonly RuleRecord[], lists: string[]): string {
  let text: string;
  if (kind === "Duplicate") {
    const twin = covering[0] as RuleRecord;
    const order = twin.Priority === rule.Priority ? "which was created earlier" : "which comes first";
    text = `Matches exactly the same traffic as ${ruleLabel(twin)}, ${order}: this rule never changes a verdict.`;
  } else if (kind === "Covered") {
    text =
      `Every packet it matches gets the same verdict without it, from ${covering.map(ruleLabel).join(", ")}: ` +
      `removing it changes no decision.`;
  } else {
    const opposite = covering.filter((other) => strictlyPrecedes(other, rule) && other.Policy !== rule.Policy);
    const same = covering.filter((other) => other.Policy === rule.Policy);
    const verb = opposite.length > 1 ? "decide" : "decides";
    const rest = same.length > 0 ? ` (the rest gets the same verdict from ${same.map(ruleLabel).join(", ")})` : "";
    text = `${opposite.map(ruleLabel).join(", ")} ${verb} packets it matches before it does${rest}: this ${rule.Policy} rule never takes effect.`;
  }
  if (lists.length > 0) text += ` Judged on the current entries of prefix list ${lists.join(", ")}.`;
  return text;
}

/** Adds one membership dimension per group: [1, 2) when the box's peer is that group. */
function withGroups(box: Box, peerGroup: string | undefined, groups: readonly string[]): Box {
  if (groups.length === 0) return box;
  const out = [...box];
  for (const group of groups) out.push(group === peerGroup ? 1 : 0, 2);
  return out;
}

/**
 * Whether removing `target` changes no verdict, judged against `others`: for every packet it
 * matches, the first other rule in evaluation order that matches must exist and either come
 * before it (the target never decided) or carry the same policy (the verdict stays).
 * Returns the rules that decide its packets, or undefined when some verdict would change.
 */
function verdictKeepers(target: Analysed, others: readonly Analysed[]): RuleRecord[] | undefined {
  const overlapping = others.filter((other) =>
    other.boxes.some((box) => target.boxes.some((own) => overlaps(own, box))),
  );
  // Group members may have any address and belong to several groups: every mix is a packet.
  const groups = [
    ...new Set(
      [target, ...overlapping].map((a) => a.space.peerGroup).filter((group): group is string => group !== undefined),
    ),
  ];
  const candidates: Array<OrderedBox & { rule: RuleRecord; volume: number }> = [];
  overlapping.forEach((other, owner) => {
    other.boxes.forEach((box, index) => {
      candidates.push({
        box: withGroups(box, other.space.peerGroup, groups),
        owner,
        rule: other.rule,
        volume: other.volumes[index] as number,
      });
    });
  });
  // Evaluation order; within a tie, big boxes first so few rules end up deciding.
  candidates.sort((a, b) => byEvaluationOrder(a.rule, b.rule) || b.volume - a.volume);
  const targets = target.boxes.map((box) => withGroups(box, target.space.peerGroup, groups));
  const rule = target.rule;
  const owners = decidingOwners(targets, candidates, (owner) => {
    const other = (overlapping[owner] as Analysed).rule;
    return other.Policy === rule.Policy || strictlyPrecedes(other, rule);
  });
  return owners && [...owners].map((owner) => (overlapping[owner] as Analysed).rule).sort(byEvaluationOrder);
}

function finding(rule: RuleRecord, kind: RedundancyKind, covering: RuleRecord[]): RedundantRule {
  const lists = [
    ...new Set(
      [rule, ...covering].map((other) => referencedPrefixListId(other)).filter((id): id is string => id !== undefined),
    ),
  ];
  return {
    SecurityGroupRuleId: rule.SecurityGroupRuleId,
    Direction: rule.Direction,
    Kind: kind,
    CoveringRuleIds: covering.map((other) => other.SecurityGroupRuleId),
    Explanation: explain(kind, rule, covering, lists),
    BasedOnPrefixListEntries: lists.length > 0,
  };
}

function analysePartition(rules: readonly RuleRecord[], prefixLists: PrefixListLookup): RedundantRule[] {
  const spaces = rules.map((rule) => matchSpace(rule, prefixLists));
  const axis = new AddressAxis(addressBoundaries(spaces.flatMap((space) => space.boxes)));
  const analysed: Analysed[] = rules.map((rule, index) => {
    const space = spaces[index] as MatchSpace;
    return { rule, space, boxes: space.boxes.map((box) => compress(box, axis)), volumes: space.boxes.map(logVolume) };
  });
  const twinsByKey = new Map<string, Analysed[]>();
  for (const item of analysed) {
    const key = `${item.rule.Policy}|${item.space.key}`;
    twinsByKey.set(key, [...(twinsByKey.get(key) ?? []), item]);
  }

  const findings: RedundantRule[] = [];
  for (const target of analysed) {
    // A rule that matches nothing (a prefix list without entries) waits for entries: not reported.
    if (target.boxes.length === 0) continue;
    const twins = (twinsByKey.get(`${target.rule.Policy}|${target.space.key}`) ?? []).filter((t) => t !== target);
    const original = twins
      .filter((twin) => comesFirstAmongTwins(twin.rule, target.rule))
      .sort((a, b) => byEvaluationOrder(a.rule, b.rule))[0];
    if (original) {
      findings.push(finding(target.rule, "Duplicate", [original.rule]));
      continue;
    }
    // The original of a set of twins is judged without them, so exactly one of them remains.
    const others = analysed.filter((other) => other !== target && other.boxes.length > 0 && !twins.includes(other));
    const keepers = verdictKeepers(target, others);
    if (!keepers) continue;
    const shadowed = keepers.some((other) => other.Policy !== target.rule.Policy);
    findings.push(finding(target.rule, shadowed ? "Shadowed" : "Covered", keepers));
  }
  return findings;
}

/**
 * HC-1: the rules of one group whose removal (alone) changes no decision of the group.
 * Inbound and outbound, and rules of different NIC types, never meet. Of identical rules
 * (same packets, same policy) only the later ones are reported, as Duplicates of the first.
 * The inner access policy and the defaults are not rules: they play no part.
 */
export function findRedundantRules(rules: readonly RuleRecord[], prefixLists: PrefixListLookup): RedundantRule[] {
  const partitions = new Map<string, RuleRecord[]>();
  for (const rule of rules) {
    const key = `${rule.Direction}|${rule.NicType}`;
    partitions.set(key, [...(partitions.get(key) ?? []), rule]);
  }
  const order = new Map(rules.map((rule, index) => [rule.SecurityGroupRuleId, index]));
  return [...partitions.values()]
    .flatMap((partition) => analysePartition(partition, prefixLists))
    .sort((a, b) => (order.get(a.SecurityGroupRuleId) ?? 0) - (order.get(b.SecurityGroupRuleId) ?? 0));
}
