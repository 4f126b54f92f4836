import type { SnapshotPolicy } from "@/api/types";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { PolicyFormDrawer } from "./PolicyFormDrawer";
import { type PolicyFormValues, policyFormValues } from "./policy-form";
import { modifyPolicy } from "./policy-writes";

/** SNAP-1 modify: the same form, filled with the policy's settings. */
export function EditPolicyDrawer({
  regionId,
  policy,
  onClose,
}: {
  regionId: string;
  policy: SnapshotPolicy;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <PolicyFormDrawer
      mode="edit"
      initial={policyFormValues(policy)}
      write={(values: PolicyFormValues) => modifyPolicy(regionId, policy.SnapshotPolicyId, values)}
      onSaved={(values) => {
        toast.success(t("snap.edit.saved", { name: values.name }));
        onClose();
      }}
      onDismiss={onClose}
    />
  );
}
