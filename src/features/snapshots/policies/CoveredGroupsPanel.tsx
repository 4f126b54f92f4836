import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { groupsByIdQuery } from "@/api/shared-reads";
import type { SecurityGroup, SnapshotPolicy } from "@/api/types";
import { MAX_GROUPS_PER_POLICY } from "@/engine/validate";
import { confirmAction } from "../../../components/confirm";
import { type Column, DataTable } from "../../../components/DataTable";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { Meter } from "../../../ui/Meter";
import { POLICY_WRITE_INVALIDATES, policyIdsOf } from "../api";
import { disassociateGroups } from "./policy-writes";

/** SNAP-2: the groups a policy covers (x / 10), each with its snapshots and a way out. */
export function CoveredGroupsPanel({
  regionId,
  policy,
  onAssociate,
}: {
  regionId: string;
  policy: SnapshotPolicy;
  onAssociate: () => void;
}) {
  const t = useT();
  const ids = policyIdsOf(policy);
  const found = useQuery({ ...groupsByIdQuery(regionId, ids), placeholderData: (previous) => previous });
  const byId = new Map((found.data?.SecurityGroups.SecurityGroup ?? []).map((group) => [group.SecurityGroupId, group]));
  const rows = ids.map((id) => ({ id, group: byId.get(id) }));

  const askDisassociate = (id: string, group: SecurityGroup | undefined) => {
    const name = group?.SecurityGroupName || id;
    confirmAction({
      title: t("snap.disassociate.title", { name }),
      body: <p>{t("snap.disassociate.body", { policy: policy.SnapshotPolicyName })}</p>,
      confirmLabel: t("snap.disassociate.confirm"),
      run: () => disassociateGroups(regionId, policy.SnapshotPolicyId, [id]),
      effects: { invalidates: POLICY_WRITE_INVALIDATES },
      successMessage: t("snap.disassociate.done", { name }),
    });
  };

  const columns: Column<{ id: string; group: SecurityGroup | undefined }>[] = [
    {
      id: "group",
      header: t("snap.col.group"),
      className: "col-name",
      cell: ({ id, group }) => (
        <span className="stacked">
          <Link to={pb.securityGroup({ regionId, securityGroupId: id })} className="truncate">
            {group?.SecurityGroupName || id}
          </Link>
          <span className="mono muted truncate">{id}</span>
        </span>
      ),
    },
    { id: "rules", header: t("snap.col.rules"), className: "col-num", cell: ({ group }) => group?.RuleCount ?? "" },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions col-snap-actions",
      cell: ({ id, group }) => (
        <div className="row-actions">
          <Link className="link-action" to={pb.securityGroup({ regionId, securityGroupId: id }, "snapshots")}>
            {t("snap.action.viewSnapshots")}
          </Link>
          <Button variant="link" onClick={() => askDisassociate(id, group)}>
            {t("snap.action.disassociate")}
          </Button>
        </div>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="covered-groups-title">
      <div className="panel-toolbar">
        <h2 id="covered-groups-title" className="section-title">
          {t("snap.detail.groupsTitle")}
        </h2>
        <div className="toolbar-actions">
          <Meter
            value={ids.length}
            max={MAX_GROUPS_PER_POLICY}
            label={t("snap.associate.meterLabel", { limit: MAX_GROUPS_PER_POLICY })}
            text={t("snap.groupsUsed", { used: ids.length, limit: MAX_GROUPS_PER_POLICY })}
          />
          <Button variant="primary" onClick={onAssociate}>
            <Icon name="plus" />
            {t("snap.action.associate")}
          </Button>
        </div>
      </div>
      <DataTable
        label={t("snap.detail.groupsTable")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={
          <EmptyState
            headingLevel={3}
            icon="shield"
            title={t("snap.detail.noGroupsTitle")}
            body={t("snap.detail.noGroupsBody")}
          />
        }
      />
    </section>
  );
}
