import { type PageSearch, pageSearchValues, readPageSearch } from "../../components/url-paging";

/**
 * What a compute list's URL holds: `?by=name&q=web&status=Running&vpc=…&size=20&token=…`.
 * Shared by the instance and network-interface lists; each maps it to its own API filters.
 */
export interface ListSearch extends PageSearch {
  by: string;
  text: string;
  status: string;
  vpc: string;
  type: string;
}

export function readListSearch(params: URLSearchParams, searchBys: readonly string[]): ListSearch {
  const by = params.get("by") ?? "";
  return {
    by: searchBys.includes(by) ? by : (searchBys[0] ?? ""),
    text: params.get("q")?.trim() ?? "",
    status: params.get("status") ?? "",
    vpc: params.get("vpc") ?? "",
    type: params.get("type") ?? "",
    ...readPageSearch(params),
  };
}

/** URL values of a search, defaults left out so the plain list has the plain URL. */
export function listSearchValues(search: ListSearch, defaultBy: string): Record<string, string | number | undefined> {
  return {
    by: search.text && search.by !== defaultBy ? search.by : undefined,
    q: search.text || undefined,
    status: search.status || undefined,
    vpc: search.vpc || undefined,
    type: search.type || undefined,
    ...pageSearchValues(search),
  };
}

export function hasFilters(search: ListSearch): boolean {
  return search.text !== "" || search.status !== "" || search.vpc !== "" || search.type !== "";
}

export function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
