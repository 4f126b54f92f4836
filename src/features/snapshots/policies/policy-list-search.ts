/** What the policy list's URL holds: `?size=20&token=…` (a region holds few policies; no filters). */
export interface PolicyListSearch {
  size: number;
  token: string;
}

export const DEFAULT_POLICY_PAGE_SIZE = 20;
const SIZES = new Set([10, 20, 50, 100]);

export function readPolicyListSearch(params: URLSearchParams): PolicyListSearch {
  const size = Number(params.get("size"));
  return { size: SIZES.has(size) ? size : DEFAULT_POLICY_PAGE_SIZE, token: params.get("token") ?? "" };
}

export function policyListSearchValues(search: PolicyListSearch): Record<string, string | number | undefined> {
  return {
    size: search.size === DEFAULT_POLICY_PAGE_SIZE ? undefined : search.size,
    token: search.token || undefined,
  };
}
