import type { EcsAction } from "@/api/contract";
import { MAX_PREFIX_LISTS_PER_REGION } from "@/engine/validate";
import { q } from "../../api/queries";
import type { AddressFamily } from "../../engine/types";

/** Queries a prefix-list write can make stale: lists, entries, associations, and rules that show list names. */
export const PREFIX_LIST_WRITE_INVALIDATES: readonly EcsAction[] = [
  "DescribePrefixLists",
  "DescribePrefixListAttributes",
  "DescribePrefixListAssociations",
  "DescribeSecurityGroupAttribute",
];

export interface PrefixListFilters {
  name?: string;
  id?: string;
  family?: AddressFamily;
  size: number;
  token?: string;
}

/** One page of the region's lists (never the whole collection for the list page). */
export function prefixListPageQuery(regionId: string, filters: PrefixListFilters) {
  return q("DescribePrefixLists", {
    RegionId: regionId,
    MaxResults: filters.size,
    NextToken: filters.token,
    PrefixListName: filters.name,
    PrefixListId: filters.id ? [filters.id] : undefined,
    AddressFamily: filters.family,
  });
}

/**
 * Every list of the region, for the rule editor's picker and the quota weights: the region holds
 * at most 100, which is one page.
 */
export function regionPrefixListsQuery(regionId: string) {
  return q("DescribePrefixLists", {
    RegionId: regionId,
    MaxResults: MAX_PREFIX_LISTS_PER_REGION,
  });
}

/** One list as DescribePrefixLists shows it (with AssociationCount, which the attributes lack). */
export function prefixListSummaryQuery(regionId: string, prefixListId: string) {
  return q("DescribePrefixLists", {
    RegionId: regionId,
    PrefixListId: [prefixListId],
  });
}

/** The list with its entries. */
export function prefixListQuery(regionId: string, prefixListId: string) {
  return q("DescribePrefixListAttributes", {
    RegionId: regionId,
    PrefixListId: prefixListId,
  });
}

export function associationsQuery(regionId: string, prefixListId: string, page: { size: number; token?: string }) {
  return q("DescribePrefixListAssociations", {
    RegionId: regionId,
    PrefixListId: prefixListId,
    MaxResults: page.size,
    NextToken: page.token,
  });
}
