import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import { numberedList, numberedObjects, optional, type RequestParams, required, requireRegion } from "../params";
import { reserveSeqs } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { Direction, RuleRecord, SecurityGroupRecord } from "../types";
import { MAX_PERMISSIONS_PER_CALL } from "../validate/limits";
import {
  type PermissionFields,
  parsePermission,
  peerKind,
  type RuleDraft,
  referencedGroupId,
  ruleIdentity,
  sidesOf,
} from "../validate/rules";
import { type ActionContext, type ActionTable, read, write } from "./context";
import { findGroup, findWritableGroup } from "./lookup";
import { readPageRequest } from "./pagination";
import { noteRuleChange } from "./rule-change";
import { checkRuleLimits, ruleWeight } from "./rule-limits";
import { checkPrefixListFamilyKept, checkRuleReferences } from "./rule-references";
import { permissionViews } from "./rule-views";
import { pageOf } from "./seq-page";

/** The rule fields a request may carry, flat (deprecated style, and ModifySecurityGroupRule). */
const RULE_FIELDS = [
  "IpProtocol",
  "PortRange",
  "SourcePortRange",
  "SourceCidrIp",
  "Ipv6SourceCidrIp",
  "SourceGroupId",
  "SourceGroupOwnerAccount",
  "SourcePrefixListId",
  "DestCidrIp",
  "Ipv6DestCidrIp",
  "DestGroupId",
  "DestGroupOwnerAccount",
  "DestPrefixListId",
  "Policy",
  "Priority",
  "NicType",
  "Description",
] as const;

function flatFields(params: RequestParams): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of RULE_FIELDS) {
    const value = params[name];
    if (value !== undefined) fields[name] = value;
  }
  return fields;
}

/** `Permissions.N.*`, or the deprecated flat fields as one permission; never both (RULE-1). */
function readPermissions(params: RequestParams): Array<{ fields: PermissionFields; prefix: string }> {
  const listed = numberedObjects(params, "Permissions");
  const flat = flatFields(params);
  const hasFlat = Object.values(flat).some((value) => value !== "");
  if (listed.length > 0 && hasFlat) throw ecsError("InvalidParam.Permissions", { field: "Permissions" });
  const permissions = listed.length > 0 ? listed.map((fields, i) => ({ fields, prefix: `Permissions.${i + 1}.` })) : [];
  if (permissions.length === 0 && hasFlat) permissions.push({ fields: flat, prefix: "" });
  if (permissions.length === 0 || permissions.length > MAX_PERMISSIONS_PER_CALL) {
    throw ecsError("InvalidParam.Permissions", { variant: "count", field: "Permissions" });
  }
  return permissions;
}

export async function groupRules(tx: Tx, groupId: string): Promise<RuleRecord[]> {
  const rules = await tx.objectStore("rules").index("bySecurityGroup").getAll(groupId);
  return rules.sort((a, b) => a.Seq - b.Seq);
}

/** Writes a group's counters after its rules changed. */
export async function storeCounters(tx: Tx, group: SecurityGroupRecord, rules: readonly RuleRecord[]): Promise<void> {
  let weight = 0;
  for (const rule of rules) weight += await ruleWeight(tx, rule);
  await tx.objectStore("securityGroups").put({
    ...group,
    RuleCount: rules.length,
    GroupToGroupRuleCount: rules.filter((rule) => referencedGroupId(rule)).length,
    RuleWeight: weight,
  });
}

/** Adds validated drafts to a group, skipping those identical to an existing rule (RULE-3). */
export async function addRules(
  ctx: Pick<ActionContext, "tx" | "now" | "ids">,
  group: SecurityGroupRecord,
  drafts: readonly RuleDraft[],
): Promise<RuleRecord[]> {
  const { tx, now, ids } = ctx;
  const existing = await groupRules(tx, group.SecurityGroupId);
  const known = new Set(existing.map(ruleIdentity));
  const fresh = drafts.filter((draft) => !known.has(ruleIdentity(draft)));
  if (fresh.length === 0) return [];
  let weight = 0;
  for (const draft of fresh) weight += await ruleWeight(tx, draft);
  await checkRuleLimits(tx, group, weight, fresh.filter((draft) => referencedGroupId(draft)).length);
  await noteRuleChange(tx, group, existing, now);
  const firstSeq = await reserveSeqs(tx, fresh.length);
  const added = fresh.map(
    (draft, index): RuleRecord => ({
      ...draft,
      SecurityGroupRuleId: ids.next("sgr", group.RegionId),
      SecurityGroupId: group.SecurityGroupId,
      CreateTime: formatEcsTime(now),
      Seq: firstSeq + index,
    }),
  );
  // Issued together, not one round trip each: IndexedDB runs them in order, and a failed
  // one aborts the transaction.
  const store = tx.objectStore("rules");
  await Promise.all(added.map((rule) => store.add(rule)));
  await storeCounters(tx, group, [...existing, ...added]);
  return added;
}

