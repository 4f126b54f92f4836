import type { ImportResult, ImportSecurityGroupRulesBody } from "@/api/types";
import { DataTable } from "../../../components/DataTable";
import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { Icon } from "../../../ui/Icon";
import { ProblemDetails } from "../ProblemDetails";
import { type FileRow, fileRuleLine } from "./file-rule-columns";
import type { ReadRuleFile } from "./read-rule-file";

type ResultRow = FileRow & { result: ImportResult };

/** IO-2's answer, row by row: added (or already there) with the rule id, or failed with why. */
export function ImportResults({
  file,
  result,
}: {
  file: Extract<ReadRuleFile, { kind: "rules" }>;
  result: ImportSecurityGroupRulesBody;
}) {
  const t = useT();
  const rows: ResultRow[] = result.Results.Result.map((entry) => ({
    index: entry.Index,
    rule: file.rules[entry.Index - 1] ?? {},
    result: entry,
  }));
  const failed = result.FailureCount > 0;
  return (
    <>
      <Callout
        tone={failed ? "warning" : "success"}
        title={t("io.result.summary", { success: result.SuccessCount, failure: result.FailureCount })}
        role="status"
      >
        <p>{t(failed ? "io.result.someFailed" : "io.result.allDone")}</p>
      </Callout>
      <DataTable
        label={t("io.result.table")}
        columns={[
          { id: "index", header: t("io.col.index"), className: "col-index", cell: (row) => row.index },
          {
            id: "result",
            header: t("io.col.result"),
            className: "col-result",
            cell: ({ result: entry }) =>
              entry.Success ? (
                <span className="import-ok">
                  <Icon name="check" />
                  {t(entry.Message ? "io.result.present" : "io.result.added")}
                </span>
              ) : (
                <span className="import-failed" title={`${entry.Code}: ${entry.Message}`}>
                  <Icon name="warning" />
                  {t("io.result.failed")}
                </span>
              ),
          },
          {
            id: "rule",
            header: t("io.col.rule"),
            className: "col-rule",
            cell: ({ rule }) => (
              <span className="stacked">
                <span className="truncate" title={fileRuleLine(t, rule)}>
                  {fileRuleLine(t, rule)}
                </span>
                {rule.Description && (
                  <span className="muted truncate" title={rule.Description}>
                    {rule.Description}
                  </span>
                )}
              </span>
            ),
          },
          {
            id: "outcome",
            header: t("io.col.outcome"),
            className: "col-outcome",
            cell: ({ result: entry }) =>
              entry.Success ? (
                <code className="mono">{entry.SecurityGroupRuleId}</code>
              ) : (
                <ProblemDetails problem={{ code: entry.Code, message: entry.Message }} />
              ),
          },
        ]}
        rows={rows}
        rowKey={(row) => String(row.index)}
      />
    </>
  );
}
