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

  /** The token of the next page: the Seq of this page's last item, "" when nothing follows. */
  nextToken(): string {
    const last = this.items.at(-1);
    return this.more && last ? encodeToken(last.Seq) : "";
  }

  /** NextToken (token style) or TotalCount, PageNumber and PageSize (deprecated style). */
  pagingFields(): PagingFields {
    if (this.page.style === "number") {
      return { TotalCount: this.total, PageNumber: this.page.pageNumber, PageSize: this.page.size };
    }
    return { NextToken: this.nextToken() };
  }
}

/** The paging part of a list response: one style or the other, as the request asked. */
export type PagingFields = { NextToken?: string; TotalCount?: number; PageNumber?: number; PageSize?: number };

/** One page of records already in Seq order (read whole from an index, filtered in memory). */
export function pageOf<T extends { Seq: number }>(sorted: Iterable<T>, page: PageRequest): SeqPage<T> {
  const collected = new SeqPage<T>(page);
  for (const record of sorted) if (!collected.offer(record)) break;
  return collected;
}

/** Actions whose MaxResults the real API clamps into its range instead of refusing. */
export function clampMaxResults(params: RequestParams, min: number, max: number): RequestParams {
  const raw = params.MaxResults;
  if (raw === undefined || !/^\d+$/.test(raw)) return params;
  return { ...params, MaxResults: String(Math.min(max, Math.max(min, Number(raw)))) };
}

/** The keys of a `[...prefix, Seq]` index after `afterSeq`, e.g. `[RegionId, Seq]` or `[RegionId, VpcId, Seq]`. */
export function seqRangeAfter(prefix: readonly string[], afterSeq: number): IDBKeyRange {
  return IDBKeyRange.bound([...prefix, afterSeq], [...prefix, Number.MAX_SAFE_INTEGER], true, false);
}

export function regionSeqRange(regionId: string, afterSeq: number): IDBKeyRange {
  return seqRangeAfter([regionId], afterSeq);
}