function authorize(direction: Direction) {
  return write(async (ctx) => {
    const { tx, params, accountId } = ctx;
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const permissions = readPermissions(params);
    const drafts = permissions.map(({ fields, prefix }) => parsePermission(direction, fields, prefix));
    const seen = new Set<string>();
    for (const [index, draft] of drafts.entries()) {
      const prefix = permissions[index]?.prefix ?? "";
      await checkRuleReferences(tx, group, draft, prefix, accountId);
      const identity = ruleIdentity(draft);
      if (seen.has(identity)) throw ecsError("InvalidParam.DuplicatePermissions", { field: `${prefix}IpProtocol` });
      seen.add(identity);
    }
    await addRules(ctx, group, drafts);
    return {};
  });
}

/** Revoke-by-permission matches on identity; a Priority left out matches every priority. */
function matchesPermission(rule: RuleRecord, draft: RuleDraft, priorityGiven: boolean): boolean {
  return ruleIdentity({ ...draft, Priority: priorityGiven ? draft.Priority : rule.Priority }) === ruleIdentity(rule);
}

function revoke(direction: Direction) {
  return write(async ({ tx, params, now }) => {
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const ruleIds = numberedList(params, "SecurityGroupRuleId");
    const rules = await groupRules(tx, group.SecurityGroupId);
    const ofDirection = rules.filter((rule) => rule.Direction === direction);
    let doomed: RuleRecord[];
    if (ruleIds.length > 0) {
      if (numberedObjects(params, "Permissions").length > 0 || Object.keys(flatFields(params)).length > 0) {
        throw ecsError("InvalidParam.Permissions", { variant: "idsAndPermissions", field: "Permissions" });
      }
      if (new Set(ruleIds).size !== ruleIds.length) {
        throw ecsError("InvalidParam.SecurityGroupRuleIdRepeated", { field: "SecurityGroupRuleId" });
      }
      const byId = new Map(ofDirection.map((rule) => [rule.SecurityGroupRuleId, rule]));
      doomed = ruleIds.map((id, index) => {
        const rule = byId.get(id);
        if (!rule) throw ecsError("InvalidSecurityGroupRuleId.NotFound", { field: `SecurityGroupRuleId.${index + 1}` });
        return rule;
      });
    } else {
      const permissions = readPermissions(params);
      const wanted = permissions.map(({ fields, prefix }) => ({
        draft: parsePermission(direction, fields, prefix),
        priorityGiven: (fields.Priority ?? "").trim() !== "",
      }));
      doomed = ofDirection.filter((rule) =>
        wanted.some(({ draft, priorityGiven }) => matchesPermission(rule, draft, priorityGiven)),
      );
    }
    if (doomed.length === 0) return {};
    await noteRuleChange(tx, group, rules, now);
    const doomedIds = new Set(doomed.map((rule) => rule.SecurityGroupRuleId));
    for (const id of doomedIds) await tx.objectStore("rules").delete(id);
    await storeCounters(
      tx,
      group,
      rules.filter((rule) => !doomedIds.has(rule.SecurityGroupRuleId)),
    );
    return {};
  });
}

/** Existing rule fields in request form, to merge a modification onto. */
function fieldsOf(rule: RuleRecord): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of RULE_FIELDS) {
    const value = rule[name];
    if (value !== undefined) fields[name] = String(value);
  }
  return fields;
}

