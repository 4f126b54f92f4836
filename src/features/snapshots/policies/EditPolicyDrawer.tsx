import type { SnapshotPolicy } from "@/api/types";
import { useEcsMutation } from "../../../api/queries";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { POLICY_WRITE_INVALIDATES } from "../api";
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
  const save = useEcsMutation((values: PolicyFormValues) => modifyPolicy(regionId, policy.SnapshotPolicyId, values), {
    invalidates: POLICY_WRITE_INVALIDATES,
  });
  return (
    <PolicyFormDrawer
      mode="edit"
      initial={policyFormValues(policy)}
      busy={save.isPending}
      serverProblem={save.error ? toProblem(save.error) : undefined}
      onDismiss={onClose}
      onSubmit={(values) =>
        save.mutate(values, {
          onSuccess: () => {
            toast.success(t("snap.edit.saved", { name: values.name }));
            onClose();
          },
        })
      }
    />
  );
}
