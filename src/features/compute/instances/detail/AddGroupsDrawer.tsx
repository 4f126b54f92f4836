import { useState } from "react";
import type { Instance, SecurityGroup } from "@/api/types";
import { callEcs } from "../../../../api/client";
import { useEcsMutation } from "../../../../api/queries";
import { toProblem } from "../../../../components/problem";
import { SideModalForm } from "../../../../components/SideModalForm";
import { toast } from "../../../../components/toasts";
import { useT } from "../../../../i18n";
import { MEMBERSHIP_INVALIDATES } from "../../api";
import { GroupSetField } from "../../limits/GroupSetField";
import { isGroupsParameter } from "../../limits/group-parameter";

interface AddGroupsDrawerProps {
  regionId: string;
  instance: Instance;
  current: readonly SecurityGroup[];
  primaryEniId: string;
  onClose: () => void;
}

/**
 * ENI-3/ENI-5: add groups to an instance. The whole new set is sent in one
 * ModifyInstanceAttribute (all or nothing). The limits are shown while choosing; submitting
 * is never blocked by them, so the engine's own verdict appears next to the list too.
 */
export function AddGroupsDrawer({ regionId, instance, current, primaryEniId, onClose }: AddGroupsDrawerProps) {
  const t = useT();
  const [chosen, setChosen] = useState<SecurityGroup[]>(() => [...current]);
  const [submitted, setSubmitted] = useState(false);
  const vpcId = instance.VpcAttributes.VpcId;
  const currentIds = new Set(current.map((group) => group.SecurityGroupId));
  const added = chosen.filter((group) => !currentIds.has(group.SecurityGroupId));
  const save = useEcsMutation(
    (groupIds: string[]) =>
      callEcs("ModifyInstanceAttribute", {
        RegionId: regionId,
        InstanceId: instance.InstanceId,
        SecurityGroupIds: groupIds,
      }),
    { invalidates: MEMBERSHIP_INVALIDATES },
  );
  const server = save.error ? toProblem(save.error) : undefined;
  const placed = server !== undefined && isGroupsParameter(server.parameter);

  const submit = () => {
    setSubmitted(true);
    if (added.length === 0) return;
    save.mutate(
      chosen.map((group) => group.SecurityGroupId),
      {
        onSuccess: () => {
          toast.success(t("inst.add.done", { count: added.length }));
          onClose();
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("inst.add.title", { name: instance.InstanceName || instance.InstanceId })}
      submitLabel={t("inst.add.submit")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={save.isPending}
      problem={placed ? undefined : server}
      width="medium"
    >
      <p className="field-hint">{t("inst.add.intro", { eni: primaryEniId })}</p>
      <GroupSetField
        regionId={regionId}
        vpcId={vpcId}
        current={current}
        chosen={chosen}
        locked={currentIds}
        onChange={(next) => {
          save.reset();
          setChosen(next);
        }}
        legend={t("inst.add.legend")}
        target={primaryEniId}
        showEmpty={false}
        problem={placed ? server : undefined}
      >
        {submitted && added.length === 0 && (
          <div className="field-error" role="alert">
            {t("inst.add.none")}
          </div>
        )}
      </GroupSetField>
    </SideModalForm>
  );
}
