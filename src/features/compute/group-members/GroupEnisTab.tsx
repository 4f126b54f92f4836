import { DataTable } from "../../../components/DataTable";
import { useT } from "../../../i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { groupEnisQuery } from "../api";
import { useGroupsByIds } from "../group-lookup";
import { eniColumns } from "../network-interfaces/eni-columns";
import { MemberTab } from "./MemberTab";
import { memberTabLoader, useMemberPage } from "./member-pages";

export const groupEnisLoader = memberTabLoader(groupEnisQuery);

/** SG-4: the secondary network interfaces in a security group (primary ones stand for instances). */
export function GroupEnisTab() {
  const t = useT();
  const { regionId, trail, page } = useMemberPage(groupEnisQuery);
  const enis = page.data?.NetworkInterfaceSets.NetworkInterfaceSet ?? [];
  const groups = useGroupsByIds(
    regionId,
    enis.flatMap((eni) => eni.SecurityGroupIds.SecurityGroupId),
  );

  return (
    <MemberTab intro={t("eni.members.enisIntro")} page={page} trail={trail}>
      {() => (
        <DataTable
          label={t("eni.members.enisLabel")}
          columns={eniColumns({ t, regionId, groups })}
          rows={enis}
          rowKey={(eni) => eni.NetworkInterfaceId}
          empty={<EmptyState headingLevel={3} icon="network" title={t("eni.members.noEnis")} />}
        />
      )}
    </MemberTab>
  );
}
