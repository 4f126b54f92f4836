import { useQuery } from "@tanstack/react-query";
import { type LoaderFunctionArgs, useSearchParams } from "react-router";
import { groupsByIdQuery } from "@/api/shared-reads";
import type { SecurityGroup } from "@/api/types";
import { prefetch } from "../../../api/queries";
import { type Column, DataTable } from "../../../components/DataTable";
import { ListPager, useListNavigation } from "../../../components/ListPager";
import { knownRegion } from "../../../components/regions";
import { type PageSearch, pageSearchValues, readPageSearch } from "../../../components/url-paging";
import { useT } from "../../../i18n";
import { pb, withSearch } from "../../../paths";
import { EmptyState } from "../../../ui/EmptyState";
import { Spinner } from "../../../ui/Spinner";
import { GroupBadges, GroupLink } from "../../security-groups/labels";
import { associationsQuery } from "../api";
import { useCurrentList } from "./current-list";

/** The page of associations and the names of its groups, before the tab shows. */
export async function associationsLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const page = readPageSearch(new URL(request.url).searchParams);
  const body = await prefetch(
    associationsQuery(regionId, params.prefixListId ?? "", { size: page.size, token: page.token || undefined }),
  );
  const ids = body.PrefixListAssociations.PrefixListAssociation.map((association) => association.ResourceId);
  if (ids.length > 0) await prefetch(groupsByIdQuery(regionId, ids));
  return null;
}

interface AssociationRow {
  id: string;
  group: SecurityGroup | undefined;
}

/**
 * PL-3: the security groups whose rules use the list (DescribePrefixListAssociations, one page
 * at a time), with links to them; names and types come from one DescribeSecurityGroups per page.
 */
export function AssociationsTab() {
  const t = useT();
  const { regionId, prefixListId } = useCurrentList();
  const [searchParams] = useSearchParams();
  const search = readPageSearch(searchParams);
  const { size, token } = search;
  const navigation = useListNavigation<PageSearch>((next) =>
    withSearch(pb.prefixList({ regionId, prefixListId }, "associations"), pageSearchValues(next)),
  );
  const page = useQuery({
    ...associationsQuery(regionId, prefixListId, { size, token: token || undefined }),
    placeholderData: (previous) => previous,
  });
  const ids =
    page.data?.PrefixListAssociations.PrefixListAssociation.map((association) => association.ResourceId) ?? [];
  const groups = useQuery({ ...groupsByIdQuery(regionId, ids), enabled: ids.length > 0 });
  const rows: AssociationRow[] = ids.map((id) => ({
    id,
    group: groups.data?.SecurityGroups.SecurityGroup.find((group) => group.SecurityGroupId === id),
  }));

  const columns: Column<AssociationRow>[] = [
    {
      id: "group",
      header: t("pl.assoc.group"),
      className: "col-name",
      cell: (row) => <GroupLink regionId={regionId} id={row.id} name={row.group?.SecurityGroupName} />,
    },
    {
      id: "type",
      header: t("pl.assoc.type"),
      className: "col-type",
      cell: (row) => (row.group ? <GroupBadges group={row.group} /> : null),
    },
    {
      id: "vpc",
      header: t("pl.assoc.vpc"),
      className: "col-assoc-vpc",
      cell: (row) => (
        <span className="mono truncate" title={row.group?.VpcId}>
          {row.group?.VpcId}
        </span>
      ),
    },
    {
      id: "resourceType",
      header: t("pl.assoc.resourceType"),
      className: "col-type",
      cell: () => t("pl.assoc.securityGroup"),
    },
  ];

  if (page.isPending) return <Spinner label={t("common.loading")} />;
  return (
    <div className="associations-tab">
      <p className="panel-intro">{t("pl.assoc.intro")}</p>
      <DataTable
        label={t("pl.assoc.tableLabel")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={
          <EmptyState headingLevel={3} icon="shield" title={t("pl.assoc.emptyTitle")} body={t("pl.assoc.emptyBody")} />
        }
      />
      {(navigation.trail.length > 0 || Boolean(page.data?.NextToken)) && (
        <ListPager search={search} nextToken={page.data?.NextToken} navigation={navigation} />
      )}
    </div>
  );
}
