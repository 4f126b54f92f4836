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

export interface ActionDefinition {
  mode: "readonly" | "readwrite";
  run(ctx: ActionContext): Promise<ResponseBody>;
}

export type ActionTable = Readonly<Record<string, ActionDefinition>>;

export const read = (run: ActionDefinition["run"]): ActionDefinition => ({ mode: "readonly", run });
export const write = (run: ActionDefinition["run"]): ActionDefinition => ({ mode: "readwrite", run });
