import { useState } from "react";
import { useNavigate } from "react-router";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { PageHeader } from "../../../components/PageHeader";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Badge } from "../../../ui/Badge";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { AssociateGroupsDrawer } from "../associate/AssociateGroupsDrawer";
import { CoveredGroupsPanel } from "./CoveredGroupsPanel";
import { useCurrentPolicy } from "./current-policy";
import { confirmDeletePolicy } from "./delete-policy";
import { EditPolicyDrawer } from "./EditPolicyDrawer";
import { retentionLabel } from "./labels";
import { PolicyStatusSwitch } from "./PolicyStatusSwitch";

/** SNAP-1, SNAP-2: one policy, its settings, and the groups it covers. */
export function PolicyDetailPage() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { regionId, snapshotPolicyId, policy } = useCurrentPolicy();
  const [editing, setEditing] = useState(false);
  const [associating, setAssociating] = useState(false);

  if (!policy) {
    // Deleted elsewhere (another tab) while this page was open.
    return (
      <div className="page page-narrow">
        <EmptyState
          icon="warning"
          title={t("snap.detail.notFoundTitle")}
          body={t("snap.detail.notFoundBody", { id: snapshotPolicyId, region: regionId })}
        />
      </div>
    );
  }

  const enabled = policy.Status === "Enabled";
  return (
    <div className="page">
      <DocumentTitle title={policy.SnapshotPolicyName} />
      <PageHeader
        title={policy.SnapshotPolicyName}
        badges={
          <Badge tone={enabled ? "green" : "neutral"}>
            {t(enabled ? "snap.status.enabled" : "snap.status.disabled")}
          </Badge>
        }
        subtitle={<code className="mono">{policy.SnapshotPolicyId}</code>}
        actions={
          <>
            <Button onClick={() => setEditing(true)}>{t("snap.detail.edit")}</Button>
            <Button
              className="btn-danger-outline"
              onClick={() => confirmDeletePolicy(t, regionId, policy, () => navigate(pb.snapshots({ regionId })))}
            >
              <Icon name="trash" />
              {t("snap.detail.delete")}
            </Button>
          </>
        }
      >
        <dl className="summary">
          <div>
            <dt>{t("snap.col.status")}</dt>
            <dd>
              <PolicyStatusSwitch regionId={regionId} policy={policy} />
            </dd>
          </div>
          <div>
            <dt>{t("snap.col.retention")}</dt>
            <dd>{retentionLabel(t, policy.RetentionDays)}</dd>
          </div>
          <div className="summary-wide">
            <dt>{t("snap.col.bucket")}</dt>
            <dd className="mono truncate" title={policy.BucketName}>
              {policy.BucketName}
            </dd>
          </div>
          <div>
            <dt>{t("snap.col.created")}</dt>
            <dd>
              <time dateTime={policy.CreationTime}>{formatTime(policy.CreationTime, language)}</time>
            </dd>
          </div>
        </dl>
      </PageHeader>
      {!enabled && <Callout tone="warning">{t("snap.detail.disabledNote")}</Callout>}
      <Callout tone="info">{t("snap.detail.howItWorks")}</Callout>
      <CoveredGroupsPanel regionId={regionId} policy={policy} onAssociate={() => setAssociating(true)} />
      {editing && <EditPolicyDrawer regionId={regionId} policy={policy} onClose={() => setEditing(false)} />}
      {associating && (
        <AssociateGroupsDrawer regionId={regionId} policy={policy} onClose={() => setAssociating(false)} />
      )}
    </div>
  );
}
