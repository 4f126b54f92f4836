import { keepPreviousData, useQueries } from "@tanstack/react-query";
import type { SecurityGroup } from "@/api/types";
import { prefetch } from "../../api/queries";
import { groupsByIdsQueries } from "./api";

/** Loader helper: the groups named on a page, fetched before it renders (one request per 100). */
export async function prefetchGroupsByIds(regionId: string, groupIds: readonly string[]): Promise<void> {
  await Promise.all(groupsByIdsQueries(regionId, groupIds).map((query) => prefetch(query)));
}

/**
 * The groups with these ids, by id. A group missing from the map is still loading, or was
 * deleted; callers show its id then.
 */
export function useGroupsByIds(regionId: string, groupIds: readonly string[]): ReadonlyMap<string, SecurityGroup> {
  const results = useQueries({
    // While a changed set loads, the previous answer keeps names on screen (no flicker to ids).
    queries: groupsByIdsQueries(regionId, groupIds).map((query) => ({ ...query, placeholderData: keepPreviousData })),
  });
  const byId = new Map<string, SecurityGroup>();
  for (const result of results) {
    for (const group of result.data?.SecurityGroups.SecurityGroup ?? []) byId.set(group.SecurityGroupId, group);
  }
  return byId;
}
