import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, type LoaderFunctionArgs, Outlet, useParams, useSearchParams } from "react-router";
import type { ResponseOf } from "@/api/contract";
import { vpcsQuery } from "@/api/shared-reads";
import type { EniStatus } from "@/api/types";
import { prefetch, usePrefetchedQuery } from "../../../../api/queries";
import { DataTable } from "../../../../components/DataTable";
import { DocumentTitle } from "../../../../components/DocumentTitle";
import { ListPager, useListNavigation } from "../../../../components/ListPager";
import { PageHeader } from "../../../../components/PageHeader";
import { knownRegion } from "../../../../components/regions";
import { useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { EmptyState } from "../../../../ui/EmptyState";
import { Icon } from "../../../../ui/Icon";
import { type EniListFilters, eniPageQuery, instancesByIdsQuery, vswitchesQuery } from "../../api";
import { prefetchGroupsByIds, useGroupsByIds } from "../../group-lookup";
import { ListFilters } from "../../ListFilters";
import { hasFilters, type ListSearch, listSearchValues, oneOf, readListSearch } from "../../list-search";
import { eniColumns } from "../eni-columns";

const SEARCH_BYS = ["id", "name", "instance", "ip"] as const;
const STATUSES: readonly EniStatus[] = ["Available", "InUse"];
const TYPES = ["Primary", "Secondary"] as const;

function toFilters(search: ListSearch): EniListFilters {
  const text = search.text || undefined;
  return {
    id: search.by === "id" ? text : undefined,
    name: search.by === "name" ? text : undefined,
    instanceId: search.by === "instance" ? text : undefined,
    ip: search.by === "ip" ? text : undefined,
    status: oneOf(search.status, STATUSES),
    type: oneOf(search.type, TYPES),
    vpcId: search.vpc || undefined,
    size: search.size,
    token: search.token || undefined,
  };
}

/** The instances a page of ENIs is attached to (one request; a page holds at most 100 ENIs). */
function attachedInstancesQuery(regionId: string, page: ResponseOf<"DescribeNetworkInterfaces">) {
  const ids = [
    ...new Set(page.NetworkInterfaceSets.NetworkInterfaceSet.map((eni) => eni.InstanceId).filter((id) => id !== "")),
  ].sort();
  return instancesByIdsQuery(regionId, ids.slice(0, 100));
}

export async function eniListLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const search = readListSearch(new URL(request.url).searchParams, SEARCH_BYS);
  const [page] = await Promise.all([
    prefetch(eniPageQuery(regionId, toFilters(search))),
    prefetch(vpcsQuery(regionId)),
    prefetch(vswitchesQuery(regionId)),
  ]);
  await Promise.all([
    prefetchGroupsByIds(
      regionId,
      page.NetworkInterfaceSets.NetworkInterfaceSet.flatMap((eni) => eni.SecurityGroupIds.SecurityGroupId),
    ),
    prefetch(attachedInstancesQuery(regionId, page)),
  ]);
  return null;
}

/** ENI-4: one page of the region's network interfaces, with their instance, addresses and groups. */
export function EniListPage() {
  const t = useT();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const search = readListSearch(searchParams, SEARCH_BYS);
  const page = usePrefetchedQuery(eniPageQuery(regionId, toFilters(search)));
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const enis = page.NetworkInterfaceSets.NetworkInterfaceSet;
  const groups = useGroupsByIds(
    regionId,
    enis.flatMap((eni) => eni.SecurityGroupIds.SecurityGroupId),
  );

  const attached = useQuery({ ...attachedInstancesQuery(regionId, page), placeholderData: keepPreviousData });
  const instanceNames = new Map(
    (attached.data?.Instances.Instance ?? []).map((instance) => [instance.InstanceId, instance.InstanceName]),
  );

  const navigation = useListNavigation<ListSearch>((next) =>
    pb.networkInterfaces({ regionId }, listSearchValues(next, "id")),
  );
  return (
    <div className="page">
      <DocumentTitle title={t("eni.list.title")} />
      <PageHeader
        title={t("eni.list.title")}
        subtitle={t("eni.list.intro")}
        actions={
          <Link className="btn btn-primary" to={pb.networkInterfaceNew({ regionId })}>
            <Icon name="plus" />
            {t("eni.list.create")}
          </Link>
        }
      />
      <section className="panel">
        <div className="panel-toolbar">
          <ListFilters
            label={t("eni.filter.label")}
            search={search}
            searchBys={[
              { value: "id", label: t("eni.filter.byId"), placeholder: "eni-…" },
              { value: "name", label: t("eni.filter.byName"), placeholder: t("eni.filter.placeholder.name") },
              { value: "instance", label: t("eni.filter.byInstance"), placeholder: "i-…" },
              { value: "ip", label: t("eni.filter.byIp"), placeholder: "192.168.1.10" },
            ]}
            statuses={STATUSES.map((status) => ({ value: status, label: t(`eni.status.${status}`) }))}
            types={TYPES.map((type) => ({ value: type, label: t(`eni.type.${type}`) }))}
            typeLabel={t("eni.filter.type")}
            vpcs={vpcs}
            onSearch={(next) => navigation.go(next)}
          />
        </div>
        <DataTable
          label={t("eni.list.tableLabel")}
          columns={eniColumns({ t, regionId, groups, vpcs, vswitches, instanceNames })}
          rows={enis}
          rowKey={(eni) => eni.NetworkInterfaceId}
          empty={
            hasFilters(search) ? (
              <EmptyState headingLevel={3} title={t("eni.list.emptyTitle")} body={t("eni.list.emptyBody")} />
            ) : (
              <EmptyState
                headingLevel={3}
                icon="network"
                title={t("eni.list.emptyRegionTitle")}
                body={t("eni.list.emptyRegionBody")}
              />
            )
          }
        />
        <ListPager search={search} nextToken={page.NextToken} navigation={navigation} />
      </section>
      <Outlet />
    </div>
  );
}
