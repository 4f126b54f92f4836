import { QueryClient, queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import { ApiError, callEcs } from "./client";
import type { EcsAction, ParamsOf } from "./contract";
import type { ParamObject } from "./wire";

/** PROTO-5: answers that say "try again later": reads are retried with growing waits. */
const RETRIED_CODES: ReadonlySet<string> = new Set(["Throttling.User", "ServiceUnavailable"]);
/** Retries after the first failure (so at most 1 + 3 calls), waiting 0.5, 1 then 2 s. */
export const MAX_READ_RETRIES = 3;

function retryRead(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && RETRIED_CODES.has(error.code) && failureCount < MAX_READ_RETRIES;
}

function backoff(failureCount: number): number {
  return Math.min(500 * 2 ** failureCount, 4_000);
}

/**
 * TanStack Query owns server state. One client for the app; route loaders prefetch through it so
 * pages render with their data, and writes invalidate through `invalidateAfterWrite`.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The API is in the page and only this tab writes through it: invalidation after writes
      // keeps data fresh, so a short stale time only saves refetches when going back and forth.
      staleTime: 15_000,
      // Writes are never retried (not safe to repeat); reads only for throttling and 503.
      retry: retryRead,
      retryDelay: backoff,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/** Query keys are `[Action, params]`, so `invalidateAction(Action)` reaches every page of it. */
export type EcsQueryKey = readonly [action: string, params: ParamObject];

/**
 * The one way to read from the API: `q("DescribeX", params)` types the response from the action
 * (src/api/contract.ts). `usePrefetchedQuery(q(...))` in components, `prefetch(q(...))` in loaders.
 */
export function q<A extends EcsAction>(action: A, params: ParamsOf<A>) {
  return queryOptions({
    queryKey: [action, params satisfies ParamObject] as EcsQueryKey,
    queryFn: () => callEcs(action, params),
  });
}

/** What `q` returns for a response type: for helpers that take any read. */
export type EcsQuery<T> = ReturnType<typeof queryOptions<T, Error, T, EcsQueryKey>>;

/** Loader helper: the query's data, from the cache while fresh, else fetched now (before render). */
export function prefetch<T>(options: EcsQuery<T>): Promise<T> {
  return queryClient.fetchQuery(options);
}

/**
 * Reads a query a route loader already fetched. The data is there on first render; a refetch
 * after invalidation keeps showing the previous data instead of a spinner.
 */
export function usePrefetchedQuery<T>(options: EcsQuery<T>): T {
  const { data, error } = useQuery({ ...options, placeholderData: (previous) => previous });
  if (data !== undefined) return data;
  if (error) throw error;
  throw new Error(`${options.queryKey[0]} was not prefetched by the route loader`);
}

export function invalidateAction(action: EcsAction): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [action] });
}

/** Whether a query's parameters name a resource id (`SecurityGroupId: "sg-…"`, or in a list). */
function mentions(queryKey: readonly unknown[], resourceId: string): boolean {
  return JSON.stringify(queryKey[1] ?? {}).includes(JSON.stringify(resourceId));
}

/**
 * After a write: refetch what it may have changed. With no list, every ECS query is marked
 * stale (only the ones on screen refetch), which is the safe default for pages that copy this.
 * `except`: a deleted resource, whose own queries would now answer NotFound.
 */
export async function invalidateAfterWrite(
  actions?: readonly EcsAction[],
  { except }: { except?: string } = {},
): Promise<void> {
  await queryClient.invalidateQueries({
    predicate: (query) =>
      (actions === undefined || actions.some((action) => action === query.queryKey[0])) &&
      (except === undefined || !mentions(query.queryKey, except)),
  });
}

/** After a delete, once no page shows the resource: drop its cached queries. */
export function forgetQueriesAbout(resourceId: string): void {
  queryClient.removeQueries({ predicate: (query) => mentions(query.queryKey, resourceId) });
}

/**
 * After a successful delete, in this order: refresh what it changed (not the resource's own
 * queries, which would answer NotFound), leave any page showing it (`leave`), then drop its queries.
 */
export async function afterDelete(
  resourceId: string,
  leave?: () => Promise<void> | void,
  actions?: readonly EcsAction[],
): Promise<void> {
  await invalidateAfterWrite(actions, { except: resourceId });
  await leave?.();
  forgetQueriesAbout(resourceId);
}

/** What a write may have made stale, said once next to the write. */
export interface WriteEffects {
  /** The reads it may change (all ECS reads when left out; `[]` for none). */
  invalidates?: readonly EcsAction[];
  /** The resource it deletes: on success, leave its page (`leave`), then forget its reads (afterDelete). */
  deletes?: { id: string; leave?: () => Promise<void> | void };
}

/**
 * The one write path: runs `write` (one call, or a few for console flows such as "create an
 * enterprise group with its outbound rules"), then refreshes what it may have changed, whether
 * it succeeded or failed part-way. `useEcsMutation` (forms, buttons) and `confirmAction`
 * (writes behind "are you sure?") both run their writes through it; no caller invalidates by hand.
 */
export async function runWrite<T>(write: () => Promise<T>, effects: WriteEffects = {}): Promise<T> {
  const { invalidates, deletes } = effects;
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await invalidateAfterWrite(invalidates, { except: deletes?.id });
    throw error;
  }
  if (deletes) await afterDelete(deletes.id, deletes.leave, invalidates);
  else await invalidateAfterWrite(invalidates);
  return result;
}

/** A write from a component (a form's submit, a button): a mutation whose function runs through `runWrite`. */
export function useEcsMutation<TVariables, TResult>(
  write: (variables: TVariables) => Promise<TResult>,
  effects: WriteEffects = {},
) {
  return useMutation({ mutationFn: (variables: TVariables) => runWrite(() => write(variables), effects) });
}
