import { hasPorts } from "../../engine/validate";
import { useT } from "../../i18n";
import { Field } from "../../ui/Field";
import { CHECK_PROTOCOLS, type CheckProtocol } from "./search";

/** The protocol and destination-port fields of a typed check; the port is off for protocols without ports. */
export function ProtocolPortFields({
  protocol,
  port,
  portError,
  portPlaceholder,
  onProtocol,
  onPort,
}: {
  protocol: CheckProtocol;
  port: string;
  /** The port's problem in words, once the form was submitted. */
  portError?: string;
  portPlaceholder: string;
  onProtocol: (protocol: CheckProtocol) => void;
  onPort: (port: string) => void;
}) {
  const t = useT();
  const withPorts = hasPorts(protocol);
  return (
    <>
      <Field label={t("diag.field.protocol")}>
        {(control) => (
          <select
            {...control}
            value={protocol}
            onChange={(event) =>
              onProtocol(CHECK_PROTOCOLS.find((candidate) => candidate === event.target.value) ?? "TCP")
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
      <Field label={t("diag.field.port")} hint={withPorts ? undefined : t("diag.field.portNone")} error={portError}>
        {(control) => (
          <input
            {...control}
            className="mono diag-port"
            inputMode="numeric"
            value={withPorts ? port : ""}
            disabled={!withPorts}
            placeholder={withPorts ? portPlaceholder : ""}
            onChange={(event) => onPort(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
