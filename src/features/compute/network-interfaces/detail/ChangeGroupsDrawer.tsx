import { useState } from "react";
import type { NetworkInterface, SecurityGroup } from "@/api/types";
import { callEcs } from "../../../../api/client";
import { useEcsMutation } from "../../../../api/queries";
import { toProblem } from "../../../../components/problem";
import { SideModalForm } from "../../../../components/SideModalForm";
import { toast } from "../../../../components/toasts";
import { useT } from "../../../../i18n";
import { MEMBERSHIP_INVALIDATES } from "../../api";
import { GroupSetField } from "../../limits/GroupSetField";
import { isGroupsParameter } from "../../limits/group-parameter";

/**
 * ENI-4/ENI-5: the secondary ENI's whole set of groups, replaced in one
 * ModifyNetworkInterfaceAttribute (SecurityGroupId.N). Limits show while choosing; the
 * engine's verdict appears next to the list after submitting.
 */
export function ChangeGroupsDrawer({
  regionId,
  eni,
  current,
  onClose,
}: {
  regionId: string;
  eni: NetworkInterface;
  current: readonly SecurityGroup[];
  onClose: () => void;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<SecurityGroup[]>(() => [...current]);
  const [submitted, setSubmitted] = useState(false);
  const save = useEcsMutation(
    (groupIds: string[]) =>
      callEcs("ModifyNetworkInterfaceAttribute", {
        RegionId: regionId,
        NetworkInterfaceId: eni.NetworkInterfaceId,
        SecurityGroupId: groupIds,
      }),
    { invalidates: MEMBERSHIP_INVALIDATES },
  );
  const server = save.error ? toProblem(save.error) : undefined;
  const placed = server !== undefined && isGroupsParameter(server.parameter);

  const submit = () => {
    setSubmitted(true);
    if (chosen.length === 0) return;
    save.mutate(
      chosen.map((group) => group.SecurityGroupId),
      {
        onSuccess: () => {
          toast.success(t("eni.groups.saved", { count: chosen.length }));
          onClose();
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("eni.groups.title", { name: eni.NetworkInterfaceName || eni.NetworkInterfaceId })}
      submitLabel={t("common.save")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={save.isPending}
      problem={placed ? undefined : server}
      width="medium"
    >
      <p className="field-hint">{t("eni.groups.intro")}</p>
      <GroupSetField
        regionId={regionId}
        vpcId={eni.VpcId}
        current={current}
        chosen={chosen}
        onChange={(next) => {
          save.reset();
          setChosen(next);
        }}
        legend={t("eni.field.groups")}
        target={eni.NetworkInterfaceId}
        showEmpty={submitted}
        problem={placed ? server : undefined}
      />
    </SideModalForm>
  );
}
