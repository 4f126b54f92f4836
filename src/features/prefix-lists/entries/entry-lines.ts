import { type EcsError, ecsError } from "../../../engine/errors/ecs-error";
import type { AddressFamily } from "../../../engine/types";
import {
  checkEntryDescription,
  MAX_PREFIX_LIST_ENTRIES,
  parseCidr,
  parseCreateEntries,
  parseEntryCidr,
  problemOf,
} from "../../../engine/validate";

/**
 * The entries editor's text format (project decision): one entry per line, a CIDR block or a
 * bare address first, then optionally a description after a comma or whitespace:
 * `10.0.0.0/8, office`, `10.0.0.0/8 office` and `10.0.0.0/8<TAB>office` (a spreadsheet column
 * pasted) are the same entry. Blank lines are skipped. Every line is checked with the engine's
 * own validators, so a line shows the code and message the API would answer.
 */
export type LineIssue = "malformed" | "family" | "hostBits" | "duplicate" | "description";

export type LineStatus =
  /** A new entry. */
  | "new"
  /** Already an entry: adding it again changes its description (ModifyPrefixList). */
  | "update"
  /** Already an entry with this very description: nothing changes. */
  | "unchanged"
  | "invalid";

export interface EntryLine {
  /** 1-based line of the text. */
  lineNumber: number;
  /** The request name of the entry: `Entry.3` (create) or `AddEntry.3` (add). */
  entryName: string;
  cidrText: string;
  description: string;
  /** Canonical CIDR (network address, compressed IPv6) once the CIDR is valid. */
  cidr?: string;
  status: LineStatus;
  problem?: EcsError;
  issue?: LineIssue;
  /** Host bits: the network address the person probably meant. */
  suggestion?: string;
  /** Duplicate: the line that has the same block first. */
  duplicateOf?: number;
}

export interface EntryCheck {
  lines: EntryLine[];
  /** Entries the list holds after the change (existing + new). */
  count: number;
  /** LimitExceed.MaxEntries (or LimitExceed.Entry for more than 200 lines), when the text is too long. */
  countProblem?: EcsError;
  invalidCount: number;
}

export interface EntryCheckContext {
  family: AddressFamily;
  maxEntries: number;
  /** `Entry` for CreatePrefixList, `AddEntry` for ModifyPrefixList. */
  parameter: "Entry" | "AddEntry";
  /** The list's current entries (adding to an existing list). */
  existing?: ReadonlyArray<{ Cidr: string; Description: string }>;
}

/** Splits a line at the first comma or whitespace: the CIDR, then the description (trimmed). */
export function splitEntryLine(line: string): { cidrText: string; description: string } {
  const text = line.trim();
  const cut = text.search(/[,\s]/);
  if (cut < 0) return { cidrText: text, description: "" };
  const rest = text.slice(cut).trim();
  return { cidrText: text.slice(0, cut), description: (rest.startsWith(",") ? rest.slice(1) : rest).trim() };
}

function classify(cidrText: string, family: AddressFamily): Pick<EntryLine, "issue" | "suggestion"> {
  const parsed = parseCidr(cidrText);
  if (!parsed) return { issue: "malformed" };
  if (parsed.family !== family) return { issue: "family" };
  return { issue: "hostBits", suggestion: parsed.cidr };
}

function checkLine(
  line: string,
  lineNumber: number,
  entryName: string,
  context: EntryCheckContext,
  existing: ReadonlyMap<string, string>,
): EntryLine {
  const { cidrText, description } = splitEntryLine(line);
  const base = { lineNumber, entryName, cidrText, description };
  let cidr = "";
  const cidrProblem = problemOf(() => {
    cidr = parseEntryCidr(cidrText, context.family, `${entryName}.Cidr`);
  });
  if (cidrProblem) return { ...base, status: "invalid", problem: cidrProblem, ...classify(cidrText, context.family) };
  const descriptionProblem = problemOf(() => checkEntryDescription(description, `${entryName}.Description`));
  if (descriptionProblem)
    return { ...base, cidr, status: "invalid", problem: descriptionProblem, issue: "description" };
  const current = existing.get(cidr);
  const status: LineStatus = current === undefined ? "new" : current === description ? "unchanged" : "update";
  return { ...base, cidr, status };
}

/**
 * The same block twice: the engine's own refusal (its code and message), obtained by letting it
 * parse the two lines together.
 */
function duplicateProblem(first: EntryLine, again: EntryLine, family: AddressFamily): EcsError | undefined {
  return problemOf(() =>
    parseCreateEntries(
      [
        { name: first.entryName, Cidr: first.cidrText },
        { name: again.entryName, Cidr: again.cidrText },
      ],
      family,
      MAX_PREFIX_LIST_ENTRIES,
    ),
  );
}

/** Checks every non-blank line of the editor's text, then the count against MaxEntries. */
export function checkEntryText(text: string, context: EntryCheckContext): EntryCheck {
  const existing = new Map((context.existing ?? []).map((entry) => [entry.Cidr, entry.Description]));
  const lines: EntryLine[] = [];
  const firstByCidr = new Map<string, EntryLine>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === "") continue;
    const line = checkLine(raw, index + 1, `${context.parameter}.${lines.length + 1}`, context, existing);
    if (line.cidr !== undefined && line.status !== "invalid") {
      const first = firstByCidr.get(line.cidr);
      if (first) {
        line.status = "invalid";
        line.issue = "duplicate";
        line.duplicateOf = first.lineNumber;
        line.problem = duplicateProblem(first, line, context.family);
      } else {
        firstByCidr.set(line.cidr, line);
      }
    }
    lines.push(line);
  }
  const fresh = lines.filter((line) => line.status === "new").length;
  const count = existing.size + fresh;
  const countProblem =
    lines.length > MAX_PREFIX_LIST_ENTRIES
      ? ecsError("LimitExceed.Entry", { field: context.parameter })
      : count > context.maxEntries
        ? ecsError("LimitExceed.MaxEntries", { field: context.parameter })
        : undefined;
  return { lines, count, countProblem, invalidCount: lines.filter((line) => line.status === "invalid").length };
}

/**
 * The entries to send, one per line and in line order, so `Entry.N` of a server error is the
 * N-th line's entry (an unchanged re-add is harmless: it sets the same description again).
 */
export function entriesToSend(check: EntryCheck): Array<{ Cidr: string; Description: string }> {
  return check.lines.map((line) => ({ Cidr: line.cidr ?? line.cidrText, Description: line.description }));
}

/** The text with one line's CIDR replaced (the "did you mean" fix), its description kept. */
export function replaceLineCidr(text: string, lineNumber: number, cidr: string): string {
  const rows = text.split(/\r?\n/);
  const row = rows[lineNumber - 1];
  if (row === undefined) return text;
  const { description } = splitEntryLine(row);
  rows[lineNumber - 1] = description ? `${cidr}, ${description}` : cidr;
  return rows.join("\n");
}

/** The line a server error names (`Entry.3.Cidr` -> the line of the third entry). */
export function lineOfParameter(check: EntryCheck, parameter: string | undefined): EntryLine | undefined {
  const match = /^((?:Add)?Entry\.\d+)\./.exec(parameter ?? "");
  return match ? check.lines.find((line) => line.entryName === match[1]) : undefined;
}
