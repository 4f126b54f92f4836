import Papa from "papaparse";
import { escapeCell, unescapeCell } from "./csv-cells";
import { checkRuleCount, fileError } from "./file-error";
import {
  type ImportedRule,
  isPermissionField,
  PERMISSION_FIELDS,
  type PermissionField,
  type RuleFile,
} from "./permission-fields";

/** IO-1: one row per rule, the Permission field names as headers, formula cells escaped. */
export function rulesToCsv(permissions: ReadonlyArray<Readonly<Record<PermissionField, unknown>>>): string {
  return Papa.unparse(
    {
      fields: [...PERMISSION_FIELDS],
      data: permissions.map((permission) =>
        PERMISSION_FIELDS.map((field) => escapeCell(String(permission[field] ?? ""))),
      ),
    },
    { escapeFormulae: false, newline: "\r\n" },
  );
}

function readHeader(cells: readonly string[]): PermissionField[] {
  const seen = new Set<string>();
  return cells.map((raw) => {
    const name = raw.trim();
    if (!isPermissionField(name)) throw fileError(`unknown column '${name}' in the CSV header.`);
    if (seen.has(name)) throw fileError(`column '${name}' appears twice in the CSV header.`);
    seen.add(name);
    return name;
  });
}

/** IO-2: reads a CSV rule file (papaparse), refusing the whole file on any structural problem. */
export function rulesFromCsv(content: string): RuleFile {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ""), {
    delimiter: ",",
    skipEmptyLines: "greedy",
  });
  const problem = parsed.errors[0];
  if (problem) {
    const where = problem.row === undefined ? "" : ` (line ${problem.row + 1})`;
    throw fileError(`not valid CSV${where}: ${problem.message}.`);
  }
  const [headerCells, ...rows] = parsed.data;
  if (!headerCells) throw fileError("the file is empty.");
  const header = readHeader(headerCells);
  checkRuleCount(rows.length);
  const rules = rows.map((cells, index) => {
    if (cells.length !== header.length) {
      throw fileError(`row ${index + 1} has ${cells.length} cells but the header has ${header.length}.`);
    }
    const rule: ImportedRule = {};
    header.forEach((field, column) => {
      rule[field] = unescapeCell(cells[column] ?? "");
    });
    return rule;
  });
  return { rules };
}
