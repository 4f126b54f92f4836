import { useId } from "react";
import type { Permission } from "@/api/types";
import { toProblem } from "../../../components/problem";
import { useT } from "../../../i18n";
import { Icon } from "../../../ui/Icon";
import { ruleLine } from "../../security-groups/rules/rule-display";
import { ProblemDetails } from "../ProblemDetails";
import type { DeletionOutcome } from "./delete-one-by-one";

/**
 * The selected rules of a deletion, each with its state: waiting, being deleted, deleted, kept
 * (no longer redundant when its turn came) or failed with the API's error.
 */
export function DeletionOutcomes({
  rules,
  outcomes,
  current,
}: {
  /** The selected rules in deletion order (the rule as it was, when it was known). */
  rules: ReadonlyArray<{ ruleId: string; rule: Permission | undefined }>;
  outcomes: readonly DeletionOutcome[];
  current: number | undefined;
}) {
  const t = useT();
  const titleId = useId();
  const deleted = outcomes.filter((outcome) => outcome.status === "deleted").length;
  const kept = outcomes.filter((outcome) => outcome.status === "kept").length;
  const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
  return (
    <section className="deletion" aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        {t("hc.outcome.title")}
      </h3>
      <p role="status" className="deletion-status">
        {current !== undefined
          ? t("hc.progress", { current: current + 1, total: rules.length })
          : t("hc.done", { deleted, kept, failed })}
      </p>
      <ol className="deletion-list">
        {rules.map(({ ruleId, rule }, index) => {
          const outcome = outcomes[index];
          const status = outcome?.status ?? (index === current ? "working" : "waiting");
          return (
            <li key={ruleId} className={`deletion-item deletion-${status}`}>
              <span className="deletion-state">
                {status === "deleted" && <Icon name="check" />}
                {status === "failed" && <Icon name="warning" />}
                {status === "kept" && <Icon name="shield" />}
                {status === "working" && <span className="spinner spinner-inline" aria-hidden="true" />}
                {t(`hc.outcome.${status}`)}
              </span>
              <code className="mono">{ruleId}</code>
              {rule && (
                <span className="deletion-rule">
                  {t(rule.Direction === "ingress" ? "io.direction.ingress" : "io.direction.egress")} ·{" "}
                  {ruleLine(t, rule)}
                </span>
              )}
              {outcome?.status === "failed" && <ProblemDetails problem={toProblem(outcome.error)} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
