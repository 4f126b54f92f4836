import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type LoaderFunctionArgs, useParams } from "react-router";
import { callEcs } from "../../../api/client";
import { invalidateAfterWrite, prefetch } from "../../../api/queries";
import { confirmAction } from "../../../components/confirm";
import { type Column, DataTable } from "../../../components/DataTable";
import { ProblemMessage } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Spinner } from "../../../ui/Spinner";
import { groupInstancesQuery, type Instance, MEMBERSHIP_INVALIDATES } from "../api";
import { InstanceLink, InstanceStatusBadge } from "../labels";
import { MEMBER_PAGE_SIZE, useTokenTrail } from "./member-pages";

export async function groupInstancesLoader({ params }: LoaderFunctionArgs) {
  await prefetch(groupInstancesQuery(params.regionId ?? "", params.securityGroupId ?? "", MEMBER_PAGE_SIZE));
  return null;
}

/**
 * SG-4: the instances in a security group (through their primary ENIs), a page at a time, with
 * "remove from this group" (LeaveSecurityGroup; an instance's last group cannot leave).
 */
export function GroupInstancesTab() {
  const t = useT();
  const params = useParams();
  const regionId = params.regionId ?? "";
  const securityGroupId = params.securityGroupId ?? "";
  const trail = useTokenTrail();
  const page = useQuery({
    ...groupInstancesQuery(regionId, securityGroupId, MEMBER_PAGE_SIZE, trail.token),
    placeholderData: keepPreviousData,
  });
  if (page.error) return <ProblemMessage problem={toProblem(page.error)} />;
  if (!page.data) return <Spinner label={t("common.loading")} />;
  const instances = page.data.Instances.Instance;

  const askRemove = (instance: Instance) =>
    confirmAction({
      title: t("inst.members.removeInstanceTitle", { name: instance.InstanceName || instance.InstanceId }),
      body: <p>{t("inst.members.removeInstanceBody")}</p>,
      confirmLabel: t("inst.leave.confirm"),
      run: async () => {
        try {
          await callEcs("LeaveSecurityGroup", {
            RegionId: regionId,
            InstanceId: instance.InstanceId,
            SecurityGroupId: securityGroupId,
          });
        } finally {
          await invalidateAfterWrite(MEMBERSHIP_INVALIDATES);
        }
      },
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
    <div>
      <p className="toolbar-note tab-intro">{t("inst.members.instancesIntro")}</p>
      <DataTable
        label={t("inst.members.instancesLabel")}
        columns={columns}
        rows={instances}
        rowKey={(instance) => instance.InstanceId}
        empty={<EmptyState headingLevel={3} icon="server" title={t("inst.members.noInstances")} />}
      />
      {(trail.hasPrevious || page.data.NextToken) && (
        <nav className="pager" aria-label={t("pager.label")}>
          <Button size="sm" onClick={trail.previous} disabled={!trail.hasPrevious}>
            {t("pager.previous")}
          </Button>
          <span className="pager-page" aria-current="page">
            {t("pager.page", { page: trail.page })}
          </span>
          <Button size="sm" onClick={() => trail.next(page.data?.NextToken ?? "")} disabled={!page.data.NextToken}>
            {t("pager.next")}
          </Button>
        </nav>
      )}
    </div>
  );
}
