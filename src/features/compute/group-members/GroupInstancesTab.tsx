import type { Instance } from "@/api/types";
import { confirmAction } from "../../../components/confirm";
import { type Column, DataTable } from "../../../components/DataTable";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { groupInstancesQuery } from "../api";
import { LEAVE_EFFECTS, leaveGroup } from "../instances/instance-writes";
import { InstanceLink, InstanceStatusBadge } from "../labels";
import { MemberTab } from "./MemberTab";
import { memberTabLoader, useMemberPage } from "./member-pages";

export const groupInstancesLoader = memberTabLoader(groupInstancesQuery);

/**
 * SG-4: the instances in a security group (through their primary ENIs), a page at a time, with
 * "remove from this group" (LeaveSecurityGroup; an instance's last group cannot leave).
 */
export function GroupInstancesTab() {
  const t = useT();
  const { regionId, securityGroupId, trail, page } = useMemberPage(groupInstancesQuery);

  const askRemove = (instance: Instance) =>
    confirmAction({
      title: t("inst.members.removeInstanceTitle", { name: instance.InstanceName || instance.InstanceId }),
      body: <p>{t("inst.members.removeInstanceBody")}</p>,
      confirmLabel: t("inst.leave.confirm"),
      run: () => leaveGroup(regionId, instance.InstanceId, securityGroupId),
      effects: LEAVE_EFFECTS,
      successMessage: t("inst.leave.done", { name: instance.InstanceName || instance.InstanceId }),
    });

  const columns: Column<Instance>[] = [
    {
      id: "instance",
      header: t("inst.col.idName"),
      className: "col-name",
      cell: (instance) => (
        <InstanceLink regionId={regionId} instanceId={instance.InstanceId} name={instance.InstanceName} />
      ),
    },
    {
      id: "status",
      header: t("inst.col.status"),
      className: "col-status",
      cell: (instance) => <InstanceStatusBadge status={instance.Status} />,
    },
    {
      id: "ip",
      header: t("inst.col.privateIp"),
      className: "col-ip",
      cell: (instance) => <span className="mono">{instance.VpcAttributes.PrivateIpAddress.IpAddress.join(", ")}</span>,
    },
    {
      id: "eni",
      header: t("inst.members.primaryEni"),
      className: "col-eni",
      cell: (instance) => (
        <span className="mono truncate">
          {instance.NetworkInterfaces.NetworkInterface.find((eni) => eni.Type === "Primary")?.NetworkInterfaceId}
        </span>
      ),
    },
    {
      id: "groups",
      header: t("inst.members.groupCount"),
      className: "col-num",
      cell: (instance) => instance.SecurityGroupIds.SecurityGroupId.length,
    },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions",
      cell: (instance) =>
        instance.SecurityGroupIds.SecurityGroupId.length <= 1 ? (
          <span className="muted row-note">{t("inst.groups.lastGroup")}</span>
        ) : (
          <Button
            variant="link"
            aria-label={t("inst.members.removeLabel", { name: instance.InstanceName || instance.InstanceId })}
            onClick={() => askRemove(instance)}
          >
            {t("inst.groups.remove")}
          </Button>
        ),
    },
  ];

  return (
    <MemberTab intro={t("inst.members.instancesIntro")} page={page} trail={trail}>
      {(data) => (
        <DataTable
          label={t("inst.members.instancesLabel")}
          columns={columns}
          rows={data.Instances.Instance}
          rowKey={(instance) => instance.InstanceId}
          empty={<EmptyState headingLevel={3} icon="server" title={t("inst.members.noInstances")} />}
        />
      )}
    </MemberTab>
  );
}
