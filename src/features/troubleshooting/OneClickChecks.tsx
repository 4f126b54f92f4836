import { type FormEvent, useId, useState } from "react";
import { invalidateAction } from "../../api/queries";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/Icon";
import type { EniView } from "./api";
import { CheckResult } from "./CheckResult";
import { inboundCheck, ONE_CLICK_CHECKS, sourceProblem } from "./checks";

/**
 * DIAG-1's one-click checks: ports 80, 443, 22, 3389, 8080 and ping from one outside address
 * (kept in the URL) to the picked network interface, all six judged at once.
 */
export function OneClickChecks({
  regionId,
  eni,
  source,
  onSource,
}: {
  regionId: string;
  eni: EniView;
  source: string;
  onSource: (source: string) => void;
}) {
  const t = useT();
  const headingId = useId();
  const [draft, setDraft] = useState(source);
  const [showProblem, setShowProblem] = useState(false);
  const problem = sourceProblem(draft);
  const runnable = sourceProblem(source) === undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowProblem(true);
    if (problem) return;
    if (draft.trim() === source) void invalidateAction("DiagnoseTraffic");
    else onSource(draft.trim());
  };

  return (
    <section className="panel diag-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId} className="section-title">
          {t("diag.oneClick.title")}
        </h2>
      </div>
      <p className="diag-section-intro">{t("diag.oneClick.intro", { eni: eni.NetworkInterfaceId })}</p>
      <form className="diag-form" noValidate onSubmit={submit}>
        <Field
          label={t("diag.field.source")}
          hint={t("diag.field.sourceHint")}
          error={showProblem && problem ? t(problem) : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="mono"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => setShowProblem(true)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary">
          <Icon name="search" />
          {t("diag.oneClick.run")}
        </Button>
      </form>
      {runnable && (
        <ul className="diag-results">
          {ONE_CLICK_CHECKS.map((check) => {
            const protocol = t(`rules.protocol.${check.protocol}`);
            return (
              <CheckResult
                key={check.id}
                regionId={regionId}
                title={t(check.label)}
                detail={t("diag.detail.from", {
                  traffic: check.port === undefined ? protocol : `${protocol} ${check.port}`,
                  source,
                })}
                check={inboundCheck(eni.NetworkInterfaceId, source, check.protocol, check.port)}
                sourceAddress={source}
                destAddress={eni.PrivateIpAddress}
                outsideSource
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
