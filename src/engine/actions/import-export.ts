import { formatEcsTime } from "../clock";
import { EcsError, ecsError } from "../errors/ecs-error";
import { type ImportedRule, rulesFromCsv, rulesFromJson, rulesToCsv, rulesToJson } from "../import-export";
import { fileError } from "../import-export/file-error";
import { type RequestParams, required, requireRegion } from "../params";
import type { Tx } from "../store/workspace-db";
import type { Direction, SecurityGroupRecord } from "../types";
import { MAX_IMPORT_CONTENT_LENGTH } from "../validate/limits";
import { parsePermission, type RuleDraft, referencedGroupId, ruleIdentity } from "../validate/rules";
import { type ActionContext, type ActionTable, read, write } from "./context";
import { findGroup, findWritableGroup } from "./lookup";
import { ruleLimitChecker, ruleWeight } from "./rule-limits";
import { crossRegionRefusal, regionalReference } from "./rule-portability";
import { checkRuleReferences } from "./rule-references";
import { permissionViews } from "./rule-views";
import { addRules, groupRules } from "./rules";

type Format = "json" | "csv";

/** (project) Files larger than this are refused whole; 200 rules fit in a fraction of it. */

function readFormat(params: RequestParams): Format {
  const format = required(params, "Format").toLowerCase();
  if (format !== "json" && format !== "csv") throw ecsError("InvalidParameter.Format", { field: "Format" });
  return format;
}

function readDirection(raw: string | undefined): Direction {
  const direction = raw?.trim().toLowerCase();
  if (direction === "ingress" || direction === "egress") return direction;
  throw ecsError("InvalidParameter", { args: ["Direction", "It must be ingress or egress."], field: "Direction" });
}

/** Where a referenced group or prefix list lives, when it is in the workspace. */
async function regionOf(tx: Tx, referenceId: string): Promise<string | undefined> {
  const group = await tx.objectStore("securityGroups").get(referenceId);
  if (group) return group.RegionId;
  return (await tx.objectStore("prefixLists").get(referenceId))?.RegionId;
}

interface ImportContext {
  tx: Tx;
  group: SecurityGroupRecord;
  accountId: string;
  /** The region the file says it came from (JSON files), if any. */
  fileRegionId: string | undefined;
}

/**
 * One imported rule, validated as AuthorizeSecurityGroup validates a permission, plus IO-2's
 * rules: references to groups, prefix lists or port lists of another region are skipped.
 */
async function draftFromFile(rule: ImportedRule, ctx: ImportContext): Promise<RuleDraft> {
  const { tx, group, accountId, fileRegionId } = ctx;
  const fromElsewhere = fileRegionId !== undefined && fileRegionId !== group.RegionId;
  const direction = readDirection(rule.Direction);
  const portList = rule.PortRangeListId?.trim();
  if (portList) {
    if (fromElsewhere) throw crossRegionRefusal(portList, fileRegionId);
    // Port lists are not modelled: none exists in the workspace.
    throw ecsError("InvalidPortRangeListId.NotFound", { args: [portList], field: "PortRangeListId" });
  }
  const draft = parsePermission(direction, rule);
  const reference = regionalReference(draft);
  if (reference !== undefined) {
    if (fromElsewhere) throw crossRegionRefusal(reference, fileRegionId);
    const home = await regionOf(tx, reference);
    if (home !== undefined && home !== group.RegionId) throw crossRegionRefusal(reference, home);
  }
  await checkRuleReferences(tx, group, draft, "", accountId);
  return draft;
}

interface ImportResult {
  Index: number;
  Success: boolean;
  SecurityGroupRuleId: string;
  Code: string;
  Message: string;
}

const ALREADY_THERE = "An identical rule already exists: nothing was added.";

