import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import {
  jsonStringArray,
  numberedList,
  numberedObjects,
  optional,
  optionalBool,
  required,
  requireRegion,
} from "../params";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { RulePolicy, SecurityGroupRecord, SecurityGroupType } from "../types";
import { BASIC_GROUP_IP_CAPACITY, ENTERPRISE_GROUP_ENI_CAPACITY, MAX_GROUP_IDS_PER_DESCRIBE } from "../validate/limits";
import { checkSecurityGroupDescription, checkSecurityGroupName } from "../validate/names";
import { type ActionTable, read, write } from "./context";
import { bumpGroupGeneration, regionGroupNames } from "./group-name-index";
import { assertGroupQuota } from "./group-quota";
import { assertNotManaged, findGroup, findWritableGroup } from "./lookup";
import { readPageRequest } from "./pagination";
import { SeqPage, seqRangeAfter } from "./seq-page";
import { matchesTags, readTags, tagsView } from "./tags";

function readGroupType(raw: string | undefined): SecurityGroupType {
  if (raw === undefined) return "normal";
  if (raw === "normal" || raw === "enterprise") return raw;
  throw ecsError("InvalidParams.GroupType", { field: "SecurityGroupType" });
}

export function groupView(group: SecurityGroupRecord) {
  return {
    SecurityGroupId: group.SecurityGroupId,
    SecurityGroupName: group.SecurityGroupName,
    Description: group.Description,
    SecurityGroupType: group.SecurityGroupType,
    VpcId: group.VpcId,
    CreationTime: group.CreationTime,
    ResourceGroupId: group.ResourceGroupId,
    ServiceManaged: group.ServiceManaged,
    // The real API sends ServiceID (a number) only for managed groups.
    ServiceID: group.ServiceManaged ? group.ServiceID : undefined,
    Tags: tagsView(group.Tags),
    RuleCount: group.RuleCount,
    GroupToGroupRuleCount: group.GroupToGroupRuleCount,
    EcsCount: group.EcsCount,
    AvailableInstanceAmount: Math.max(
      0,
      (group.SecurityGroupType === "enterprise" ? ENTERPRISE_GROUP_ENI_CAPACITY : BASIC_GROUP_IP_CAPACITY) -
        group.EcsCount,
    ),
  };
}

/** Creates a group record; shared by CreateSecurityGroup, the demo seed and cloning. */
export async function insertGroup(
  tx: Tx,
  fields: Pick<SecurityGroupRecord, "SecurityGroupId" | "RegionId" | "VpcId" | "SecurityGroupType"> &
    Partial<SecurityGroupRecord>,
  now: number,
): Promise<SecurityGroupRecord> {
  const group: SecurityGroupRecord = {
    SecurityGroupName: "",
    Description: "",
    CreationTime: formatEcsTime(now),
    InnerAccessPolicy: fields.SecurityGroupType === "enterprise" ? "Drop" : "Accept",
    ResourceGroupId: "",
    ServiceManaged: false,
    ServiceID: 0,
    DeletionProtection: false,
    Tags: [],
    RuleCount: 0,
    GroupToGroupRuleCount: 0,
    RuleWeight: 0,
    EcsCount: 0,
    ...fields,
    Seq: fields.Seq ?? (await nextSeq(tx)),
  };
  await tx.objectStore("securityGroups").add(group);
  await bumpGroupGeneration(tx);
  return group;
}

