import { type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import { ecsError } from "../errors/ecs-error";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations";
import { STORE_NAMES, type StoreName, type WorkspaceSchema } from "./schema";

/** The only module that opens IndexedDB. Everything else works on a transaction it hands out. */
export type WorkspaceDb = IDBPDatabase<WorkspaceSchema>;
/**
 * The transaction actions work on. Typed as read-write so helpers serve both kinds of action;
 * a write attempted in a read-only action's transaction throws, which tests catch.
 */
export type Tx = IDBPTransaction<WorkspaceSchema, StoreName[], "readwrite">;

export const DEFAULT_DB_NAME = "sg-console";

/** HARD-3: what the page is told while it opens the workspace and after. */
export interface OpenWorkspaceOptions {
  /** Another tab holds an older schema version open; the open waits until that tab closes it. */
  onBlocked?: () => void;
  /** A newer version (another tab) upgrades the schema: this connection stepped aside. */
  onClosedForUpgrade?: () => void;
}

export async function openWorkspaceDb(
  name: string = DEFAULT_DB_NAME,
  options: OpenWorkspaceOptions = {},
): Promise<WorkspaceDb> {
  const db = await openDB<WorkspaceSchema>(name, SCHEMA_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < SCHEMA_VERSION; version++) {
        MIGRATIONS[version]?.(upgrading, tx);
      }
    },
    blocked: () => options.onBlocked?.(),
  });
  // A newer tab wants to upgrade the schema: step aside instead of blocking it.
  db.addEventListener("versionchange", () => {
    db.close();
    closedForUpgrade.add(db);
    options.onClosedForUpgrade?.();
  });
  return db;
}

/** Connections closed for a newer version: their actions answer InvalidOperation.WorkspaceUpgraded. */
const closedForUpgrade = new WeakSet<WorkspaceDb>();

/**
 * HARD-3: the storage's own failures as catalogue errors, so a full disk or a workspace taken
 * over by a newer version is explained to the user instead of answered as an internal error.
 */
function storageError(db: WorkspaceDb, error: unknown): unknown {
  if (error instanceof DOMException && error.name === "QuotaExceededError") return ecsError("QuotaExceed.Storage");
  if (closedForUpgrade.has(db)) return ecsError("InvalidOperation.WorkspaceUpgraded");
  return error;
}

/**
 * Runs `work` in one transaction over every store: it all commits or, when `work` throws,
 * nothing does. `work` may only await IndexedDB requests of `tx` (awaiting anything else lets
 * the transaction auto-commit early).
 */
export async function inTransaction<T>(
  db: WorkspaceDb,
  mode: IDBTransactionMode,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let tx: Tx;
  try {
    tx = db.transaction([...STORE_NAMES], mode) as Tx;
  } catch (error) {
    throw storageError(db, error);
  }
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was committed by this failed action.
    }
    await tx.done.catch(() => undefined);
    throw storageError(db, error);
  }
}
