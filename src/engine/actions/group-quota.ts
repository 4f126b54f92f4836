import { ecsError } from "../errors/ecs-error";
import { readQuotas } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import { regionSeqRange } from "./seq-page";

/** Groups in a region: the usage of the q_security-groups quota, counted by the index. */
export function countRegionGroups(tx: Tx, regionId: string): Promise<number> {
  return tx.objectStore("securityGroups").index("byRegion").count(regionSeqRange(regionId, 0));
}

/** SG-1: every path that creates a group (console, API, system default group, clone) checks this. */
export async function assertGroupQuota(tx: Tx, regionId: string, field?: string): Promise<void> {
  const quota = (await readQuotas(tx))["q_security-groups"];
  if ((await countRegionGroups(tx, regionId)) >= quota) throw ecsError("QuotaExceed.SecurityGroup", { field });
}
