import type { GroupListFilters } from "../api";

/** What the list's URL holds: `?by=name&q=prod&vpc=…&type=…&size=20&token=…`. */
export type SearchBy = "name" | "id" | "tag";

export interface ListSearch {
  by: SearchBy;
  text: string;
  vpc: string;
  type: "" | "normal" | "enterprise";
  size: number;
  token: string;
}

export const DEFAULT_PAGE_SIZE = 20;
const SIZES = new Set([10, 20, 50, 100]);

export function readListSearch(params: URLSearchParams): ListSearch {
  const by = params.get("by");
  const type = params.get("type");
  const size = Number(params.get("size"));
  return {
    by: by === "id" || by === "tag" ? by : "name",
    text: params.get("q")?.trim() ?? "",
    vpc: params.get("vpc") ?? "",
    type: type === "normal" || type === "enterprise" ? type : "",
    size: SIZES.has(size) ? size : DEFAULT_PAGE_SIZE,
    token: params.get("token") ?? "",
  };
}

/** URL values of a search, defaults left out so the plain list has the plain URL. */
export function listSearchValues(search: ListSearch): Record<string, string | number | undefined> {
  return {
    by: search.text && search.by !== "name" ? search.by : undefined,
    q: search.text || undefined,
    vpc: search.vpc || undefined,
    type: search.type || undefined,
    size: search.size === DEFAULT_PAGE_SIZE ? undefined : search.size,
    token: search.token || undefined,
  };
}

export function toFilters(search: ListSearch): GroupListFilters {
  const [tagKey, ...rest] = search.by === "tag" ? search.text.split("=") : [];
  return {
    name: search.by === "name" && search.text ? search.text : undefined,
    id: search.by === "id" && search.text ? search.text : undefined,
    tagKey: tagKey?.trim() || undefined,
    tagValue: rest.length > 0 ? rest.join("=").trim() : undefined,
    vpcId: search.vpc || undefined,
    type: search.type || undefined,
    size: search.size,
    token: search.token || undefined,
  };
}

export function hasFilters(search: ListSearch): boolean {
  return search.text !== "" || search.vpc !== "" || search.type !== "";
}

/** Tokens of the pages before this one, kept in history state so "Previous" needs no request. */
export function readTrail(state: unknown): string[] {
  if (typeof state !== "object" || state === null || !("trail" in state)) return [];
  const trail = (state as { trail: unknown }).trail;
  return Array.isArray(trail) ? trail.filter((item): item is string => typeof item === "string") : [];
}
