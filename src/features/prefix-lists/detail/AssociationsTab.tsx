import { useQuery } from "@tanstack/react-query";
import { type LoaderFunctionArgs, useLocation, useNavigate, useSearchParams } from "react-router";
import { prefetch } from "../../../api/queries";
import { type Column, DataTable } from "../../../components/DataTable";
import { knownRegion } from "../../../components/regions";
import { PAGE_SIZES, TokenPager } from "../../../components/TokenPager";
import { useT } from "../../../i18n";
import { pb, withSearch } from "../../../paths";
import { EmptyState } from "../../../ui/EmptyState";
import { Spinner } from "../../../ui/Spinner";
import type { SecurityGroup } from "../../security-groups/api";
import { GroupBadges, GroupLink } from "../../security-groups/labels";
import { readTrail } from "../../security-groups/list/list-search";
import { associationsQuery, groupsByIdQuery } from "../api";
import { useCurrentList } from "./current-list";

const DEFAULT_SIZE = 20;

/** `?size=50&token=…`: the page of associations lives in the URL. */
function readPage(params: URLSearchParams): { size: number; token: string } {
  const size = Number(params.get("size"));
  return {
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
    token: params.get("token") ?? "",
  };
}

/** The page of associations and the names of its groups, before the tab shows. */
export async function associationsLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const page = readPage(new URL(request.url).searchParams);
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
  const location = useLocation();
  const navigate = useNavigate();
  const { size, token } = readPage(searchParams);
  const trail = readTrail(location.state);
  const go = (next: { size: number; token: string }, nextTrail: string[]) =>
    navigate(
      withSearch(pb.prefixList({ regionId, prefixListId }, "associations"), {
        size: next.size === DEFAULT_SIZE ? undefined : next.size,
        token: next.token,
      }),
      { state: { trail: nextTrail } },
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
      {(trail.length > 0 || Boolean(page.data?.NextToken)) && (
        <TokenPager
          page={trail.length + 1}
          hasPrevious={trail.length > 0}
          hasNext={Boolean(page.data?.NextToken)}
          onPrevious={() => go({ size, token: trail.at(-1) ?? "" }, trail.slice(0, -1))}
          onNext={() => go({ size, token: page.data?.NextToken ?? "" }, [...trail, token])}
          pageSize={size}
          onPageSize={(next) => go({ size: next, token: "" }, [])}
        />
      )}
    </div>
  );
}
