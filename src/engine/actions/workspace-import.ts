import { required } from "../params";
import { isApiSettingKey } from "../store/meta";
import { STORE_NAMES } from "../store/schema";
import type { Tx } from "../store/workspace-db";
import { parseWorkspaceFile } from "../workspace-file/parse";
import { type ActionTable, write } from "./context";
import { readGroupGeneration, renewGroupGeneration } from "./group-name-index";
import { clearAll } from "./workspace";

/**
 * Replaces the whole workspace with a workspace file's content, in the caller's transaction. The
 * file is checked whole before anything is cleared, so a refused file changes nothing. Its own
 * module: the file checks (and their schema library) load only when a file is opened.
 */
export async function replaceWorkspace(tx: Tx, content: string): Promise<void> {
  const stores = parseWorkspaceFile(content);
  const generation = await readGroupGeneration(tx);
  await clearAll(tx);
  for (const name of STORE_NAMES) {
    const store = tx.objectStore(name);
    // PROTO-1: this browser's fault settings stay as they are, whatever the file says.
    const records = name === "meta" ? stores.meta.filter((entry) => !isApiSettingKey(entry.key)) : stores[name];
    await Promise.all(records.map((record) => store.put(record as never)));
  }
  await renewGroupGeneration(tx, generation);
}

export const workspaceImportActions = {
  /** UX-2: replaces the whole workspace with an exported one, atomically. */
  ImportWorkspace: write(async ({ tx, params }) => {
    await replaceWorkspace(tx, required(params, "Content"));
    return {};
  }),
} satisfies ActionTable;
