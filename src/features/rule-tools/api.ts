import type { RuleFileFormat } from "@/api/types";
import { callEcs } from "../../api/client";
import { q } from "../../api/queries";

/** HC-1: always fresh (the dialog re-checks after every deletion). */
export function redundantRulesQuery(regionId: string, securityGroupId: string) {
  return q("DescribeSecurityGroupRedundantRules", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
  });
}

export function exportRules(regionId: string, securityGroupId: string, format: RuleFileFormat) {
  return callEcs("ExportSecurityGroupRules", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    Format: format,
  });
}
