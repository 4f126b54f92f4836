import { ecsError } from "../errors/ecs-error";
import { optional, optionalBool, type RequestParams, required, requireRegion } from "../params";
import type { RegionInfo } from "../regions";
import type { Tx } from "../store/workspace-db";
import type { SecurityGroupRecord } from "../types";
import { MAX_PRIORITY } from "../validate/limits";
import { checkSecurityGroupName, copyName } from "../validate/names";
import { type RuleDraft, ruleIdentity } from "../validate/rules";
import { type ActionTable, write } from "./context";
import { assertGroupQuota } from "./group-quota";
import { findGroup } from "./lookup";
import {
  crossRegionRefusal,
  draftOf,
  type RuleRefusal,
  referenceRefusal,
  refusalOf,
  regionalReference,
} from "./rule-portability";
import { addRules, groupRules } from "./rules";
import { insertGroup } from "./security-groups";

/** (project) A clone is named `<source name>-copy` unless the request names it. */
function cloneName(params: RequestParams, source: SecurityGroupRecord): string {
  const given = optional(params, "SecurityGroupName");
  if (given !== undefined) {
    checkSecurityGroupName(given);
    return given;
  }
  return copyName(source.SecurityGroupName);
}

/** The target VPC of the target region, or "" for the classic network (basic groups only). */
async function targetVpcId(
  tx: Tx,
  params: RequestParams,
  target: RegionInfo,
  source: SecurityGroupRecord,
): Promise<string> {
  const vpcId = optional(params, "TargetVpcId") ?? "";
  if (vpcId === "") {
    if (source.SecurityGroupType === "enterprise") {
      throw ecsError("InvalidParams.VpcIdGroupType", { field: "TargetVpcId" });
    }
    return "";
  }
  const vpc = await tx.objectStore("vpcs").get(vpcId);
  if (!vpc || vpc.RegionId !== target.RegionId) throw ecsError("InvalidVpcId.NotFound", { field: "TargetVpcId" });
  return vpcId;
}

interface SkippedRule extends RuleRefusal {
  SecurityGroupRuleId: string;
}

export const cloneActions = {
  /**
   * CLONE-1: a new group of the same type in the target region and VPC (or classic network),
   * with the source's description and, optionally, its rules and tags, in one transaction.
   * Priorities above 100 (legacy default groups) become 100; rules that cannot exist in the
   * target are skipped and listed with the error AuthorizeSecurityGroup would give there.
   */
  CloneSecurityGroup: write(async (ctx) => {
    const { tx, params, now, ids, accountId } = ctx;
    const region = requireRegion(params);
    const source = await findGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const target = optional(params, "TargetRegionId") === undefined ? region : requireRegion(params, "TargetRegionId");
    const keepRules = optionalBool(params, "KeepRules") ?? true;
    const copyTags = optionalBool(params, "CopyTags") ?? false;
    const name = cloneName(params, source);
    const vpcId = await targetVpcId(tx, params, target, source);
    await assertGroupQuota(tx, target.RegionId);

    const group = await insertGroup(
      tx,
      {
        SecurityGroupId: ids.next("sg", target.RegionId),
        RegionId: target.RegionId,
        VpcId: vpcId,
        SecurityGroupType: source.SecurityGroupType,
        SecurityGroupName: name,
        Description: source.Description,
        InnerAccessPolicy: source.InnerAccessPolicy,
        ResourceGroupId: source.ResourceGroupId,
        Tags: copyTags ? source.Tags.map((tag) => ({ ...tag })) : [],
      },
      now,
    );

    const skipped: SkippedRule[] = [];
    const kept: RuleDraft[] = [];
    const keptBy = new Map<string, string>();
    for (const rule of keepRules ? await groupRules(tx, source.SecurityGroupId) : []) {
      const draft = { ...draftOf(rule), Priority: Math.min(rule.Priority, MAX_PRIORITY) };
      const reference = regionalReference(draft);
      const refusal =
        reference !== undefined && target.RegionId !== source.RegionId
          ? refusalOf(crossRegionRefusal(reference, source.RegionId))
          : await referenceRefusal(tx, group, draft, accountId);
      const twin = keptBy.get(ruleIdentity(draft));
      if (refusal) {
        skipped.push({ SecurityGroupRuleId: rule.SecurityGroupRuleId, ...refusal });
      } else if (twin !== undefined) {
        // A priority-110 rule can become identical to a kept priority-100 one.
        const error = ecsError("InvalidOperation.RuleDuplicate", { args: [twin] });
        skipped.push({ SecurityGroupRuleId: rule.SecurityGroupRuleId, ...refusalOf(error) });
      } else {
        keptBy.set(ruleIdentity(draft), rule.SecurityGroupRuleId);
        kept.push(draft);
      }
    }
    await addRules(ctx, group, kept);
    return { SecurityGroupId: group.SecurityGroupId, SkippedRules: { SkippedRule: skipped } };
  }),
} satisfies ActionTable;
