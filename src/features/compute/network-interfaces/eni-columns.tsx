import type { NetworkInterface, SecurityGroup, Vpc, VSwitch } from "@/api/types";
import type { Column } from "../../../components/DataTable";
import { IdNameCell } from "../../../components/IdNameCell";
import type { Translate } from "../../../i18n";
import { pb } from "../../../paths";
import { EniStatusBadge, EniTypeLabel, GroupLinks, InstanceLink, NetworkCell } from "../labels";

interface ColumnContext {
  t: Translate;
  regionId: string;
  groups: ReadonlyMap<string, SecurityGroup>;
  vpcs?: readonly Vpc[];
  vswitches?: readonly VSwitch[];
  /** Names of the instances the ENIs are attached to, when the page looked them up. */
  instanceNames?: ReadonlyMap<string, string>;
}

/** The columns every ENI table shows: id and name, status, type, instance, private IPs, groups. */
export function eniColumns({
  t,
  regionId,
  groups,
  vpcs,
  vswitches,
  instanceNames,
}: ColumnContext): Column<NetworkInterface>[] {
  const columns: Column<NetworkInterface>[] = [
    {
      id: "idName",
      header: t("eni.col.idName"),
      className: "col-id-name",
      cell: (eni) => (
        <IdNameCell
          to={pb.networkInterface({ regionId, networkInterfaceId: eni.NetworkInterfaceId })}
          id={eni.NetworkInterfaceId}
          name={eni.NetworkInterfaceName}
          unnamed={t("eni.unnamed")}
        />
      ),
    },
    {
      id: "status",
      header: t("eni.col.status"),
      className: "col-status",
      cell: (eni) => <EniStatusBadge status={eni.Status} />,
    },
    {
      id: "type",
      header: t("eni.col.type"),
      className: "col-eni-type",
      cell: (eni) => <EniTypeLabel type={eni.Type} />,
    },
    {
      id: "instance",
      header: t("eni.col.instance"),
      className: "col-instance",
      cell: (eni) =>
        eni.InstanceId ? (
          <InstanceLink regionId={regionId} instanceId={eni.InstanceId} name={instanceNames?.get(eni.InstanceId)} />
        ) : (
          <span className="muted">{t("eni.notAttached")}</span>
        ),
    },
  ];
  if (vpcs && vswitches) {
    columns.push({
      id: "network",
      header: t("eni.col.network"),
      className: "col-network",
      cell: (eni) => <NetworkCell vpcId={eni.VpcId} vswitchId={eni.VSwitchId} vpcs={vpcs} vswitches={vswitches} />,
    });
  }
  columns.push(
    {
      id: "ip",
      header: t("eni.col.ip"),
      className: "col-ip",
      cell: (eni) => (
        <span className="stacked">
          {eni.PrivateIpSets.PrivateIpSet.map((set) => (
            <span key={set.PrivateIpAddress} className={set.Primary ? "mono" : "mono muted"}>
              {set.Primary ? set.PrivateIpAddress : t("eni.ip.secondary", { ip: set.PrivateIpAddress })}
            </span>
          ))}
        </span>
      ),
    },
    {
      id: "groups",
      header: t("eni.col.groups"),
      className: "col-groups",
      cell: (eni) => <GroupLinks regionId={regionId} groupIds={eni.SecurityGroupIds.SecurityGroupId} groups={groups} />,
    },
  );
  return columns;
}
