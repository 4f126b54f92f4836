import type { SnapshotPolicy } from "@/api/types";
import { confirmAction } from "../../../components/confirm";
import type { Translate } from "../../../i18n";
import { POLICY_WRITE_INVALIDATES, policyIdsOf } from "../api";
import { deletePolicy } from "./policy-writes";

/** SNAP-1 delete, after a confirmation that says what stops and what stays. */
export function confirmDeletePolicy(
  t: Translate,
  regionId: string,
  policy: SnapshotPolicy,
  onDeleted?: () => Promise<void> | void,
): void {
  const name = policy.SnapshotPolicyName;
  confirmAction({
    title: t("snap.delete.title", { name }),
    body: (
      <>
        <p className="identity">
          <span className="truncate">{name}</span>
          <code className="mono muted">{policy.SnapshotPolicyId}</code>
        </p>
        <p>{t("snap.delete.body", { count: policyIdsOf(policy).length })}</p>
        <p>{t("snap.delete.snapshotsStay")}</p>
      </>
    ),
    confirmLabel: t("common.delete"),
    run: () => deletePolicy(regionId, policy.SnapshotPolicyId),
    effects: {
      invalidates: POLICY_WRITE_INVALIDATES,
      deletes: { id: policy.SnapshotPolicyId, leave: onDeleted },
    },
    successMessage: t("snap.delete.deleted", { name }),
  });
}
