import { type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
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

export async function openWorkspaceDb(name: string = DEFAULT_DB_NAME): Promise<WorkspaceDb> {
  const db = await openDB<WorkspaceSchema>(name, SCHEMA_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < SCHEMA_VERSION; version++) {
        MIGRATIONS[version]?.(upgrading, tx);
      }
    },
  });
  // A newer tab wants to upgrade the schema: step aside instead of blocking it.
  db.addEventListener("versionchange", () => db.close());
  return db;
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
  const tx = db.transaction([...STORE_NAMES], mode) as Tx;
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
    throw error;
  }
}
