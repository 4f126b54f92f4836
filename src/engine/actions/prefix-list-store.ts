import { ecsError } from "../errors/ecs-error";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { PrefixListRecord, SecurityGroupRecord } from "../types";

/** The prefix-list API writes times to the minute: `2021-02-20T07:11Z` (not the seconds of groups). */
export function formatPrefixListTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** A prefix list of the region, or InvalidPrefixListId.NotFound (lists of other regions do not exist here). */
export async function findPrefixList(
  tx: Tx,
  regionId: string,
  listId: string,
  field = "PrefixListId",
): Promise<PrefixListRecord> {
  const list = await tx.objectStore("prefixLists").get(listId);
  if (!list || list.RegionId !== regionId) throw ecsError("InvalidPrefixListId.NotFound", { field });
  return list;
}

/** Creates a prefix-list record; shared by CreatePrefixList and the demo seed. */
export async function insertPrefixList(
  tx: Tx,
  fields: Omit<PrefixListRecord, "Seq" | "CreationTime" | "ResourceGroupId" | "Tags"> & Partial<PrefixListRecord>,
  now: number,
): Promise<PrefixListRecord> {
  const list: PrefixListRecord = {
    ResourceGroupId: "",
    Tags: [],
    CreationTime: formatPrefixListTime(now),
    ...fields,
    Seq: fields.Seq ?? (await nextSeq(tx)),
  };
  await tx.objectStore("prefixLists").add(list);
  return list;
}

/** Ids of the groups whose rules use the list as source or destination (its associations, PL-2). */
export async function associatedGroupIds(tx: Tx, listId: string): Promise<Set<string>> {
  const rules = tx.objectStore("rules");
  const [asSource, asDest] = await Promise.all([
    rules.index("bySourcePrefixList").getAll(listId),
    rules.index("byDestPrefixList").getAll(listId),
  ]);
  return new Set([...asSource, ...asDest].map((rule) => rule.SecurityGroupId));
}

/** The associated groups in creation order. The rules keep only the list id, so the rule indexes are the truth. */
export async function associatedGroups(tx: Tx, listId: string): Promise<SecurityGroupRecord[]> {
  const ids = await associatedGroupIds(tx, listId);
  const groups = await Promise.all([...ids].map((id) => tx.objectStore("securityGroups").get(id)));
  return groups.filter((group) => group !== undefined).sort((a, b) => a.Seq - b.Seq);
}
