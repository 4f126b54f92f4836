import { callEcs } from "@/api/client";
import type { WriteEffects } from "@/api/queries";

/** SG-1: the region's security-group quota, as the quota center sets it. */
export function modifyGroupQuota(regionId: string, value: number) {
  return callEcs("ModifyQuota", { RegionId: regionId, QuotaName: "q_security-groups", Value: value });
}

export const QUOTA_EFFECTS: WriteEffects = { invalidates: ["DescribeQuotas"] };
