import { useState } from "react";
import { Link } from "react-router";
import type { SecurityGroup } from "@/api/types";
import { confirmAction } from "../../../../components/confirm";
import { type Column, DataTable } from "../../../../components/DataTable";
import { useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { Button } from "../../../../ui/Button";
import { Icon } from "../../../../ui/Icon";
import { InterfaceLimitMeters } from "../../limits/InterfaceLimitMeters";
import { interfaceGroupColumns } from "../../rules/interface-group-columns";
import { useInterfaceGroups } from "../../rules/interface-groups";
import { MergedRulesTable } from "../../rules/MergedRulesTable";
import { LEAVE_EFFECTS, leaveGroup } from "../instance-writes";
import { AddGroupsDrawer } from "./AddGroupsDrawer";
import { useCurrentInstance } from "./current-instance";

/**
 * ENI-3: the instance's security groups (those of its primary ENI): add groups, remove one
 * (never the last), the limits in use, and the merged rules of all of them in evaluation order.
 */
export function InstanceGroupsTab() {
  const t = useT();
  const { regionId, instance } = useCurrentInstance();
  const groupIds = instance?.SecurityGroupIds.SecurityGroupId ?? [];
  const { groups, rules } = useInterfaceGroups(regionId, groupIds);
  const [adding, setAdding] = useState(false);
  if (!instance) return null;

  const primaryEniId =
    instance.NetworkInterfaces.NetworkInterface.find((eni) => eni.Type === "Primary")?.NetworkInterfaceId ?? "";
  const ruleCount = groups.reduce((sum, group) => sum + group.RuleCount, 0);
  const last = groupIds.length <= 1;

  const askLeave = (group: SecurityGroup) =>
    confirmAction({
      title: t("inst.leave.title", { name: group.SecurityGroupName || group.SecurityGroupId }),
      body: <p>{t("inst.leave.body", { instance: instance.InstanceName || instance.InstanceId })}</p>,
      confirmLabel: t("inst.leave.confirm"),
      run: () => leaveGroup(regionId, instance.InstanceId, group.SecurityGroupId),
      effects: LEAVE_EFFECTS,
      successMessage: t("inst.leave.done", { name: group.SecurityGroupName || group.SecurityGroupId }),
    });

  const columns: Column<SecurityGroup>[] = [
    ...interfaceGroupColumns(t, regionId),
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions",
      cell: (group) => (
        <div className="row-actions">
          <Link
            to={pb.securityGroup({ regionId, securityGroupId: group.SecurityGroupId }, "inbound")}
            className="link-action"
          >
            {t("inst.groups.manageRules")}
          </Link>
          {last ? (
            <span className="muted row-note">{t("inst.groups.lastGroup")}</span>
          ) : (
            <Button
              variant="link"
              aria-label={t("inst.groups.removeLabel", { name: group.SecurityGroupName || group.SecurityGroupId })}
              onClick={() => askLeave(group)}
            >
              {t("inst.groups.remove")}
            </Button>
          )}
        </div>
      ),
    },
  ];

  return (
    <div className="instance-groups">
      <div className="panel-toolbar">
        <div className="toolbar-actions">
          <Button variant="primary" onClick={() => setAdding(true)}>
            <Icon name="plus" />
            {t("inst.groups.add")}
          </Button>
        </div>
        <div className="toolbar-meters">
          <InterfaceLimitMeters groupCount={groupIds.length} ruleCount={ruleCount} target={primaryEniId} />
        </div>
      </div>
      <DataTable
        label={t("inst.groups.tableLabel")}
        columns={columns}
        rows={groups}
        rowKey={(group) => group.SecurityGroupId}
      />
      <div className="tab-section">
        <MergedRulesTable regionId={regionId} groups={rules} />
      </div>
      {adding && (
        <AddGroupsDrawer
          regionId={regionId}
          instance={instance}
          current={groups}
          primaryEniId={primaryEniId}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
