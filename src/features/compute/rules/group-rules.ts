import { useQueries } from "@tanstack/react-query";
import { groupRulesQuery } from "@/api/shared-reads";
import { prefetch } from "../../../api/queries";

/**
 * Loader helper: the rules of every group of an interface, one DescribeSecurityGroupAttribute
 * (MaxResults=1000, both directions) per group, all in parallel (never one request per rule).
 */
export async function prefetchGroupRules(regionId: string, groupIds: readonly string[]): Promise<void> {
  await Promise.all(groupIds.map((groupId) => prefetch(groupRulesQuery(regionId, groupId))));
}

/** The rules of these groups, in the same order (undefined while one is loading). */
export function useGroupRules(regionId: string, groupIds: readonly string[]) {
  return useQueries({ queries: groupIds.map((groupId) => groupRulesQuery(regionId, groupId)) });
}
