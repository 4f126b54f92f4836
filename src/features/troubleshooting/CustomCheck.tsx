import { type FormEvent, useId, useState } from "react";
import { hasPorts } from "../../engine/validate";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import type { EniView } from "./api";
import { CheckResult } from "./CheckResult";
import { inboundCheck, portProblem, sourceProblem } from "./checks";
import { CHECK_PROTOCOLS, type CheckProtocol, type CustomCheckState } from "./search";

/** DIAG-1's custom check: any source address, protocol and destination port. */
export function CustomCheck({
  regionId,
  eni,
  defaultSource,
  current,
  onRun,
}: {
  regionId: string;
  eni: EniView;
  defaultSource: string;
  /** The check last run (from the URL). */
  current?: CustomCheckState;
  onRun: (check: CustomCheckState) => void;
}) {
  const t = useT();
  const headingId = useId();
  const [source, setSource] = useState(current?.source ?? defaultSource);
  const [protocol, setProtocol] = useState<CheckProtocol>(current?.protocol ?? "TCP");
  const [port, setPort] = useState(current?.port ?? "");
  const [submitted, setSubmitted] = useState(false);
  const problems = { source: sourceProblem(source), port: portProblem(protocol, port) };
  const withPorts = hasPorts(protocol);
  const valid =
    current !== undefined &&
    sourceProblem(current.source) === undefined &&
    portProblem(current.protocol, current.port) === undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.source || problems.port) return;
    onRun({ source: source.trim(), protocol, port: withPorts ? port.trim() : "" });
  };

  const protocolLabel = current ? t(`rules.protocol.${current.protocol}`) : "";
  const traffic = current?.port ? `${protocolLabel} ${current.port}` : protocolLabel;

  return (
    <section className="panel diag-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId} className="section-title">
          {t("diag.custom.title")}
        </h2>
      </div>
      <p className="diag-section-intro">{t("diag.custom.intro")}</p>
      <form className="diag-form" noValidate onSubmit={submit}>
        <Field label={t("diag.field.source")} error={submitted && problems.source ? t(problems.source) : undefined}>
          {(control) => (
            <input {...control} className="mono" value={source} onChange={(event) => setSource(event.target.value)} />
          )}
        </Field>
        <Field label={t("diag.field.protocol")}>
          {(control) => (
            <select
              {...control}
              value={protocol}
              onChange={(event) =>
                setProtocol(CHECK_PROTOCOLS.find((candidate) => candidate === event.target.value) ?? "TCP")
              }
            >
              {CHECK_PROTOCOLS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`rules.protocol.${candidate}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("diag.field.port")}
          hint={withPorts ? undefined : t("diag.field.portNone")}
          error={submitted && problems.port ? t(problems.port) : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="mono diag-port"
              inputMode="numeric"
              value={withPorts ? port : ""}
              disabled={!withPorts}
              placeholder={withPorts ? "8443" : ""}
              onChange={(event) => setPort(event.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary">
          {t("diag.custom.run")}
        </Button>
      </form>
      {current && valid && (
        <ul className="diag-results">
          <CheckResult
            regionId={regionId}
            title={t("diag.custom.resultTitle", { traffic })}
            detail={t("diag.detail.from", { traffic, source: current.source })}
            check={inboundCheck(eni.NetworkInterfaceId, current.source, current.protocol, current.port)}
            sourceAddress={current.source}
            destAddress={eni.PrivateIpAddress}
            outsideSource
          />
        </ul>
      )}
    </section>
  );
}
