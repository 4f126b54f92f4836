import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { NetworkInterface } from "@/api/types";
import { useEcsMutation } from "../../../../api/queries";
import { FieldError } from "../../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../../components/problem";
import { SideModalForm } from "../../../../components/SideModalForm";
import { toast } from "../../../../components/toasts";
import { eniLimitOf } from "../../../../engine/validate";
import { useT } from "../../../../i18n";
import { Field } from "../../../../ui/Field";
import { MEMBERSHIP_INVALIDATES, vpcInstancesQuery } from "../../api";
import { instanceStatusLabel } from "../../labels";
import { attachEni } from "./eni-writes";

/**
 * ENI-4: attach an Available secondary ENI to an instance of its VPC. Instances of another
 * zone, or already at their type's ENI limit, are listed and marked; the engine's refusal
 * shows next to the field.
 */
export function AttachDrawer({
  regionId,
  eni,
  onClose,
}: {
  regionId: string;
  eni: NetworkInterface;
  onClose: () => void;
}) {
  const t = useT();
  const instances = useQuery(vpcInstancesQuery(regionId, eni.VpcId));
  const options = instances.data?.Instances.Instance ?? [];
  const [instanceId, setInstanceId] = useState("");
  const chosenId = instanceId || options.find((instance) => instance.ZoneId === eni.ZoneId)?.InstanceId || "";
  const chosen = options.find((instance) => instance.InstanceId === chosenId);
  const attach = useEcsMutation((target: string) => attachEni(regionId, eni.NetworkInterfaceId, target), {
    invalidates: MEMBERSHIP_INVALIDATES,
  });
  const server = attach.error ? toProblem(attach.error) : undefined;
  const instanceError = problemAt(server, "InstanceId");
  // The type's ENI limit, shown before submitting; the engine still decides (and says why).
  const eniCount = chosen?.NetworkInterfaces.NetworkInterface.length ?? 0;
  const eniLimit = chosen ? eniLimitOf(chosen.InstanceType) : 0;
  const hint = () => {
    if (!chosen) return t("eni.attach.hint");
    if (chosen.ZoneId !== eni.ZoneId) return t("eni.attach.otherZone", { zone: chosen.ZoneId, eniZone: eni.ZoneId });
    if (eniCount >= eniLimit) return t("eni.attach.full", { used: eniCount, type: chosen.InstanceType });
    return (
      <>
        {t("eni.attach.hint")}
        <br />
        {t("eni.attach.room", { used: eniCount, limit: eniLimit, type: chosen.InstanceType })}
      </>
    );
  };

  const submit = () => {
    if (!chosenId) return;
    attach.mutate(chosenId, {
      onSuccess: () => {
        toast.success(t("eni.attach.done", { instance: chosen?.InstanceName || chosenId }));
        onClose();
      },
    });
  };

  return (
    <SideModalForm
      title={t("eni.attach.title", { name: eni.NetworkInterfaceName || eni.NetworkInterfaceId })}
      submitLabel={t("eni.action.attach")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={attach.isPending}
      submitDisabled={instances.isPending || options.length === 0}
      problem={unplacedProblem(server, ["InstanceId"])}
    >
      <p className="field-hint">{t("eni.attach.intro", { vpc: eni.VpcId, zone: eni.ZoneId })}</p>
      <Field
        label={t("eni.field.instance")}
        hint={hint()}
        error={instanceError && <FieldError problem={instanceError} />}
      >
        {(control) => (
          <select
            {...control}
            value={chosenId}
            disabled={instances.isPending}
            onChange={(event) => {
              attach.reset();
              setInstanceId(event.target.value);
            }}
          >
            {instances.isPending && <option value="">{t("common.loading")}</option>}
            {!instances.isPending && options.length === 0 && <option value="">{t("eni.attach.none")}</option>}
            {options.map((instance) => (
              <option key={instance.InstanceId} value={instance.InstanceId}>
                {t("eni.attach.option", {
                  name: instance.InstanceName || instance.InstanceId,
                  id: instance.InstanceId,
                  zone: instance.ZoneId,
                  status: instanceStatusLabel(t, instance.Status),
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </SideModalForm>
  );
}
