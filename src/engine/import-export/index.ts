/** IO-1 / IO-2: rule files in JSON and CSV (formats only; the actions live in actions/import-export). */

export { MAX_RULES_PER_FILE } from "../validate/limits";
export { escapeCell, unescapeCell } from "./csv-cells";
export { rulesFromCsv, rulesToCsv } from "./csv-format";
export { type JsonRuleFile, rulesFromJson, rulesToJson } from "./json-format";
export {
  type ImportedRule,
  PERMISSION_FIELDS,
  type PermissionField,
  type RuleFile,
} from "./permission-fields";
