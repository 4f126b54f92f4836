import type { IdGenerator } from "../ids";
import type { RequestParams } from "../params";
import type { Tx } from "../store/workspace-db";

/** What an action sees: its transaction, its parameters, and the engine's time and ids. */
export interface ActionContext {
  tx: Tx;
  params: RequestParams;
  /** The engine clock at the start of the action (ms), fast-forward included. */
  now: number;
  ids: IdGenerator;
  /** The simulated account (AliUid) that owns the workspace. */
  accountId: string;
}

/** A response body without RequestId (the API layer adds it), in the API's PascalCase. */
export type ResponseBody = Record<string, unknown>;

/** `R`: the response the action builds, so that src/api/contract.ts can type each call by it. */
export interface ActionDefinition<R extends ResponseBody = ResponseBody> {
  mode: "readonly" | "readwrite";
  run(ctx: ActionContext): Promise<R>;
}

export type ActionTable = Readonly<Record<string, ActionDefinition>>;

/**
 * Tables are declared `{ ... } satisfies ActionTable`, never `: ActionTable`: the annotation
 * would erase each action's response type, which the contract reads from the table.
 */
export const read = <R extends ResponseBody>(run: (ctx: ActionContext) => Promise<R>): ActionDefinition<R> => ({
  mode: "readonly",
  run,
});
export const write = <R extends ResponseBody>(run: (ctx: ActionContext) => Promise<R>): ActionDefinition<R> => ({
  mode: "readwrite",
  run,
});
