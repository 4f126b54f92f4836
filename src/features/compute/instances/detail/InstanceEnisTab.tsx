import { Link } from "react-router";
import { usePrefetchedQuery } from "../../../../api/queries";
import { DataTable } from "../../../../components/DataTable";
import { useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { instanceEnisQuery } from "../../api";
import { useGroupsByIds } from "../../group-lookup";
import { eniColumns } from "../../network-interfaces/eni-columns";
import { useCurrentInstance } from "./current-instance";

/** ENI-3/ENI-4: the instance's network interfaces, primary first; each has its own groups. */
export function InstanceEnisTab() {
  const t = useT();
  const { regionId, instanceId } = useCurrentInstance();
  const enis = [
    ...usePrefetchedQuery(instanceEnisQuery(regionId, instanceId)).NetworkInterfaceSets.NetworkInterfaceSet,
  ].sort((a, b) => (a.Type === b.Type ? 0 : a.Type === "Primary" ? -1 : 1));
  const groups = useGroupsByIds(
    regionId,
    enis.flatMap((eni) => eni.SecurityGroupIds.SecurityGroupId),
  );
  return (
    <div>
      <div className="panel-toolbar">
        <p className="toolbar-note">{t("inst.enis.intro")}</p>
        <Link className="btn btn-secondary" to={pb.networkInterfaces({ regionId }, { status: "Available" })}>
          {t("inst.enis.attach")}
        </Link>
      </div>
      <DataTable
        label={t("inst.enis.tableLabel")}
        columns={eniColumns({ t, regionId, groups })}
        rows={enis}
        rowKey={(eni) => eni.NetworkInterfaceId}
      />
    </div>
  );
}
