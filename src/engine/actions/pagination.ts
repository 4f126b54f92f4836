import { ecsError } from "../errors/ecs-error";
import { optional, optionalInt, type RequestParams } from "../params";

/**
 * NextToken pagination over a `[..., Seq]` index: the token is the Seq of the last item of the
 * previous page, so the next page starts with a keyed cursor seek instead of a scan.
 */
export function encodeToken(seq: number): string {
  return seq.toString(16).padStart(16, "0");
}

export function decodeToken(token: string): number {
  if (!/^[0-9a-f]{16}$/.test(token)) throw ecsError("InValidParameter.NextToken", { field: "NextToken" });
  return Number.parseInt(token, 16);
}

export interface PageRequest {
  style: "token" | "number";
  /** Items wanted on this page. */
  size: number;
  /** Seq to start after (token style). */
  afterSeq: number;
  /** Items to skip (number style). */
  skip: number;
  pageNumber: number;
}

/**
 * Reads MaxResults/NextToken or the deprecated PageNumber/PageSize (mixing both is refused).
 * `limits` carries the action's own bounds and default.
 */
export function readPageRequest(
  params: RequestParams,
  limits: { maxResults: { min: number; max: number; default: number }; pageSizeMax?: number },
): PageRequest {
  const hasToken = optional(params, "NextToken") !== undefined || optional(params, "MaxResults") !== undefined;
  const hasNumber = optional(params, "PageNumber") !== undefined || optional(params, "PageSize") !== undefined;
  if (hasToken && hasNumber) throw ecsError("NotSupported.PageNumberAndPageSize", { field: "PageNumber" });
  if (hasNumber) {
    const pageNumber = optionalInt(params, "PageNumber", { min: 1, max: 1_000_000 }) ?? 1;
    const size = optionalInt(params, "PageSize", { min: 1, max: limits.pageSizeMax ?? 50 }) ?? 10;
    return { style: "number", size, afterSeq: 0, skip: (pageNumber - 1) * size, pageNumber };
  }
  const maxResults = optional(params, "MaxResults");
  const size =
    maxResults === undefined
      ? limits.maxResults.default
      : (() => {
          const value = Number(maxResults);
          if (!/^\d+$/.test(maxResults) || value < limits.maxResults.min || value > limits.maxResults.max) {
            throw ecsError("InvalidParameter.MaxResults", {
              args: [String(limits.maxResults.min), String(limits.maxResults.max)],
              field: "MaxResults",
            });
          }
          return value;
        })();
  const token = optional(params, "NextToken");
  return { style: "token", size, afterSeq: token ? decodeToken(token) : 0, skip: 0, pageNumber: 1 };
}
