import type { IdGenerator } from "../ids";
import type { Tx } from "../store/workspace-db";
import { enabledPoliciesOf, takeSnapshot } from "./snapshot-take";

/** Keys up to and including `now` on a numeric index. */
const dueBy = (now: number) => IDBKeyRange.upperBound(now);

/** Cheap check (two index counts) whether runDueWork has anything to do at `now`. */
export async function hasDueWork(tx: Tx, now: number): Promise<boolean> {
  const pending = await tx.objectStore("pendingSnapshots").index("byDue").count(dueBy(now));
  if (pending > 0) return true;
  return (await tx.objectStore("snapshots").index("byExpiry").count(dueBy(now))) > 0;
}

/**
 * SNAP-3: the scheduled work that fell due by `now`, run at the start of an action. Each pending
 * snapshot becomes one snapshot per enabled policy covering the group (with that policy's
 * retention), dated when it fell due, not when the engine got to it: the page may have been
 * closed meanwhile. Then snapshots past their retention are deleted.
 */
export async function runDueWork(tx: Tx, now: number, ids: IdGenerator): Promise<void> {
  const pendingStore = tx.objectStore("pendingSnapshots");
  const due = await pendingStore.index("byDue").getAll(dueBy(now));
  for (const pending of due.sort((a, b) => a.DueAt - b.DueAt)) {
    await pendingStore.delete(pending.SecurityGroupId);
    const group = await tx.objectStore("securityGroups").get(pending.SecurityGroupId);
    if (!group) continue;
    // A policy disabled or dissociated during the window takes nothing.
    for (const policy of await enabledPoliciesOf(tx, group.SecurityGroupId)) {
      await takeSnapshot(
        tx,
        ids,
        policy,
        {
          SecurityGroupId: group.SecurityGroupId,
          RegionId: group.RegionId,
          InnerAccessPolicy: pending.InnerAccessPolicy,
          Rules: pending.Rules,
        },
        pending.DueAt,
      );
    }
  }
  const snapshots = tx.objectStore("snapshots");
  for (const snapshotId of await snapshots.index("byExpiry").getAllKeys(dueBy(now))) {
    await snapshots.delete(snapshotId);
  }
}
