import { checkRuleCount, fileError } from "./file-error";
import { type ImportedRule, isPermissionField, type RuleFile } from "./permission-fields";

/** IO-1: the exported JSON file (project decision on its shape; the real one is not public). */
export interface JsonRuleFile {
  SecurityGroupId: string;
  RegionId: string;
  SecurityGroupName: string;
  Permissions: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

const TOP_LEVEL_KEYS = new Set(["SecurityGroupId", "RegionId", "SecurityGroupName", "Permissions"]);

export function rulesToJson(file: JsonRuleFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readRule(value: unknown, index: number): ImportedRule {
  const where = `Permissions[${index}]`;
  if (!isObject(value)) throw fileError(`${where} is not an object.`);
  const rule: ImportedRule = {};
  for (const [key, field] of Object.entries(value)) {
    if (!isPermissionField(key)) throw fileError(`unknown key '${key}' in ${where}.`);
    if (field === null) rule[key] = "";
    else if (typeof field === "string" || typeof field === "number") rule[key] = String(field);
    else throw fileError(`${where}.${key} must be a string or a number.`);
  }
  return rule;
}

/**
 * IO-2: reads a JSON rule file: the exported object, or (for hand-written files) a bare array of
 * Permission objects. Unknown keys refuse the whole file.
 */
export function rulesFromJson(content: string): RuleFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw fileError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (Array.isArray(parsed)) {
    checkRuleCount(parsed.length);
    return { rules: parsed.map(readRule) };
  }
  if (!isObject(parsed)) throw fileError("the JSON file must hold an object with a Permissions array.");
  for (const key of Object.keys(parsed)) {
    if (!TOP_LEVEL_KEYS.has(key)) throw fileError(`unknown key '${key}' in the JSON file.`);
  }
  const { RegionId, Permissions } = parsed;
  if (!Array.isArray(Permissions)) throw fileError("the JSON file must hold a Permissions array.");
  if (RegionId !== undefined && typeof RegionId !== "string") throw fileError("RegionId must be a string.");
  checkRuleCount(Permissions.length);
  const rules = Permissions.map(readRule);
  return RegionId ? { RegionId, rules } : { rules };
}
