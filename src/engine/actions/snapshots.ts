import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import { numberedList, optional, type RequestParams, required, requireRegion } from "../params";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { SecurityGroupRecord, SnapshotPolicyRecord } from "../types";
import { DEFAULT_RETENTION_DAYS, MAX_GROUPS_PER_POLICY } from "../validate/limits";
import {
  checkBucketName,
  checkSnapshotPolicyName,
  defaultBucketName,
  parseRetentionDays,
  parseSnapshotPolicyStatus,
} from "../validate/snapshot-policy";
import { type ActionTable, read, write } from "./context";
import { findGroup, findWritableGroup, managedServiceName } from "./lookup";
import { readPageRequest } from "./pagination";
import { groupRules } from "./rules";
import { pageOf, regionSeqRange } from "./seq-page";
import { restoreSnapshot } from "./snapshot-restore";
import { takeSnapshot } from "./snapshot-take";
import { snapshotPolicyView, snapshotView } from "./snapshot-views";

/** SNAP-2: groups one policy may cover. */

/**
 * The policy named by SnapshotPolicyId. RegionId is optional on the actions that name a policy
 * (SPEC 11 lists only the policy id); when given, the policy must live there.
 */
async function findPolicy(tx: Tx, params: RequestParams): Promise<SnapshotPolicyRecord> {
  const regionId = optional(params, "RegionId") === undefined ? undefined : requireRegion(params).RegionId;
  const policy = await tx.objectStore("snapshotPolicies").get(required(params, "SnapshotPolicyId"));
  if (!policy || (regionId !== undefined && policy.RegionId !== regionId)) {
    throw ecsError("InvalidSnapshotPolicyId.NotFound", { field: "SnapshotPolicyId" });
  }
  return policy;
}

/** `SecurityGroupId.N`, duplicates dropped, each with the parameter name errors point at. */
function readGroupIds(params: RequestParams): Array<{ id: string; field: string }> {
  const ids = numberedList(params, "SecurityGroupId");
  if (ids.length === 0) throw ecsError("MissingParameter", { args: ["SecurityGroupId.N"], field: "SecurityGroupId.1" });
  const seen = new Set<string>();
  const result: Array<{ id: string; field: string }> = [];
  ids.forEach((id, index) => {
    if (!seen.has(id)) result.push({ id, field: `SecurityGroupId.${index + 1}` });
    seen.add(id);
  });
  return result;
}

/** A group a policy may cover: in the policy's region and not managed by a cloud service. */
async function findCoverableGroup(
  tx: Tx,
  policy: SnapshotPolicyRecord,
  { id, field }: { id: string; field: string },
): Promise<SecurityGroupRecord> {
  const group = await findGroup(tx, policy.RegionId, id, "InvalidSecurityGroupId.NotFound", field);
  // Managed groups cannot be restored (SG-8), so covering them would only collect dead snapshots.
  if (group.ServiceManaged) {
    throw ecsError("InvalidOperation.ResourceManagedByCloudProduct", {
      args: [managedServiceName(group.ServiceID)],
      field,
    });
  }
  return group;
}

