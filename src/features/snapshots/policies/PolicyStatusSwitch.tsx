import type { SnapshotPolicy } from "@/api/types";
import { useEcsMutation } from "../../../api/queries";
import { confirmAction } from "../../../components/confirm";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { Switch } from "../../../ui/Switch";
import { POLICY_WRITE_INVALIDATES, policyIdsOf } from "../api";
import { modifyPolicy } from "./policy-writes";

/**
 * SNAP-1 enable/disable. Enabling is harmless and happens at once; disabling stops the backups
 * of every covered group, so it is confirmed with that consequence spelled out.
 */
export function PolicyStatusSwitch({ regionId, policy }: { regionId: string; policy: SnapshotPolicy }) {
  const t = useT();
  const modify = useEcsMutation(
    (status: SnapshotPolicy["Status"]) => modifyPolicy(regionId, policy.SnapshotPolicyId, { status }),
    { invalidates: POLICY_WRITE_INVALIDATES },
  );
  const enabled = policy.Status === "Enabled";
  const name = policy.SnapshotPolicyName;

  const change = (next: boolean) => {
    if (next) {
      modify.mutate("Enabled", {
        onSuccess: () => toast.success(t("snap.status.enabledToast", { name })),
        onError: (error) => toast.error(toProblem(error), t("error.title")),
      });
      return;
    }
    confirmAction({
      title: t("snap.status.disableTitle", { name }),
      body: <p>{t("snap.status.disableBody", { count: policyIdsOf(policy).length })}</p>,
      confirmLabel: t("snap.status.disableConfirm"),
      run: () => modifyPolicy(regionId, policy.SnapshotPolicyId, { status: "Disabled" }),
      effects: { invalidates: POLICY_WRITE_INVALIDATES },
      successMessage: t("snap.status.disabledToast", { name }),
    });
  };

  return (
    <span className="switch-row">
      <Switch
        checked={enabled}
        onChange={change}
        label={t("snap.status.switchLabel", { name })}
        disabled={modify.isPending}
      />
      <span className="switch-state">{t(enabled ? "snap.status.enabled" : "snap.status.disabled")}</span>
    </span>
  );
}