async function importRules(
  ctx: ActionContext,
  group: SecurityGroupRecord,
  rules: readonly ImportedRule[],
  fileRegionId?: string,
) {
  const { tx, accountId } = ctx;
  const importContext: ImportContext = { tx, group, accountId, fileRegionId };
  const existing = new Map(
    (await groupRules(tx, group.SecurityGroupId)).map((r) => [ruleIdentity(r), r.SecurityGroupRuleId]),
  );
  const accepted: RuleDraft[] = [];
  /** For each result: the index of its rule among `accepted`, when it is added. */
  const pending = new Map<number, number>();
  const acceptedIndex = new Map<string, number>();
  const results: ImportResult[] = [];
  let addedWeight = 0;
  let addedGroupRules = 0;
  const checkLimits = await ruleLimitChecker(tx, group);

  for (const [index, rule] of rules.entries()) {
    const result: ImportResult = { Index: index + 1, Success: true, SecurityGroupRuleId: "", Code: "", Message: "" };
    results.push(result);
    try {
      const draft = await draftFromFile(rule, importContext);
      const identity = ruleIdentity(draft);
      const existingId = existing.get(identity);
      const earlier = acceptedIndex.get(identity);
      if (existingId !== undefined) {
        Object.assign(result, { SecurityGroupRuleId: existingId, Message: ALREADY_THERE });
      } else if (earlier !== undefined) {
        // The same rule twice in one file adds it once (rows are independent: no refusal).
        pending.set(index, earlier);
        result.Message = ALREADY_THERE;
      } else {
        const weight = await ruleWeight(tx, draft);
        const groupRule = referencedGroupId(draft) ? 1 : 0;
        // Rules add up: each must fit with every rule accepted before it (RULE-8).
        checkLimits(addedWeight + weight, addedGroupRules + groupRule);
        addedWeight += weight;
        addedGroupRules += groupRule;
        acceptedIndex.set(identity, accepted.length);
        pending.set(index, accepted.length);
        accepted.push(draft);
      }
    } catch (error) {
      if (!(error instanceof EcsError)) throw error;
      Object.assign(result, { Success: false, Code: error.code, Message: error.message });
    }
  }

  const added = await addRules(ctx, group, accepted);
  for (const [index, position] of pending) {
    const result = results[index];
    if (result) result.SecurityGroupRuleId = added[position]?.SecurityGroupRuleId ?? "";
  }
  const succeeded = results.filter((result) => result.Success).length;
  return { SuccessCount: succeeded, FailureCount: results.length - succeeded, Results: { Result: results } };
}

export const importExportActions = {
  /** IO-1: the group's rules as a JSON or CSV file (name and content; the console downloads it). */
  ExportSecurityGroupRules: read(async ({ tx, params, now }) => {
    const region = requireRegion(params);
    const group = await findGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const format = readFormat(params);
    const permissions = await permissionViews(tx, await groupRules(tx, group.SecurityGroupId));
    if (format === "json") {
      return {
        FileName: `ecs_${region.RegionId}_${group.SecurityGroupId}.json`,
        Content: rulesToJson({
          SecurityGroupId: group.SecurityGroupId,
          RegionId: region.RegionId,
          SecurityGroupName: group.SecurityGroupName,
          Permissions: permissions,
        }),
      };
    }
    const date = formatEcsTime(now).slice(0, 10);
    return {
      FileName: `ecs_sgRule_${group.SecurityGroupId}_${region.RegionId}_${date}.csv`,
      Content: rulesToCsv(permissions),
    };
  }),

  /**
   * IO-2: adds the rules of a JSON or CSV file to a group, never replacing existing ones. A file
   * that cannot be read is refused whole; otherwise every rule gets a result, and all valid
   * rules are added in this one transaction.
   */
  ImportSecurityGroupRules: write(async (ctx) => {
    const { tx, params } = ctx;
    const region = requireRegion(params);
    const group = await findWritableGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const format = readFormat(params);
    const content = required(params, "Content");
    if (content.length > MAX_IMPORT_CONTENT_LENGTH) throw fileError("it is larger than 1 MB.");
    const file = format === "json" ? rulesFromJson(content) : rulesFromCsv(content);
    return importRules(ctx, group, file.rules, file.RegionId);
  }),
} satisfies ActionTable;
