import type { RuleFileFormat } from "@/api/types";
import { MAX_IMPORT_CONTENT_LENGTH } from "@/engine/validate";
import { type Problem, toProblem } from "../../../components/problem";
import { EcsError } from "../../../engine/errors/ecs-error";
import { type ImportedRule, rulesFromCsv, rulesFromJson } from "../../../engine/import-export";
import { fileError } from "../../../engine/import-export/file-error";

/** A file read for the preview: what the engine will read, because it is the engine's own parser. */
export type ReadRuleFile =
  | {
      kind: "rules";
      fileName: string;
      format: RuleFileFormat;
      content: string;
      rules: ImportedRule[];
      /** The region a JSON export names, if any. */
      regionId: string | undefined;
    }
  | { kind: "unknownFormat"; fileName: string }
  | { kind: "broken"; fileName: string; problem: Problem };

/** The format comes from the extension, as in the real console's file picker. */
export function formatOf(fileName: string): RuleFileFormat | undefined {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "json" || extension === "csv" ? extension : undefined;
}

/** Parses a rule file as ImportSecurityGroupRules will, so a broken file is refused before any request. */
export function parseRuleFile(fileName: string, content: string): ReadRuleFile {
  const format = formatOf(fileName);
  if (!format) return { kind: "unknownFormat", fileName };
  try {
    if (content.length > MAX_IMPORT_CONTENT_LENGTH) throw fileError("it is larger than 1 MB.");
    const file = format === "json" ? rulesFromJson(content) : rulesFromCsv(content);
    return { kind: "rules", fileName, format, content, rules: file.rules, regionId: file.RegionId };
  } catch (error) {
    if (!(error instanceof EcsError)) throw error;
    return { kind: "broken", fileName, problem: toProblem(error) };
  }
}

export async function readRuleFile(file: File): Promise<ReadRuleFile> {
  if (!formatOf(file.name)) return { kind: "unknownFormat", fileName: file.name };
  return parseRuleFile(file.name, await file.text());
}
