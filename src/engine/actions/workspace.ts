import { ecsError } from "../errors/ecs-error";
import { optional, required } from "../params";
import { seedDemo } from "../seed/demo";
import {
  isApiSettingKey,
  markInitialised,
  readAllApiSettings,
  readClockOffset,
  restoreApiSettings,
  writeClockOffset,
} from "../store/meta";
import { SCHEMA_VERSION } from "../store/migrations";
import { STORE_NAMES, type StoreName } from "../store/schema";
import type { Tx } from "../store/workspace-db";
import { type ActionTable, read, write } from "./context";
import { readGroupGeneration, renewGroupGeneration } from "./group-name-index";

const WORKSPACE_FORMAT = "sg-console-workspace";

/** Empties every store; the API layer's settings (PROTO-1) are not workspace data and stay. */
async function clearAll(tx: Tx): Promise<void> {
  const apiSettings = await readAllApiSettings(tx);
  for (const name of STORE_NAMES) await tx.objectStore(name).clear();
  await restoreApiSettings(tx, apiSettings);
}

interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  stores: Partial<Record<StoreName, unknown[]>>;
}

function parseWorkspace(content: string): WorkspaceFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw ecsError("InvalidParameter.WorkspaceContent", { args: ["it is not JSON."], field: "Content" });
  }
  const file = parsed as Partial<WorkspaceFile> | null;
  if (!file || file.format !== WORKSPACE_FORMAT || typeof file.stores !== "object" || file.stores === null) {
    throw ecsError("InvalidParameter.WorkspaceContent", {
      args: [`it is not an ${WORKSPACE_FORMAT} file.`],
      field: "Content",
    });
  }
  if (file.schemaVersion !== SCHEMA_VERSION) {
    throw ecsError("InvalidParameter.WorkspaceContent", {
      args: [`schema version ${String(file.schemaVersion)} is not ${SCHEMA_VERSION}.`],
      field: "Content",
    });
  }
  return file as WorkspaceFile;
}

export const workspaceActions: ActionTable = {
  /** UX-2: back to the demo data set, or to an empty workspace. */
  ResetWorkspace: write(async ({ tx, params, now }) => {
    const preset = optional(params, "Preset") ?? "demo";
    if (preset !== "demo" && preset !== "empty") throw ecsError("InvalidParameter.Preset", { field: "Preset" });
    const offset = await readClockOffset(tx);
    const generation = await readGroupGeneration(tx);
    await clearAll(tx);
    await writeClockOffset(tx, offset);
    await markInitialised(tx);
    if (preset === "demo") await seedDemo(tx, now);
    await renewGroupGeneration(tx, generation);
    return {};
  }),

  ExportWorkspace: read(async ({ tx }) => {
    const stores: Partial<Record<StoreName, unknown[]>> = {};
    for (const name of STORE_NAMES) stores[name] = await tx.objectStore(name).getAll();
    stores.meta = stores.meta?.filter((entry) => !isApiSettingKey((entry as { key: string }).key));
    const file: WorkspaceFile = { format: WORKSPACE_FORMAT, schemaVersion: SCHEMA_VERSION, stores };
    return { Content: JSON.stringify(file) };
  }),

  /** Replaces the whole workspace with an exported one, atomically. */
  ImportWorkspace: write(async ({ tx, params }) => {
    const file = parseWorkspace(required(params, "Content"));
    const generation = await readGroupGeneration(tx);
    await clearAll(tx);
    for (const name of STORE_NAMES) {
      for (const record of file.stores[name] ?? []) {
        if (name === "meta" && isApiSettingKey(String((record as { key?: unknown }).key))) continue;
        try {
          // Records are checked by the store's key path; a record without its key fails here.
          await tx.objectStore(name).put(record as never);
        } catch {
          throw ecsError("InvalidParameter.WorkspaceContent", {
            args: [`a record of ${name} has no valid key.`],
            field: "Content",
          });
        }
      }
    }
    await renewGroupGeneration(tx, generation);
    return {};
  }),
};
