import { PAGE_SIZES } from "./TokenPager";

/**
 * Token paging of a list whose search lives in the URL (`?size=20&token=…`): the page's token
 * in the URL, the tokens of the pages before it in history state (so "Previous" needs no request).
 */
export interface PageSearch {
  size: number;
  token: string;
}

export const DEFAULT_PAGE_SIZE = 20;

export function readPageSearch(params: URLSearchParams): PageSearch {
  const size = Number(params.get("size"));
  return {
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    token: params.get("token") ?? "",
  };
}

/** URL values of the page part, defaults left out so the first page has the plain URL. */
export function pageSearchValues(search: PageSearch): { size: number | undefined; token: string | undefined } {
  return {
    size: search.size === DEFAULT_PAGE_SIZE ? undefined : search.size,
    token: search.token || undefined,
  };
}

/** Tokens of the pages before this one, from history state. */
export function readTrail(state: unknown): string[] {
  if (typeof state !== "object" || state === null || !("trail" in state)) return [];
  const trail = (state as { trail: unknown }).trail;
  return Array.isArray(trail) ? trail.filter((item): item is string => typeof item === "string") : [];
}
