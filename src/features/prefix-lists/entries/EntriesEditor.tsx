import { useId } from "react";
import { ProblemMessage } from "../../../components/ProblemMessage";
import type { Problem } from "../../../components/problem";
import { toProblem } from "../../../components/problem";
import type { AddressFamily } from "../../../engine/types";
import { type Translate, useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Field } from "../../../ui/Field";
import { Icon } from "../../../ui/Icon";
import { Meter } from "../../../ui/Meter";
import { type EntryCheck, type EntryLine, replaceLineCidr } from "./entry-lines";

interface EntriesEditorProps {
  text: string;
  onChange: (text: string) => void;
  check: EntryCheck;
  family: AddressFamily;
  /** The list's MaxEntries; undefined while the field holds no valid number. */
  maxEntries: number | undefined;
  /** A server error about one line (`Entry.3.Cidr`), shown on that line. */
  serverLine?: { lineNumber: number; problem: Problem };
  /** A server error about the entries as a whole (LimitExceed.MaxEntries). */
  serverProblem?: Problem;
  /** Whether existing entries count (adding to a list) — changes the wording of the count. */
  adding?: boolean;
}

/** What is wrong with a line, in the reader's language; the code's tooltip holds the engine's message. */
function lineExplanation(t: Translate, line: EntryLine, family: AddressFamily): string {
  switch (line.issue) {
    case "malformed":
      return t("pl.line.malformed", { text: line.cidrText });
    case "family":
      return t("pl.line.family", { text: line.cidrText, family });
    case "hostBits":
      return t("pl.line.hostBits", { text: line.cidrText, suggestion: line.suggestion ?? "" });
    case "duplicate":
      return t("pl.line.duplicate", { cidr: line.cidr ?? line.cidrText, line: line.duplicateOf ?? 0 });
    case "description":
      return t("pl.line.description");
    default:
      return "";
  }
}

function LineStatus({ line, family }: { line: EntryLine; family: AddressFamily }) {
  const t = useT();
  if (line.problem) {
    return (
      <span className="problem">
        <span className="problem-text">{lineExplanation(t, line, family)}</span>{" "}
        <code className="problem-code" title={line.problem.message}>
          {line.problem.code}
        </code>
      </span>
    );
  }
  const key =
    line.status === "update" ? "pl.line.update" : line.status === "unchanged" ? "pl.line.unchanged" : "pl.line.ok";
  return <span>{t(key)}</span>;
}

/**
 * PL-3's entries editor: paste many entries, one per line; every line is checked as it is typed
 * with the engine's validators and shown below with its canonical form or its error (host bits
 * come with a one-click fix). The count is measured against MaxEntries.
 */
export function EntriesEditor({
  text,
  onChange,
  check,
  family,
  maxEntries,
  serverLine,
  serverProblem,
  adding = false,
}: EntriesEditorProps) {
  const t = useT();
  const summaryId = useId();
  const invalid = check.invalidCount > 0 || serverLine !== undefined;
  const countProblem = check.countProblem ? toProblem(check.countProblem) : serverProblem;

  return (
    <div className="entries-editor">
      <Field
        label={t("pl.field.entries")}
        optional={adding ? undefined : t("common.optional")}
        hint={t("pl.field.entriesHint", {
          example: family === "IPv6" ? "2001:db8::/32, office" : "10.0.0.0/8, office",
        })}
        error={
          invalid ? (
            <>
              <Icon name="error" className="field-error-icon" />
              {t("pl.check.invalid", { count: check.invalidCount || 1 })}
            </>
          ) : undefined
        }
      >
        {(control) => (
          <textarea
            {...control}
            aria-describedby={[control["aria-describedby"], summaryId].filter(Boolean).join(" ")}
            className="entries-text mono"
            rows={7}
            value={text}
            spellCheck={false}
            autoComplete="off"
            placeholder={family === "IPv6" ? "2001:db8:10::/48, Tokyo office" : "203.0.113.0/24, Tokyo office"}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      <div className="entry-count" id={summaryId} aria-live="polite">
        {maxEntries !== undefined && (
          <Meter
            value={check.count}
            max={maxEntries}
            label={t("pl.check.countLabel")}
            text={t(adding ? "pl.check.countAfter" : "pl.check.count", { count: check.count, max: maxEntries })}
          />
        )}
        {countProblem && (
          <p className="field-error">
            <Icon name="error" className="field-error-icon" />
            <ProblemMessage problem={countProblem} />
          </p>
        )}
      </div>
      {check.lines.length > 0 && (
        <ol className="entry-lines" aria-label={t("pl.check.linesLabel")}>
          {check.lines.map((line) => {
            const server = serverLine?.lineNumber === line.lineNumber ? serverLine.problem : undefined;
            const bad = line.problem !== undefined || server !== undefined;
            return (
              <li key={line.lineNumber} className={`entry-line ${bad ? "entry-line-invalid" : ""}`.trim()}>
                <span className="entry-line-number">{t("pl.check.line", { line: line.lineNumber })}</span>
                <Icon name={bad ? "error" : "check"} className="entry-line-icon" />
                <span className="entry-line-cidr mono truncate" title={line.cidr ?? line.cidrText}>
                  {line.cidr ?? line.cidrText}
                </span>
                <span className="entry-line-description truncate" title={line.description}>
                  {line.description}
                </span>
                <span className="entry-line-status">
                  {server && !line.problem ? (
                    <ProblemMessage problem={server} />
                  ) : (
                    <LineStatus line={line} family={family} />
                  )}
                  {line.suggestion && (
                    <Button
                      variant="link"
                      size="sm"
                      onClick={() => onChange(replaceLineCidr(text, line.lineNumber, line.suggestion ?? line.cidrText))}
                    >
                      {t("pl.line.useSuggestion", { suggestion: line.suggestion })}
                    </Button>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
