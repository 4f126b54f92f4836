import { type FormEvent, useState } from "react";
import type { NetworkInterface } from "@/api/types";
import { hasPorts } from "../../engine/validate";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { CheckResult } from "./CheckResult";
import { inboundCheck, portProblem, sourceProblem } from "./checks";
import { DiagSection } from "./DiagSection";
import { ProtocolPortFields } from "./ProtocolPortFields";
import type { CheckProtocol, CustomCheckState } from "./search";
import { trafficText } from "./traffic-text";

/** DIAG-1's custom check: a source address, protocol and destination port the user chooses. */
export function CustomCheck({
  regionId,
  eni,
  defaultSource,
  current,
  onRun,
}: {
  regionId: string;
  eni: NetworkInterface;
  defaultSource: string;
  /** The check last run (from the URL). */
  current?: CustomCheckState;
  onRun: (check: CustomCheckState) => void;
}) {
  const t = useT();
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

  const traffic = current ? trafficText(t, current.protocol, current.port) : "";

  return (
    <DiagSection title={t("diag.custom.title")} intro={t("diag.custom.intro")}>
      <form className="diag-form" noValidate onSubmit={submit}>
        <Field label={t("diag.field.source")} error={submitted && problems.source ? t(problems.source) : undefined}>
          {(control) => (
            <input {...control} className="mono" value={source} onChange={(event) => setSource(event.target.value)} />
          )}
        </Field>
        <ProtocolPortFields
          protocol={protocol}
          port={port}
          portError={submitted && problems.port ? t(problems.port) : undefined}
          portPlaceholder="8443"
          onProtocol={setProtocol}
          onPort={setPort}
        />
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
    </DiagSection>
  );
}
