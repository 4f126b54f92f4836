import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import { optional, optionalInt, required, requireRegion } from "../params";
import { seedDemo } from "../seed/demo";
import { markInitialised, readClockOffset, readQuotas, writeClockOffset, writeQuota } from "../store/meta";
import { SCHEMA_VERSION } from "../store/migrations";
import { STORE_NAMES, type StoreName } from "../store/schema";
import type { Tx } from "../store/workspace-db";
import type { QuotaName } from "../types";
import { type ActionTable, read, write } from "./context";
import { runDueWork } from "./snapshot-schedule";

const WORKSPACE_FORMAT = "sg-console-workspace";
const QUOTA_NAMES: readonly QuotaName[] = ["q_security-groups"];
const MAX_QUOTA = 100_000;
/** Fast-forward is bounded so the clock stays a valid date. */
const MAX_ADVANCE_SECONDS = 10 * 365 * 24 * 3600;

async function clearAll(tx: Tx): Promise<void> {
  for (const name of STORE_NAMES) await tx.objectStore(name).clear();
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

async function regionGroupCount(tx: Tx, regionId: string): Promise<number> {
  return tx
    .objectStore("securityGroups")
    .index("byRegion")
    .count(IDBKeyRange.bound([regionId, 0], [regionId, Number.MAX_SAFE_INTEGER]));
}

export const workspaceActions: ActionTable = {
  /** UX-2: back to the demo data set, or to an empty workspace. */
  ResetWorkspace: write(async ({ tx, params, now }) => {
    const preset = optional(params, "Preset") ?? "demo";
    if (preset !== "demo" && preset !== "empty") throw ecsError("InvalidParameter.Preset", { field: "Preset" });
    const offset = await readClockOffset(tx);
    await clearAll(tx);
    await writeClockOffset(tx, offset);
    await markInitialised(tx);
    if (preset === "demo") await seedDemo(tx, now);
    return {};
  }),

  ExportWorkspace: read(async ({ tx }) => {
    const stores: Partial<Record<StoreName, unknown[]>> = {};
    for (const name of STORE_NAMES) stores[name] = await tx.objectStore(name).getAll();
    const file: WorkspaceFile = { format: WORKSPACE_FORMAT, schemaVersion: SCHEMA_VERSION, stores };
    return { Content: JSON.stringify(file) };
  }),

  /** Replaces the whole workspace with an exported one, atomically. */
  ImportWorkspace: write(async ({ tx, params }) => {
    const file = parseWorkspace(required(params, "Content"));
    await clearAll(tx);
    for (const name of STORE_NAMES) {
      for (const record of file.stores[name] ?? []) {
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
    return {};
  }),

  DescribeQuotas: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const quotas = await readQuotas(tx);
    return {
      Quotas: {
        Quota: [
          {
            QuotaName: "q_security-groups",
            Value: quotas["q_security-groups"],
            Usage: await regionGroupCount(tx, region.RegionId),
          },
        ],
      },
    };
  }),

  ModifyQuota: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const name = required(params, "QuotaName");
    if (!QUOTA_NAMES.includes(name as QuotaName)) {
      throw ecsError("InvalidParameter.QuotaName", { args: [QUOTA_NAMES.join(", ")], field: "QuotaName" });
    }
    const raw = required(params, "Value");
    const usage = await regionGroupCount(tx, region.RegionId);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < Math.max(1, usage) || value > MAX_QUOTA) {
      throw ecsError("InvalidParameter.QuotaValue", {
        args: [raw, String(Math.max(1, usage)), String(MAX_QUOTA)],
        field: "Value",
      });
    }
    await writeQuota(tx, name as QuotaName, value);
    return {};
  }),

  DescribeEngineClock: read(async ({ now }) => ({ Now: formatEcsTime(now) })),

  AdvanceEngineClock: write(async ({ tx, params, now, ids }) => {
    const seconds = optionalInt(params, "Seconds", { min: 1, max: MAX_ADVANCE_SECONDS });
    if (seconds === undefined) throw ecsError("MissingParameter", { args: ["Seconds"], field: "Seconds" });
    await writeClockOffset(tx, (await readClockOffset(tx)) + seconds * 1000);
    // SNAP-3: what falls due in the skipped time is taken now, so the demo controls show it at once.
    await runDueWork(tx, now + seconds * 1000, ids);
    return { Now: formatEcsTime(now + seconds * 1000) };
  }),
};
