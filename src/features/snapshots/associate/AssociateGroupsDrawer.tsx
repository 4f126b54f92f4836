import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { SnapshotPolicy } from "@/api/types";
import { MAX_GROUPS_PER_POLICY } from "@/engine/validate";
import { useEcsMutation } from "../../../api/queries";
import { toProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { Meter } from "../../../ui/Meter";
import { POLICY_WRITE_INVALIDATES, policyIdsOf, policyQuery } from "../api";
import { associateGroups } from "../policies/policy-writes";
import { GroupPicker, type PickedGroup } from "./GroupPicker";

/**
 * SNAP-2: choose groups for a policy. The count against the 10-group limit updates as groups are
 * ticked, and once it is reached no further group can be ticked: the 11th is refused here,
 * before any request (the engine would answer QuotaExceed.SecurityGroupPerPolicy).
 */
export function AssociateGroupsDrawer({
  regionId,
  policy: initial,
  onClose,
}: {
  regionId: string;
  policy: SnapshotPolicy;
  onClose: () => void;
}) {
  const t = useT();
  // The list row may be stale (another tab, an earlier association): the limit needs the real count.
  const fresh = useQuery({ ...policyQuery(regionId, initial.SnapshotPolicyId), staleTime: 0 });
  const policy = fresh.data?.SnapshotPolicies.SnapshotPolicy[0] ?? initial;
  const existing = policyIdsOf(policy);
  const [picked, setPicked] = useState<ReadonlyMap<string, PickedGroup>>(new Map());
  const associate = useEcsMutation((ids: string[]) => associateGroups(regionId, policy.SnapshotPolicyId, ids), {
    invalidates: POLICY_WRITE_INVALIDATES,
  });
  const used = existing.length + picked.size;
  const full = existing.length >= MAX_GROUPS_PER_POLICY;
  const enabled = policy.Status === "Enabled";

  const submit = () => {
    const ids = [...picked.keys()];
    associate.mutate(ids, {
      onSuccess: () => {
        toast.success(
          t(enabled ? "snap.associate.doneSnapshots" : "snap.associate.doneDisabled", { count: ids.length }),
        );
        onClose();
      },
    });
  };

  return (
    <SideModalForm
      title={t("snap.associate.title", { name: policy.SnapshotPolicyName })}
      submitLabel={t("snap.associate.submit")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={associate.isPending}
      problem={associate.error ? toProblem(associate.error) : undefined}
      submitDisabled={picked.size === 0}
      width="medium"
      footerNote={t("snap.associate.selected", { count: picked.size })}
    >
      <Meter
        value={used}
        max={MAX_GROUPS_PER_POLICY}
        label={t("snap.associate.meterLabel", { limit: MAX_GROUPS_PER_POLICY })}
        text={t("snap.groupsUsed", { used, limit: MAX_GROUPS_PER_POLICY })}
      />
      <Callout tone="info">{t(enabled ? "snap.associate.takesSnapshot" : "snap.associate.disabledNote")}</Callout>
      {used >= MAX_GROUPS_PER_POLICY && (
        <Callout tone="warning" role="status">
          {full
            ? t("snap.associate.full", { limit: MAX_GROUPS_PER_POLICY })
            : t("snap.associate.limitReached", { limit: MAX_GROUPS_PER_POLICY })}
        </Callout>
      )}
      <GroupPicker
        regionId={regionId}
        associated={existing}
        picked={picked}
        canPickMore={used < MAX_GROUPS_PER_POLICY}
        onChange={setPicked}
      />
    </SideModalForm>
  );
}