export const securityGroupActions = {
  /** SG-1: the API adds no rules; enterprise groups need a VPC; the region quota holds. */
  CreateSecurityGroup: write(async ({ tx, params, now, ids }) => {
    const region = requireRegion(params);
    const type = readGroupType(optional(params, "SecurityGroupType"));
    const name = optional(params, "SecurityGroupName") ?? "";
    if (name !== "") checkSecurityGroupName(name);
    const description = optional(params, "Description") ?? "";
    if (description !== "") checkSecurityGroupDescription(description);
    const tags = readTags(params);
    const vpcId = optional(params, "VpcId") ?? "";
    if (vpcId === "" && type === "enterprise") {
      throw ecsError("InvalidParams.VpcIdGroupType", { field: "VpcId" });
    }
    if (vpcId !== "") {
      const vpc = await tx.objectStore("vpcs").get(vpcId);
      if (!vpc || vpc.RegionId !== region.RegionId) throw ecsError("InvalidVpcId.NotFound", { field: "VpcId" });
    }
    await assertGroupQuota(tx, region.RegionId);
    const group = await insertGroup(
      tx,
      {
        SecurityGroupId: ids.next("sg", region.RegionId),
        RegionId: region.RegionId,
        VpcId: vpcId,
        SecurityGroupType: type,
        SecurityGroupName: name,
        Description: description,
        ResourceGroupId: optional(params, "ResourceGroupId") ?? "",
        Tags: tags,
      },
      now,
    );
    return { SecurityGroupId: group.SecurityGroupId };
  }),

  /** SG-4: filters and both pagination styles; an unknown id filter gives an empty list. */
  DescribeSecurityGroups: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const page = readPageRequest(params, { maxResults: { min: 1, max: 100, default: 10 } });
    const ids = jsonStringArray(params, "SecurityGroupIds");
    if (ids && ids.length > MAX_GROUP_IDS_PER_DESCRIBE) {
      throw ecsError("InvalidSecurityGroupId.Malformed", { variant: "tooMany", field: "SecurityGroupIds" });
    }
    const singleId = optional(params, "SecurityGroupId");
    const vpcId = optional(params, "VpcId");
    const name = optional(params, "SecurityGroupName");
    const fuzzy = optionalBool(params, "FuzzyQuery") ?? false;
    const typeFilter = optional(params, "SecurityGroupType");
    if (typeFilter !== undefined && typeFilter !== "normal" && typeFilter !== "enterprise") {
      throw ecsError("InvalidParameter.SecurityGroupType", { field: "SecurityGroupType" });
    }
    const networkType = optional(params, "NetworkType");
    const resourceGroupId = optional(params, "ResourceGroupId");
    const serviceManaged = optionalBool(params, "ServiceManaged");
    const tagFilters = numberedObjects(params, "Tag").map((entry) => ({
      TagKey: entry.Key ?? "",
      TagValue: entry.Value ?? "",
    }));
    const nameNeedle = name?.toLowerCase();

    const matches = (group: SecurityGroupRecord) =>
      group.RegionId === region.RegionId &&
      (singleId === undefined || group.SecurityGroupId === singleId) &&
      (vpcId === undefined || group.VpcId === vpcId) &&
      (nameNeedle === undefined ||
        (fuzzy ? group.SecurityGroupName.toLowerCase().includes(nameNeedle) : group.SecurityGroupName === name)) &&
      (typeFilter === undefined || group.SecurityGroupType === typeFilter) &&
      (networkType === undefined || (networkType === "classic") === (group.VpcId === "")) &&
      (resourceGroupId === undefined || group.ResourceGroupId === resourceGroupId) &&
      (serviceManaged === undefined || group.ServiceManaged === serviceManaged) &&
      matchesTags(group.Tags, tagFilters);

    const store = tx.objectStore("securityGroups");
    // Collects a page from records in Seq order; counts all matches only for the deprecated style.
    const collected = new SeqPage<SecurityGroupRecord>(page);
    const consider = (group: SecurityGroupRecord): boolean => !matches(group) || collected.offer(group);

    const explicitIds = singleId !== undefined ? [singleId] : ids;
    if (explicitIds) {
      const records = await Promise.all(explicitIds.map((id) => store.get(id)));
      const unique = new Map(records.filter((r) => r !== undefined).map((r) => [r.SecurityGroupId, r]));
      for (const group of [...unique.values()].sort((a, b) => a.Seq - b.Seq)) consider(group);
    } else if (name !== undefined && !fuzzy) {
      const records = await store.index("byRegionName").getAll([region.RegionId, name]);
      for (const group of records.sort((a, b) => a.Seq - b.Seq)) consider(group);
    } else if (nameNeedle !== undefined && vpcId === undefined) {
      // "Name contains": candidates from the in-memory name index, then the full filter on each.
      for (const entry of await regionGroupNames(tx, region.RegionId)) {
        if (entry.seq <= page.afterSeq || !entry.lowerName.includes(nameNeedle)) continue;
        const group = await store.get(entry.id);
        if (group && !consider(group)) break;
      }
    } else {
      const index = vpcId !== undefined ? store.index("byRegionVpc") : store.index("byRegion");
      const prefix = vpcId !== undefined ? [region.RegionId, vpcId] : [region.RegionId];
      let cursor = await index.openCursor(seqRangeAfter(prefix, page.afterSeq));
      while (cursor) {
        if (!consider(cursor.value)) break;
        cursor = await cursor.continue();
      }
    }

    return {
      RegionId: region.RegionId,
      SecurityGroups: { SecurityGroup: collected.items.map(groupView) },
      ...collected.pagingFields(),
    };
  }),

  /** SG-5 */
  ModifySecurityGroupAttribute: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const name = optional(params, "SecurityGroupName");
    if (name !== undefined) checkSecurityGroupName(name);
    const description = optional(params, "Description");
    if (description !== undefined) checkSecurityGroupDescription(description);
    if (name !== undefined && name !== group.SecurityGroupName) await bumpGroupGeneration(tx);
    await tx.objectStore("securityGroups").put({
      ...group,
      SecurityGroupName: name ?? group.SecurityGroupName,
      Description: description ?? group.Description,
    });
    return {};
  }),

  /** SG-7 (basic groups only; SG-3 refuses enterprise groups). */
  ModifySecurityGroupPolicy: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const raw = required(params, "InnerAccessPolicy").toLowerCase();
    if (raw !== "accept" && raw !== "drop") {
      throw ecsError("InvalidPolicy.Malformed", { variant: "inner", field: "InnerAccessPolicy" });
    }
    if (group.SecurityGroupType === "enterprise") {
      throw ecsError("InvalidParameter.InnerAccessPolicy", { field: "InnerAccessPolicy" });
    }
    const policy: RulePolicy = raw === "accept" ? "Accept" : "Drop";
    await tx.objectStore("securityGroups").put({ ...group, InnerAccessPolicy: policy });
    return {};
  }),

  /** SG-6: refused for members, references, managed groups and deletion protection. */
  DeleteSecurityGroup: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const group = await findGroup(
      tx,
      region.RegionId,
      required(params, "SecurityGroupId"),
      "InvalidSecurityGroup.NotFound",
    );
    assertNotManaged(group);
    if (group.DeletionProtection) {
      throw ecsError("InvalidOperation.DeletionProtection", { args: [group.SecurityGroupId] });
    }
    const members = await tx.objectStore("networkInterfaces").index("bySecurityGroup").count(group.SecurityGroupId);
    if (members > 0) throw ecsError("DependencyViolation");
    const referencing = await referencingGroupIds(tx, group.SecurityGroupId);
    if (referencing.length > 0) throw ecsError("DependencyViolation", { variant: "referenced" });

    const rules = tx.objectStore("rules");
    for (const ruleId of await rules.index("bySecurityGroup").getAllKeys(group.SecurityGroupId)) {
      await rules.delete(ruleId);
    }
    await tx.objectStore("securityGroups").delete(group.SecurityGroupId);
    await bumpGroupGeneration(tx);
    await tx.objectStore("pendingSnapshots").delete(group.SecurityGroupId);
    // Its snapshots could never be listed or restored again: they go with it.
    const snapshots = tx.objectStore("snapshots");
    for (const id of await snapshots.index("bySecurityGroup").getAllKeys(group.SecurityGroupId)) {
      await snapshots.delete(id);
    }
    const policies = tx.objectStore("snapshotPolicies");
    for (const policy of await policies.index("bySecurityGroup").getAll(group.SecurityGroupId)) {
      await policies.put({
        ...policy,
        SecurityGroupIds: policy.SecurityGroupIds.filter((id) => id !== group.SecurityGroupId),
      });
    }
    return {};
  }),

  /** SG-9: which other groups' rules reference each given group. */
  DescribeSecurityGroupReferences: read(async ({ tx, params, accountId }) => {
    const region = requireRegion(params);
    const groupIds = numberedList(params, "SecurityGroupId");
    if (groupIds.length === 0 || groupIds.length > 10) {
      throw ecsError("InvalidSecurityGroupId.Malformed", { variant: "references", field: "SecurityGroupId" });
    }
    const references = [];
    for (const groupId of groupIds) {
      const group = await tx.objectStore("securityGroups").get(groupId);
      if (!group || group.RegionId !== region.RegionId) {
        throw ecsError("InvalidSecurityGroupId.NotFound", { variant: "references", field: "SecurityGroupId" });
      }
      const referencing = await referencingGroupIds(tx, groupId);
      references.push({
        SecurityGroupId: groupId,
        ReferencingSecurityGroups: {
          ReferencingSecurityGroup: referencing.map((id) => ({ SecurityGroupId: id, AliUid: accountId })),
        },
      });
    }
    return { SecurityGroupReferences: { SecurityGroupReference: references } };
  }),
} satisfies ActionTable;

/** Other groups whose rules name `groupId` as source or destination. */
export async function referencingGroupIds(tx: Tx, groupId: string): Promise<string[]> {
  const rules = tx.objectStore("rules");
  const [asSource, asDest] = await Promise.all([
    rules.index("bySourceGroup").getAll(groupId),
    rules.index("byDestGroup").getAll(groupId),
  ]);
  const ids = new Set([...asSource, ...asDest].map((rule) => rule.SecurityGroupId));
  ids.delete(groupId);
  return [...ids].sort();
}
