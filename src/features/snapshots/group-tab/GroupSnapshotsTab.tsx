import { useState } from "react";
import { Link, type LoaderFunctionArgs, useNavigate } from "react-router";
import type { Snapshot } from "@/api/types";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { type Column, DataTable } from "../../../components/DataTable";
import { toast } from "../../../components/toasts";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Badge } from "../../../ui/Badge";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { useCurrentGroup } from "../../security-groups/detail/current-group";
import { groupPoliciesQuery, groupSnapshotsQuery } from "../api";
import { RestoreDialog } from "../restore/RestoreDialog";

/** The tab's loader: the group's snapshots and the policies covering it (the parent checks the group). */
export async function groupSnapshotsLoader({ params }: LoaderFunctionArgs) {
  const regionId = params.regionId ?? "";
  const securityGroupId = params.securityGroupId ?? "";
  await Promise.all([
    prefetch(groupSnapshotsQuery(regionId, securityGroupId)),
    prefetch(groupPoliciesQuery(regionId, securityGroupId)),
  ]);
  return null;
}

/**
 * A snapshot falls due 5 minutes after a rule change (SNAP-3), with nobody clicking: the open
 * tab asks again this often (only while visible), so it appears without a reload.
 */
const SNAPSHOT_POLL_MS = 30_000;

/** SNAP-4: the group's snapshots, newest first, with their policy, expiry and rule counts; restore from one. */
export function GroupSnapshotsTab() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { regionId, securityGroupId, group } = useCurrentGroup();
  const snapshots = usePrefetchedQuery({
    ...groupSnapshotsQuery(regionId, securityGroupId),
    refetchInterval: SNAPSHOT_POLL_MS,
  }).Snapshots.Snapshot;
  const policies = usePrefetchedQuery(groupPoliciesQuery(regionId, securityGroupId)).SnapshotPolicies.SnapshotPolicy;
  const [restoring, setRestoring] = useState<Snapshot>();
  if (!group) return null;

  const policyName = (id: string) => policies.find((policy) => policy.SnapshotPolicyId === id)?.SnapshotPolicyName;
  const count = (snapshot: Snapshot, direction: "ingress" | "egress") =>
    snapshot.Permissions.Permission.filter((rule) => rule.Direction === direction).length;
  const readOnly = group.ServiceManaged;

  const columns: Column<Snapshot>[] = [
    {
      id: "id",
      header: t("snap.col.snapshotId"),
      className: "col-snap-id",
      cell: (snapshot) => (
        <span className="mono truncate" title={snapshot.SnapshotId}>
          {snapshot.SnapshotId}
        </span>
      ),
    },
    {
      id: "created",
      header: t("snap.col.snapshotCreated"),
      className: "col-time col-snap-time",
      cell: (snapshot) => <time dateTime={snapshot.CreationTime}>{formatTime(snapshot.CreationTime, language)}</time>,
    },
    {
      id: "expires",
      header: t("snap.col.expires"),
      className: "col-time col-snap-time",
      cell: (snapshot) => (
        <time dateTime={snapshot.ExpirationTime}>{formatTime(snapshot.ExpirationTime, language)}</time>
      ),
    },
    {
      id: "policy",
      header: t("snap.col.policy"),
      className: "col-snap-policy-of",
      cell: (snapshot) => {
        const name = policyName(snapshot.SnapshotPolicyId);
        return (
          <span className="stacked">
            {name ? (
              <Link
                to={pb.snapshotPolicy({ regionId, snapshotPolicyId: snapshot.SnapshotPolicyId })}
                className="truncate"
              >
                {name}
              </Link>
            ) : (
              <span className="muted">{t("snap.tab.policyGone")}</span>
            )}
            <span className="mono muted truncate">{snapshot.SnapshotPolicyId}</span>
          </span>
        );
      },
    },
    {
      id: "rules",
      header: t("snap.col.snapshotRules"),
      className: "col-snap-rules",
      cell: (snapshot) =>
        t("snap.tab.ruleCounts", { inbound: count(snapshot, "ingress"), outbound: count(snapshot, "egress") }),
    },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-snap-restore",
      cell: (snapshot) => (
        <Button
          variant="link"
          onClick={() => setRestoring(snapshot)}
          disabled={readOnly}
          title={readOnly ? t("rules.readOnly") : undefined}
        >
          {t("snap.action.restore")}
        </Button>
      ),
    },
  ];

  return (
    <div className="snapshots-tab">
      <div className="panel-toolbar">
        <div className="covered-by">
          <span className="muted">{t("snap.tab.coveredBy")}</span>
          {policies.length === 0 ? (
            <span>{t("snap.tab.noPolicy")}</span>
          ) : (
            <ul className="covered-list">
              {policies.map((policy) => (
                <li key={policy.SnapshotPolicyId} className="covered-item">
                  <Link to={pb.snapshotPolicy({ regionId, snapshotPolicyId: policy.SnapshotPolicyId })}>
                    {policy.SnapshotPolicyName}
                  </Link>
                  <Badge tone={policy.Status === "Enabled" ? "green" : "neutral"}>
                    {t(policy.Status === "Enabled" ? "snap.status.enabled" : "snap.status.disabled")}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Link className="btn" to={pb.snapshots({ regionId })}>
          <Icon name="camera" />
          {t("snap.tab.managePolicies")}
        </Link>
      </div>
      <p className="tab-note">{t("snap.tab.howTaken")}</p>
      <DataTable
        label={t("snap.tab.tableLabel")}
        columns={columns}
        rows={snapshots}
        rowKey={(snapshot) => snapshot.SnapshotId}
        empty={
          <EmptyState
            headingLevel={3}
            icon="camera"
            title={t("snap.tab.emptyTitle")}
            body={t(policies.length === 0 ? "snap.tab.emptyNoPolicy" : "snap.tab.emptyBody")}
          />
        }
      />
      {restoring && (
        <RestoreDialog
          regionId={regionId}
          group={group}
          snapshot={restoring}
          policyName={policyName(restoring.SnapshotPolicyId)}
          onClose={() => setRestoring(undefined)}
          onRestored={() => {
            toast.success(t("snap.restore.done", { id: restoring.SnapshotId }));
            setRestoring(undefined);
            void navigate(pb.securityGroup({ regionId, securityGroupId }, "inbound"));
          }}
        />
      )}
    </div>
  );
}
