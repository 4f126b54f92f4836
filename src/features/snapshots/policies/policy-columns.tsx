import { Link } from "react-router";
import type { SnapshotPolicy } from "@/api/types";
import { MAX_GROUPS_PER_POLICY } from "@/engine/validate";
import type { Column } from "../../../components/DataTable";
import type { Translate } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { policyIdsOf } from "../api";
import { retentionLabel } from "./labels";
import { PolicyStatusSwitch } from "./PolicyStatusSwitch";

interface ColumnContext {
  t: Translate;
  regionId: string;
  onAssociate: (policy: SnapshotPolicy) => void;
  onEdit: (policy: SnapshotPolicy) => void;
  onDelete: (policy: SnapshotPolicy) => void;
}

export function policyColumns({ t, regionId, onAssociate, onEdit, onDelete }: ColumnContext): Column<SnapshotPolicy>[] {
  const detail = (policy: SnapshotPolicy) => pb.snapshotPolicy({ regionId, snapshotPolicyId: policy.SnapshotPolicyId });
  return [
    {
      id: "idName",
      header: t("snap.col.idName"),
      className: "col-snap-policy",
      cell: (policy) => (
        <span className="stacked">
          <Link to={detail(policy)} className="truncate" title={policy.SnapshotPolicyName}>
            {policy.SnapshotPolicyName}
          </Link>
          <span className="mono muted truncate">{policy.SnapshotPolicyId}</span>
        </span>
      ),
    },
    {
      id: "status",
      header: t("snap.col.status"),
      className: "col-snap-status",
      cell: (policy) => <PolicyStatusSwitch regionId={regionId} policy={policy} />,
    },
    {
      id: "retention",
      header: t("snap.col.retention"),
      className: "col-snap-retention",
      cell: (policy) => retentionLabel(t, policy.RetentionDays),
    },
    {
      id: "bucket",
      header: t("snap.col.bucket"),
      className: "col-snap-bucket",
      cell: (policy) => (
        <span className="mono truncate" title={policy.BucketName}>
          {policy.BucketName}
        </span>
      ),
    },
    {
      id: "groups",
      header: t("snap.col.groups"),
      className: "col-snap-groups",
      cell: (policy) => t("snap.groupsCount", { used: policyIdsOf(policy).length, limit: MAX_GROUPS_PER_POLICY }),
    },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions col-snap-actions",
      cell: (policy) => (
        <div className="row-actions">
          <Button variant="link" onClick={() => onAssociate(policy)}>
            {t("snap.action.associate")}
          </Button>
          <Button variant="link" onClick={() => onEdit(policy)}>
            {t("common.edit")}
          </Button>
          <Button variant="link" onClick={() => onDelete(policy)}>
            {t("common.delete")}
          </Button>
        </div>
      ),
    },
  ];
}
