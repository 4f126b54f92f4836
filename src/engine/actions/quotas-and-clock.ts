import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import { optionalInt, required, requireRegion } from "../params";
import { readClockOffset, readQuotas, writeClockOffset, writeQuota } from "../store/meta";
import type { QuotaName } from "../types";
import { MAX_ADVANCE_SECONDS, MAX_QUOTA } from "../validate/limits";
import { type ActionTable, read, write } from "./context";
import { countRegionGroups } from "./group-quota";
import { runDueWork } from "./snapshot-schedule";

const QUOTA_NAMES: readonly QuotaName[] = ["q_security-groups"];

/** Simulator controls used on every page: the quota center (SG-1) and the engine clock (SNAP-3). */
export const quotaAndClockActions = {
  DescribeQuotas: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const quotas = await readQuotas(tx);
    return {
      Quotas: {
        Quota: [
          {
            QuotaName: "q_security-groups",
            Value: quotas["q_security-groups"],
            Usage: await countRegionGroups(tx, region.RegionId),
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
    const usage = await countRegionGroups(tx, region.RegionId);
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
} satisfies ActionTable;
