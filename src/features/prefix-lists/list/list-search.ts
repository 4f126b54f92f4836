import type { AddressFamily } from "../../../engine/types";
import type { PrefixListFilters } from "../api";

/** What the list's URL holds: `?by=name&q=office&family=IPv6&size=20&token=…`. */
export type SearchBy = "name" | "id";

export interface ListSearch {
  by: SearchBy;
  text: string;
  family: "" | AddressFamily;
  size: number;
  token: string;
}

export const DEFAULT_PAGE_SIZE = 20;
const SIZES = new Set([10, 20, 50, 100]);

export function readListSearch(params: URLSearchParams): ListSearch {
  const family = params.get("family");
  const size = Number(params.get("size"));
  return {
    by: params.get("by") === "id" ? "id" : "name",
    text: params.get("q")?.trim() ?? "",
    family: family === "IPv4" || family === "IPv6" ? family : "",
    size: SIZES.has(size) ? size : DEFAULT_PAGE_SIZE,
    token: params.get("token") ?? "",
  };
}

/** URL values of a search, defaults left out so the plain list has the plain URL. */
export function listSearchValues(search: ListSearch): Record<string, string | number | undefined> {
  return {
    by: search.text && search.by !== "name" ? search.by : undefined,
    q: search.text || undefined,
    family: search.family || undefined,
    size: search.size === DEFAULT_PAGE_SIZE ? undefined : search.size,
    token: search.token || undefined,
  };
}

/** DescribePrefixLists filters: the name filter is an exact match, as the API's is. */
export function toFilters(search: ListSearch): PrefixListFilters {
  return {
    name: search.by === "name" && search.text ? search.text : undefined,
    id: search.by === "id" && search.text ? search.text : undefined,
    family: search.family || undefined,
    size: search.size,
    token: search.token || undefined,
  };
}

export function hasFilters(search: ListSearch): boolean {
  return search.text !== "" || search.family !== "";
}
