import { type PageSearch, pageSearchValues, readPageSearch } from "../../../components/url-paging";
import type { AddressFamily } from "../../../engine/types";
import type { PrefixListFilters } from "../api";

/** What the list's URL holds: `?by=name&q=office&family=IPv6&size=20&token=…`. */
export type SearchBy = "name" | "id";

export interface ListSearch extends PageSearch {
  by: SearchBy;
  text: string;
  family: "" | AddressFamily;
}

export function readListSearch(params: URLSearchParams): ListSearch {
  const family = params.get("family");
  return {
    by: params.get("by") === "id" ? "id" : "name",
    text: params.get("q")?.trim() ?? "",
    family: family === "IPv4" || family === "IPv6" ? family : "",
    ...readPageSearch(params),
  };
}

/** URL values of a search, defaults left out so the plain list has the plain URL. */
export function listSearchValues(search: ListSearch): Record<string, string | number | undefined> {
  return {
    by: search.text && search.by !== "name" ? search.by : undefined,
    q: search.text || undefined,
    family: search.family || undefined,
    ...pageSearchValues(search),
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