function modify(direction: Direction) {
  return write(async ({ tx, params, now, accountId }) => {
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const ruleId = required(params, "SecurityGroupRuleId");
    const rules = await groupRules(tx, group.SecurityGroupId);
    const current = rules.find((rule) => rule.SecurityGroupRuleId === ruleId && rule.Direction === direction);
    if (!current) throw ecsError("InvalidSecurityGroupRuleId.NotFound", { field: "SecurityGroupRuleId" });

    const given = Object.fromEntries(Object.entries(flatFields(params)).filter(([, value]) => value !== ""));
    const { peer, narrow } = sidesOf(direction);
    const peerFields = [peer.cidr, peer.ipv6, peer.group, peer.owner, peer.prefixList] as const;
    const merged = fieldsOf(current);
    if (peerFields.some((name) => given[name] !== undefined)) {
      const probe = parsePermission(direction, {
        ...given,
        IpProtocol: current.IpProtocol,
        PortRange: current.PortRange,
      });
      if (peerKind(probe) !== peerKind(current)) {
        throw ecsError("InvalidOperation.ModifySgRuleEntityType", { field: peer.cidr });
      }
      for (const name of peerFields) delete merged[name];
    }
    const narrowGiven = given[narrow.cidr] ?? given[narrow.ipv6];
    if (narrowGiven !== undefined) {
      const currentFamily = current[narrow.cidr] ? narrow.cidr : current[narrow.ipv6] ? narrow.ipv6 : undefined;
      const givenFamily = given[narrow.cidr] !== undefined ? narrow.cidr : narrow.ipv6;
      if (currentFamily && currentFamily !== givenFamily) {
        throw ecsError("InvalidOperation.ModifySgRuleEntityType", { field: givenFamily });
      }
      delete merged[narrow.cidr];
      delete merged[narrow.ipv6];
    }
    if (given.NicType !== undefined && given.NicType.toLowerCase() !== current.NicType) {
      throw ecsError("InvalidOperation.ModifyNicType", { field: "NicType" });
    }
    const draft = parsePermission(direction, { ...merged, ...given });
    await checkRuleReferences(tx, group, draft, "", accountId);
    await checkPrefixListFamilyKept(tx, current, draft);
    const identity = ruleIdentity(draft);
    const twin = rules.find((rule) => rule.SecurityGroupRuleId !== ruleId && ruleIdentity(rule) === identity);
    if (twin) throw ecsError("InvalidOperation.RuleDuplicate", { args: [twin.SecurityGroupRuleId] });

    const weightDelta = (await ruleWeight(tx, draft)) - (await ruleWeight(tx, current));
    const groupRuleDelta = (referencedGroupId(draft) ? 1 : 0) - (referencedGroupId(current) ? 1 : 0);
    await checkRuleLimits(tx, group, weightDelta, groupRuleDelta);
    await noteRuleChange(tx, group, rules, now);
    const updated: RuleRecord = {
      ...draft,
      SecurityGroupRuleId: current.SecurityGroupRuleId,
      SecurityGroupId: current.SecurityGroupId,
      CreateTime: current.CreateTime,
      Seq: current.Seq,
    };
    await tx.objectStore("rules").put(updated);
    await storeCounters(
      tx,
      group,
      rules.map((rule) => (rule.SecurityGroupRuleId === ruleId ? updated : rule)),
    );
    return {};
  });
}

export const ruleActions = {
  AuthorizeSecurityGroup: authorize("ingress"),
  AuthorizeSecurityGroupEgress: authorize("egress"),
  RevokeSecurityGroup: revoke("ingress"),
  RevokeSecurityGroupEgress: revoke("egress"),
  ModifySecurityGroupRule: modify("ingress"),
  ModifySecurityGroupEgressRule: modify("egress"),

  /** RULE-6 */
  DescribeSecurityGroupAttribute: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const group = await findGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const direction = optional(params, "Direction") ?? "all";
    if (direction !== "ingress" && direction !== "egress" && direction !== "all") {
      throw ecsError("InvalidParameter", {
        args: ["Direction", "It must be ingress, egress or all."],
        field: "Direction",
      });
    }
    const nicType = optional(params, "NicType");
    if (nicType !== undefined && nicType !== "intranet" && nicType !== "internet") {
      throw ecsError("InvalidNicType.ValueNotSupported", { field: "NicType" });
    }
    const attribute = optional(params, "Attribute");
    if (attribute !== undefined && attribute !== "snapshotPolicyIds") {
      throw ecsError("InvalidParameter.AttributeNotSupported", { field: "Attribute" });
    }
    const page = readPageRequest(params, { maxResults: { min: 10, max: 1000, default: 500 } });
    const matching = (await groupRules(tx, group.SecurityGroupId)).filter(
      (rule) => direction === "all" || rule.Direction === direction,
    );
    const collected = pageOf(matching, page);
    const body = {
      RegionId: region.RegionId,
      SecurityGroupId: group.SecurityGroupId,
      SecurityGroupName: group.SecurityGroupName,
      Description: group.Description,
      VpcId: group.VpcId,
      InnerAccessPolicy: group.InnerAccessPolicy,
      NextToken: collected.nextToken(),
      Permissions: { Permission: await permissionViews(tx, collected.items) },
    };
    if (attribute !== "snapshotPolicyIds") return body;
    const policies = await tx.objectStore("snapshotPolicies").index("bySecurityGroup").getAll(group.SecurityGroupId);
    return {
      ...body,
      SnapshotPolicyIds: { SnapshotPolicyId: policies.map((policy) => policy.SnapshotPolicyId).sort() },
    };
  }),
} satisfies ActionTable;
