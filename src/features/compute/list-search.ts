/**
 * What a compute list's URL holds: `?by=name&q=web&status=Running&vpc=…&size=20&token=…`.
 * Shared by the instance and network-interface lists; each maps it to its own API filters.
 */
export interface ListSearch {
  by: string;
  text: string;
  status: string;
  vpc: string;
  type: string;
  size: number;
  token: string;
}

export const DEFAULT_PAGE_SIZE = 20;
const SIZES = new Set([10, 20, 50, 100]);

export function readListSearch(params: URLSearchParams, searchBys: readonly string[]): ListSearch {
  const by = params.get("by") ?? "";
  const size = Number(params.get("size"));
  return {
    by: searchBys.includes(by) ? by : (searchBys[0] ?? ""),
    text: params.get("q")?.trim() ?? "",
    status: params.get("status") ?? "",
    vpc: params.get("vpc") ?? "",
    type: params.get("type") ?? "",
    size: SIZES.has(size) ? size : DEFAULT_PAGE_SIZE,
    token: params.get("token") ?? "",
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
    size: search.size === DEFAULT_PAGE_SIZE ? undefined : search.size,
    token: search.token || undefined,
  };
}

export function hasFilters(search: ListSearch): boolean {
  return search.text !== "" || search.status !== "" || search.vpc !== "" || search.type !== "";
}

/** Tokens of the pages before this one, kept in history state so "Previous" needs no request. */
export function readTrail(state: unknown): string[] {
  if (typeof state !== "object" || state === null || !("trail" in state)) return [];
  const trail = (state as { trail: unknown }).trail;
  return Array.isArray(trail) ? trail.filter((item): item is string => typeof item === "string") : [];
}

export function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
