import { EAGER_ACTIONS, LAZY_ACTIONS } from "./actions";
import type { ActionDefinition, ActionTable, ResponseBody } from "./actions/context";
import { hasDueWork, runDueWork } from "./actions/snapshot-schedule";
import type { Clock } from "./clock";
import { ecsError } from "./errors/ecs-error";
import type { IdGenerator } from "./ids";
import type { RequestParams } from "./params";
import { isInitialised, readApiSetting, readClockOffset, writeApiSetting } from "./store/meta";
import { inTransaction, type Tx, type WorkspaceDb } from "./store/workspace-db";

export interface EngineOptions {
  db: WorkspaceDb;
  clock: Clock;
  ids: IdGenerator;
  accountId?: string;
}

export interface Engine {
  /** Runs one action in one transaction: all of it happens, or none of it. */
  dispatch(action: string, params: RequestParams): Promise<ResponseBody>;
  requestId(): string;
  /** Seeds the demo data the first time a workspace is opened (a fresh IndexedDB). */
  initialise(preset?: "demo" | "empty"): Promise<void>;
  /** Committed read-write transactions so far (due work included): the Node server saves on change. */
  writeCount(): number;
  /**
   * A setting of the API layer in front of the engine (PROTO-1 fault settings), kept in the
   * workspace's database. Opaque to the engine; not an action, so never reachable over the wire.
   */
  readApiSetting(name: string): Promise<unknown>;
  writeApiSetting(name: string, value: unknown): Promise<void>;
  readonly actions: readonly string[];
  readonly db: WorkspaceDb;
}

/** Every action name the engine answers, eager and lazy. */
export const ACTION_NAMES: readonly string[] = [
  ...Object.keys(EAGER_ACTIONS),
  ...LAZY_ACTIONS.flatMap((module) => module.actions),
];

const lazyTables = new Map<string, Promise<ActionTable>>();

/**
 * The definition of an action, loading its module on first use. Loading happens before the
 * action's transaction opens (awaiting an import inside it would let it commit early).
 */
async function resolveAction(action: string): Promise<ActionDefinition | undefined> {
  if (Object.hasOwn(EAGER_ACTIONS, action)) return EAGER_ACTIONS[action];
  const module = LAZY_ACTIONS.find((candidate) => candidate.actions.includes(action));
  if (!module) return undefined;
  const key = module.actions[0] ?? action;
  let table = lazyTables.get(key);
  if (!table) {
    table = module.load();
    lazyTables.set(key, table);
  }
  const loaded = await table;
  return Object.hasOwn(loaded, action) ? loaded[action] : undefined;
}

/** Marks a read-only attempt that found due work and must run again read-write. */
const DUE_WORK = Symbol("due work");

/** The simulated account that owns every resource of the workspace. */
export const WORKSPACE_ACCOUNT_ID = "1234567890123456";

export function createEngine({ db, clock, ids, accountId = WORKSPACE_ACCOUNT_ID }: EngineOptions): Engine {
  let writes = 0;
  return {
    db,
    actions: ACTION_NAMES,
    requestId: () => ids.requestId(),
    async initialise(preset = "demo") {
      const ready = await inTransaction(db, "readonly", (tx) => isInitialised(tx));
      if (!ready) await this.dispatch("ResetWorkspace", { Preset: preset });
    },
    writeCount: () => writes,
    readApiSetting: (name) => inTransaction(db, "readonly", (tx) => readApiSetting(tx, name)),
    writeApiSetting: (name, value) => inTransaction(db, "readwrite", (tx) => writeApiSetting(tx, name, value)),
    async dispatch(action, params) {
      const definition = await resolveAction(action);
      if (!definition) throw ecsError("InvalidAction.NotFound");
      const now = async (tx: Tx) => clock.now() + (await readClockOffset(tx));
      // SNAP-3: scheduled work that fell due runs first, in the action's transaction. A read-only
      // action only counts it (two index counts) and, when there is some, runs read-write.
      if (definition.mode === "readonly") {
        const result = await inTransaction(db, "readonly", async (tx) => {
          const at = await now(tx);
          if (await hasDueWork(tx, at)) return DUE_WORK;
          return definition.run({ tx, params, now: at, ids, accountId });
        });
        if (result !== DUE_WORK) return result;
      }
      const result = await inTransaction(db, "readwrite", async (tx) => {
        const at = await now(tx);
        await runDueWork(tx, at, ids);
        return definition.run({ tx, params, now: at, ids, accountId });
      });
      writes++;
      return result;
    },
  };
}