export const snapshotActions = {
  /** SNAP-1 */
  CreateSecurityGroupSnapshotPolicy: write(async ({ tx, params, now, ids, accountId }) => {
    const region = requireRegion(params);
    const name = required(params, "SnapshotPolicyName");
    checkSnapshotPolicyName(name);
    const status = optional(params, "Status");
    const retention = optional(params, "RetentionDays");
    const bucket = optional(params, "BucketName");
    if (bucket !== undefined) checkBucketName(bucket);
    const policy: SnapshotPolicyRecord = {
      SnapshotPolicyId: ids.next("sgsp", region.RegionId),
      RegionId: region.RegionId,
      SnapshotPolicyName: name,
      Status: status === undefined ? "Enabled" : parseSnapshotPolicyStatus(status),
      RetentionDays: retention === undefined ? DEFAULT_RETENTION_DAYS : parseRetentionDays(retention),
      BucketName: bucket ?? defaultBucketName(accountId, region.RegionId),
      SecurityGroupIds: [],
      CreationTime: formatEcsTime(now),
      Seq: await nextSeq(tx),
    };
    await tx.objectStore("snapshotPolicies").add(policy);
    return { SnapshotPolicyId: policy.SnapshotPolicyId };
  }),

  /** SNAP-1: a new retention applies to snapshots taken from now on (project decision). */
  ModifySecurityGroupSnapshotPolicy: write(async ({ tx, params }) => {
    const policy = await findPolicy(tx, params);
    const name = optional(params, "SnapshotPolicyName");
    if (name !== undefined) checkSnapshotPolicyName(name);
    const status = optional(params, "Status");
    const retention = optional(params, "RetentionDays");
    const bucket = optional(params, "BucketName");
    if (bucket !== undefined) checkBucketName(bucket);
    await tx.objectStore("snapshotPolicies").put({
      ...policy,
      SnapshotPolicyName: name ?? policy.SnapshotPolicyName,
      Status: status === undefined ? policy.Status : parseSnapshotPolicyStatus(status),
      RetentionDays: retention === undefined ? policy.RetentionDays : parseRetentionDays(retention),
      BucketName: bucket ?? policy.BucketName,
    });
    return {};
  }),

  /** SNAP-1: the policy's snapshots stay until they expire (project decision). */
  DeleteSecurityGroupSnapshotPolicy: write(async ({ tx, params }) => {
    const policy = await findPolicy(tx, params);
    await tx.objectStore("snapshotPolicies").delete(policy.SnapshotPolicyId);
    return {};
  }),

  /** SNAP-1: the region's policies in creation order; optional filters by policy and by group. */
  DescribeSecurityGroupSnapshotPolicies: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const page = readPageRequest(params, { maxResults: { min: 1, max: 100, default: 10 } });
    const policyId = optional(params, "SnapshotPolicyId");
    const groupId = optional(params, "SecurityGroupId");
    // A region holds few policies: one bounded index read, filtered in memory.
    const policies = await tx
      .objectStore("snapshotPolicies")
      .index("byRegion")
      .getAll(regionSeqRange(region.RegionId, page.afterSeq));
    const matching = policies.filter(
      (policy) =>
        (policyId === undefined || policy.SnapshotPolicyId === policyId) &&
        (groupId === undefined || policy.SecurityGroupIds.includes(groupId)),
    );
    const collected = pageOf(matching, page);
    return {
      RegionId: region.RegionId,
      SnapshotPolicies: { SnapshotPolicy: collected.items.map(snapshotPolicyView) },
      ...collected.pagingFields(),
    };
  }),

  /**
   * SNAP-2: at most 10 groups per policy; each newly covered group gets a snapshot at once, when
   * the policy is enabled (seed doc: snapshots are taken only while the policy is enabled).
   */
  AssociateSecurityGroupSnapshotPolicy: write(async ({ tx, params, now, ids }) => {
    const policy = await findPolicy(tx, params);
    const fresh: SecurityGroupRecord[] = [];
    for (const wanted of readGroupIds(params)) {
      const group = await findCoverableGroup(tx, policy, wanted);
      if (!policy.SecurityGroupIds.includes(group.SecurityGroupId)) fresh.push(group);
    }
    if (policy.SecurityGroupIds.length + fresh.length > MAX_GROUPS_PER_POLICY) {
      throw ecsError("QuotaExceed.SecurityGroupPerPolicy", { field: "SecurityGroupId" });
    }
    if (fresh.length === 0) return {};
    const updated = {
      ...policy,
      SecurityGroupIds: [...policy.SecurityGroupIds, ...fresh.map((g) => g.SecurityGroupId)],
    };
    await tx.objectStore("snapshotPolicies").put(updated);
    if (updated.Status === "Enabled") {
      for (const group of fresh) {
        const content = { ...group, Rules: await groupRules(tx, group.SecurityGroupId) };
        await takeSnapshot(tx, ids, updated, content, now);
      }
    }
    return {};
  }),

  /** SNAP-2: an open 5-minute window stays; when it falls due only enabled covering policies take a snapshot. */
  DisassociateSecurityGroupSnapshotPolicy: write(async ({ tx, params }) => {
    const policy = await findPolicy(tx, params);
    const leaving = readGroupIds(params);
    for (const { id, field } of leaving) {
      if (!policy.SecurityGroupIds.includes(id)) {
        throw ecsError("InvalidOperation.SecurityGroupNotAssociated", { args: [id, policy.SnapshotPolicyId], field });
      }
    }
    const leavingIds = new Set(leaving.map(({ id }) => id));
    await tx.objectStore("snapshotPolicies").put({
      ...policy,
      SecurityGroupIds: policy.SecurityGroupIds.filter((id) => !leavingIds.has(id)),
    });
    return {};
  }),

  /** SNAP-4: a group's snapshots, newest first, rules in the DescribeSecurityGroupAttribute view. */
  DescribeSecurityGroupSnapshots: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const group = await findGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const snapshots = await tx.objectStore("snapshots").index("bySecurityGroup").getAll(group.SecurityGroupId);
    snapshots.sort((a, b) => b.CreationTime.localeCompare(a.CreationTime) || b.Seq - a.Seq);
    const views = [];
    for (const snapshot of snapshots) views.push(await snapshotView(tx, snapshot));
    return { RegionId: region.RegionId, SecurityGroupId: group.SecurityGroupId, Snapshots: { Snapshot: views } };
  }),

  /** SNAP-4: all rules replaced at once by the snapshot's; refused for managed groups (SG-8). */
  RestoreSecurityGroupSnapshot: write(async ({ tx, params, now, accountId }) => {
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const snapshot = await tx.objectStore("snapshots").get(required(params, "SnapshotId"));
    if (!snapshot || snapshot.SecurityGroupId !== group.SecurityGroupId) {
      throw ecsError("InvalidSnapshotId.NotFound", { field: "SnapshotId" });
    }
    await restoreSnapshot(tx, group, snapshot, { now, accountId });
    return {};
  }),
} satisfies ActionTable;
