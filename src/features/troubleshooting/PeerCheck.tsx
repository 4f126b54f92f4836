import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Instance, NetworkInterface } from "@/api/types";
import { hasPorts } from "../../engine/validate";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { instanceQuery } from "./api";
import { CheckResult } from "./CheckResult";
import { peerCheck, portProblem } from "./checks";
import { DiagSection } from "./DiagSection";
import { InstanceSelect } from "./InstanceSelect";
import { ProtocolPortFields } from "./ProtocolPortFields";
import type { CheckProtocol, PeerCheckState, PeerDirection } from "./search";
import { trafficText } from "./traffic-text";

/** A name a person knows an instance by. */
function nameOf(instance: Instance | undefined, fallback: string): string {
  return instance?.InstanceName || fallback;
}

/**
 * DIAG-2: traffic between the picked network interface and another instance, either way. Both
 * hops are judged: the source's outbound rules, then the destination's inbound rules.
 */
export function PeerCheck({
  regionId,
  instance,
  eni,
  current,
  onRun,
}: {
  regionId: string;
  instance: Instance;
  eni: NetworkInterface;
  current?: PeerCheckState;
  onRun: (check: PeerCheckState) => void;
}) {
  const t = useT();
  const directionId = useId();
  const [peerId, setPeerId] = useState(current?.instanceId ?? "");
  const [direction, setDirection] = useState<PeerDirection>(current?.direction ?? "in");
  const [protocol, setProtocol] = useState<CheckProtocol>(current?.protocol ?? "TCP");
  const [port, setPort] = useState(current?.port ?? "");
  const [submitted, setSubmitted] = useState(false);
  const chosen = useQuery({ ...instanceQuery(regionId, peerId), enabled: Boolean(peerId) }).data?.Instances.Instance[0];
  const ran = useQuery({
    ...instanceQuery(regionId, current?.instanceId ?? ""),
    enabled: Boolean(current?.instanceId),
  }).data?.Instances.Instance[0];
  const withPorts = hasPorts(protocol);
  const problems = { peer: peerId ? undefined : ("diag.peer.required" as const), port: portProblem(protocol, port) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.peer || problems.port) return;
    onRun({ instanceId: peerId, direction, protocol, port: withPorts ? port.trim() : "" });
  };

  const here = nameOf(instance, instance.InstanceId);
  const result = (() => {
    if (!current || !ran || portProblem(current.protocol, current.port)) return undefined;
    const there = nameOf(ran, ran.InstanceId);
    const thereIp = ran.VpcAttributes.PrivateIpAddress.IpAddress[0] ?? "";
    const inbound = current.direction === "in";
    const traffic = trafficText(t, current.protocol, current.port);
    return (
      <ul className="diag-results">
        <CheckResult
          regionId={regionId}
          title={t("diag.peer.resultTitle", { from: inbound ? there : here, to: inbound ? here : there })}
          detail={traffic}
          check={peerCheck(eni.NetworkInterfaceId, ran.InstanceId, current.direction, current.protocol, current.port)}
          sourceAddress={inbound ? thereIp : eni.PrivateIpAddress}
          destAddress={inbound ? eni.PrivateIpAddress : thereIp}
          outsideSource={false}
        />
      </ul>
    );
  })();

  return (
    <DiagSection title={t("diag.peer.title")} intro={t("diag.peer.intro")}>
      <form className="diag-form diag-form-peer" noValidate onSubmit={submit}>
        <fieldset className="field diag-direction" aria-describedby={directionId}>
          <legend className="field-label">{t("diag.peer.direction")}</legend>
          <div className="diag-direction-options">
            <label className="diag-radio">
              <input type="radio" name={directionId} checked={direction === "in"} onChange={() => setDirection("in")} />
              {t("diag.peer.in", { here })}
            </label>
            <label className="diag-radio">
              <input
                type="radio"
                name={directionId}
                checked={direction === "out"}
                onChange={() => setDirection("out")}
              />
              {t("diag.peer.out", { here })}
            </label>
          </div>
          <span id={directionId} className="field-hint">
            {t("diag.peer.directionHint")}
          </span>
        </fieldset>
        <InstanceSelect
          regionId={regionId}
          label={t("diag.peer.other")}
          value={peerId}
          chosen={chosen}
          exclude={instance.InstanceId}
          error={submitted && problems.peer ? t(problems.peer) : undefined}
          onChange={setPeerId}
        />
        <ProtocolPortFields
          protocol={protocol}
          port={port}
          portError={submitted && problems.port ? t(problems.port) : undefined}
          portPlaceholder="3306"
          onProtocol={setProtocol}
          onPort={setPort}
        />
        <Button type="submit" variant="primary">
          {t("diag.peer.run")}
        </Button>
      </form>
      {result}
    </DiagSection>
  );
}
