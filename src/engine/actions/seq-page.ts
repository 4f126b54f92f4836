import type { RequestParams } from "../params";
import { encodeToken, type PageRequest } from "./pagination";

/**
 * Collects one page of records offered in Seq order (creation order), for either pagination
 * style. `offer` returns false once the page is full and nothing more is needed (token style
 * stops at the first record past the page; number style counts every match for TotalCount).
 */
export class SeqPage<T extends { Seq: number }> {
  readonly items: T[] = [];
  private total = 0;
  private more = false;

  constructor(private readonly page: PageRequest) {}

  offer(record: T): boolean {
    if (record.Seq <= this.page.afterSeq) return true;
    this.total++;
    if (this.total <= this.page.skip) return true;
    if (this.items.length < this.page.size) {
      this.items.push(record);
      return true;
    }
    this.more = true;
    return this.page.style === "number";
  }

  /** NextToken (token style) or TotalCount, PageNumber and PageSize (deprecated style). */
  pagingFields(): Record<string, unknown> {
    if (this.page.style === "number") {
      return { TotalCount: this.total, PageNumber: this.page.pageNumber, PageSize: this.page.size };
    }
    const last = this.items.at(-1);
    return { NextToken: this.more && last ? encodeToken(last.Seq) : "" };
  }
}

/** Actions whose MaxResults the real API clamps into its range instead of refusing. */
export function clampMaxResults(params: RequestParams, min: number, max: number): RequestParams {
  const raw = params.MaxResults;
  if (raw === undefined || !/^\d+$/.test(raw)) return params;
  return { ...params, MaxResults: String(Math.min(max, Math.max(min, Number(raw)))) };
}

export function regionSeqRange(regionId: string, afterSeq: number): IDBKeyRange {
  return IDBKeyRange.bound([regionId, afterSeq], [regionId, Number.MAX_SAFE_INTEGER], true, false);
}
