import { ecsError } from "../errors/ecs-error";
import { optional } from "../params";
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
import { WORKSPACE_FORMAT, type WorkspaceFile } from "../workspace-file/format";
import { type ActionTable, read, write } from "./context";
import { readGroupGeneration, renewGroupGeneration } from "./group-name-index";

/** Empties every store; the API layer's settings (PROTO-1) are not workspace data and stay. */
export async function clearAll(tx: Tx): Promise<void> {
  const apiSettings = await readAllApiSettings(tx);
  for (const name of STORE_NAMES) await tx.objectStore(name).clear();
  await restoreApiSettings(tx, apiSettings);
}

export const workspaceActions = {
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
} satisfies ActionTable;
