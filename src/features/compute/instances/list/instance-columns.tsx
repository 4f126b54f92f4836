import { Link } from "react-router";
import type { Instance, SecurityGroup, Vpc, VSwitch } from "@/api/types";
import type { Column } from "../../../../components/DataTable";
import { IdNameCell } from "../../../../components/IdNameCell";
import type { Translate } from "../../../../i18n";
import { pb } from "../../../../paths";
import { Button } from "../../../../ui/Button";
import { GroupLinks, InstanceStatusBadge, NetworkCell } from "../../labels";

interface ColumnContext {
  t: Translate;
  regionId: string;
  vpcs: readonly Vpc[];
  vswitches: readonly VSwitch[];
  groups: ReadonlyMap<string, SecurityGroup>;
  onStart: (instance: Instance) => void;
  onStop: (instance: Instance) => void;
}

export function instanceColumns({
  t,
  regionId,
  vpcs,
  vswitches,
  groups,
  onStart,
  onStop,
}: ColumnContext): Column<Instance>[] {
  const detail = (instance: Instance, tab?: "security-groups") =>
    pb.instance({ regionId, instanceId: instance.InstanceId }, tab);
  return [
    {
      id: "idName",
      header: t("inst.col.idName"),
      className: "col-id-name",
      cell: (instance) => <IdNameCell to={detail(instance)} id={instance.InstanceId} name={instance.InstanceName} />,
    },
    {
      id: "status",
      header: t("inst.col.status"),
      className: "col-status",
      cell: (instance) => <InstanceStatusBadge status={instance.Status} />,
    },
    {
      id: "ip",
      header: t("inst.col.ip"),
      className: "col-ip",
      cell: (instance) => (
        <span className="stacked">
          {instance.VpcAttributes.PrivateIpAddress.IpAddress.map((address) => (
            <span key={address} className="ip-line">
              <span className="mono">{address}</span> <span className="ip-kind">{t("inst.ip.private")}</span>
            </span>
          ))}
          {instance.PublicIpAddress.IpAddress.map((address) => (
            <span key={address} className="ip-line">
              <span className="mono">{address}</span> <span className="ip-kind">{t("inst.ip.public")}</span>
            </span>
          ))}
        </span>
      ),
    },
    {
      id: "network",
      header: t("inst.col.network"),
      className: "col-network",
      cell: (instance) => (
        <NetworkCell
          vpcId={instance.VpcAttributes.VpcId}
          vswitchId={instance.VpcAttributes.VSwitchId}
          vpcs={vpcs}
          vswitches={vswitches}
        />
      ),
    },
    {
      id: "groups",
      header: t("inst.col.groups"),
      className: "col-groups",
      cell: (instance) => (
        <GroupLinks regionId={regionId} groupIds={instance.SecurityGroupIds.SecurityGroupId} groups={groups} />
      ),
    },
    {
      id: "config",
      header: t("inst.col.config"),
      className: "col-config",
      cell: (instance) => (
        <span className="stacked">
          <span className="mono truncate">{instance.InstanceType}</span>
          <span className="muted truncate">{instance.ZoneId}</span>
        </span>
      ),
    },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions",
      cell: (instance) => (
        <div className="row-actions">
          <Link to={detail(instance, "security-groups")} className="link-action">
            {t("inst.action.manageGroups")}
          </Link>
          {instance.Status === "Running" ? (
            <Button variant="link" onClick={() => onStop(instance)}>
              {t("inst.action.stop")}
            </Button>
          ) : instance.Status === "Stopped" ? (
            <Button variant="link" onClick={() => onStart(instance)}>
              {t("inst.action.start")}
            </Button>
          ) : null}
        </div>
      ),
    },
  ];
}
