import { type FormEvent, useState } from "react";
import type { NetworkInterface } from "@/api/types";
import { invalidateAction } from "../../api/queries";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/Icon";
import { CheckResult } from "./CheckResult";
import { inboundCheck, ONE_CLICK_CHECKS, sourceProblem } from "./checks";
import { DiagSection } from "./DiagSection";
import { trafficText } from "./traffic-text";

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
  eni: NetworkInterface;
  source: string;
  onSource: (source: string) => void;
}) {
  const t = useT();
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
    <DiagSection title={t("diag.oneClick.title")} intro={t("diag.oneClick.intro", { eni: eni.NetworkInterfaceId })}>
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
          {ONE_CLICK_CHECKS.map((check) => (
            <CheckResult
              key={check.id}
              regionId={regionId}
              title={t(check.label)}
              detail={t("diag.detail.from", { traffic: trafficText(t, check.protocol, check.port), source })}
              check={inboundCheck(eni.NetworkInterfaceId, source, check.protocol, check.port)}
              sourceAddress={source}
              destAddress={eni.PrivateIpAddress}
              outsideSource
            />
          ))}
        </ul>
      )}
    </DiagSection>
  );
}
