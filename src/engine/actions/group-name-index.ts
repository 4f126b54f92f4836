import type { Tx } from "../store/workspace-db";
import { regionSeqRange } from "./seq-page";

/**
 * A compact in-memory index of group names per region, for the console's "name contains" search
 * (FuzzyQuery), which an IndexedDB index cannot answer: a substring scan of 10,000 records
 * through a cursor costs tens of milliseconds, a scan of this array well under one.
 *
 * It is valid while the workspace's group generation (meta "groupsGeneration", bumped by every
 * write that adds, renames or removes a group, in any tab) is the one it was built at.
 */
interface NameEntry {
  id: string;
  lowerName: string;
  seq: number;
}

interface RegionNames {
  generation: number;
  entries: NameEntry[];
}

const GENERATION_KEY = "groupsGeneration";
const cache = new WeakMap<object, Map<string, RegionNames>>();

export async function readGroupGeneration(tx: Tx): Promise<number> {
  const entry = await tx.objectStore("meta").get(GENERATION_KEY);
  return typeof entry?.value === "number" ? entry.value : 0;
}

/** Call in the transaction of every write that adds, renames or removes security groups. */
export async function bumpGroupGeneration(tx: Tx): Promise<void> {
  await tx.objectStore("meta").put({ key: GENERATION_KEY, value: (await readGroupGeneration(tx)) + 1 });
}

/**
 * After the workspace was replaced (reset or import), moves the generation past both the old one
 * and whatever the new content carries, so no cache built before can match.
 */
export async function renewGroupGeneration(tx: Tx, before: number): Promise<void> {
  const after = await readGroupGeneration(tx);
  await tx.objectStore("meta").put({ key: GENERATION_KEY, value: Math.max(before, after) + 1 });
}

/** The region's groups as (id, lower-case name, Seq), in Seq order. */
export async function regionGroupNames(tx: Tx, regionId: string): Promise<readonly NameEntry[]> {
  const generation = await readGroupGeneration(tx);
  let regions = cache.get(tx.db);
  if (!regions) {
    regions = new Map();
    cache.set(tx.db, regions);
  }
  const cached = regions.get(regionId);
  if (cached && cached.generation === generation) return cached.entries;
  const groups = await tx.objectStore("securityGroups").index("byRegion").getAll(regionSeqRange(regionId, 0));
  const entries = groups.map((group) => ({
    id: group.SecurityGroupId,
    lowerName: group.SecurityGroupName.toLowerCase(),
    seq: group.Seq,
  }));
  regions.set(regionId, { generation, entries });
  return entries;
}
