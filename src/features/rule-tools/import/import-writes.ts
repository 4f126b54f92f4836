import { callEcs } from "@/api/client";
import type { RuleFileFormat } from "@/api/types";

/** IO-2: the rules of a file, all checked by the engine; each row answers on its own. */
export function importRules(regionId: string, securityGroupId: string, format: RuleFileFormat, content: string) {
  return callEcs("ImportSecurityGroupRules", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    Format: format,
    Content: content,
  });
}
