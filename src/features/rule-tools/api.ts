import { callEcs } from "../../api/client";
import { q } from "../../api/queries";

/** Response shapes of the rule tools' project actions (SPEC 11), field for field. */
export type RedundancyKind = "Duplicate" | "Covered" | "Shadowed";

export interface RedundantRule {
  SecurityGroupRuleId: string;
  Direction: "ingress" | "egress";
  Kind: RedundancyKind;
  CoveringRuleIds: { CoveringRuleId: string[] };
  /** The engine's English sentence (the dialog writes its own, localized). */
  Explanation: string;
  BasedOnPrefixListEntries: boolean;
}

export interface DescribeRedundantRulesBody {
  RegionId: string;
  SecurityGroupId: string;
  RedundantRules: { RedundantRule: RedundantRule[] };
}

export interface SkippedRule {
  SecurityGroupRuleId: string;
  Code: string;
  Message: string;
}

export interface CloneSecurityGroupBody {
  SecurityGroupId: string;
  SkippedRules: { SkippedRule: SkippedRule[] };
}

export interface ExportSecurityGroupRulesBody {
  FileName: string;
  Content: string;
}

export interface ImportResult {
  /** 1-based position of the rule in the file. */
  Index: number;
  Success: boolean;
  SecurityGroupRuleId: string;
  Code: string;
  Message: string;
}

export interface ImportSecurityGroupRulesBody {
  SuccessCount: number;
  FailureCount: number;
  Results: { Result: ImportResult[] };
}

export type RuleFileFormat = "json" | "csv";

/** HC-1: always fresh (the dialog re-checks after every deletion). */
export function redundantRulesQuery(regionId: string, securityGroupId: string) {
  return q<DescribeRedundantRulesBody>("DescribeSecurityGroupRedundantRules", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
  });
}

export function exportRules(regionId: string, securityGroupId: string, format: RuleFileFormat) {
  return callEcs<ExportSecurityGroupRulesBody>("ExportSecurityGroupRules", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    Format: format,
  });
}

export function importRules(regionId: string, securityGroupId: string, format: RuleFileFormat, content: string) {
  return callEcs<ImportSecurityGroupRulesBody>("ImportSecurityGroupRules", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    Format: format,
    Content: content,
  });
}
