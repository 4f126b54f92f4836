import { Link, type LoaderFunctionArgs, useParams, useSearchParams } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import type { InstanceStatus } from "@/api/types";
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
import { type InstanceListFilters, instancePageQuery, vswitchesQuery } from "../../api";
import { prefetchGroupsByIds, useGroupsByIds } from "../../group-lookup";
import { ListFilters } from "../../ListFilters";
import { instanceStatusLabel } from "../../labels";
import { hasFilters, type ListSearch, listSearchValues, oneOf, readListSearch } from "../../list-search";
import { askStart, askStop } from "../instance-actions";
import { instanceColumns } from "./instance-columns";

const SEARCH_BYS = ["name", "id"] as const;
const STATUSES: readonly InstanceStatus[] = ["Running", "Stopped"];

function toFilters(search: ListSearch): InstanceListFilters {
  return {
    name: search.by === "name" && search.text ? search.text : undefined,
    id: search.by === "id" && search.text ? search.text : undefined,
    status: oneOf(search.status, STATUSES),
    vpcId: search.vpc || undefined,
    size: search.size,
    token: search.token || undefined,
  };
}

export async function instanceListLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const search = readListSearch(new URL(request.url).searchParams, SEARCH_BYS);
  const [page] = await Promise.all([
    prefetch(instancePageQuery(regionId, toFilters(search))),
    prefetch(vpcsQuery(regionId)),
    prefetch(vswitchesQuery(regionId)),
  ]);
  await prefetchGroupsByIds(
    regionId,
    page.Instances.Instance.flatMap((instance) => instance.SecurityGroupIds.SecurityGroupId),
  );
  return null;
}

/** ENI-1: one page of the region's instances with their status, private IP and groups. */
export function InstanceListPage() {
  const t = useT();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const search = readListSearch(searchParams, SEARCH_BYS);
  const page = usePrefetchedQuery(instancePageQuery(regionId, toFilters(search)));
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const instances = page.Instances.Instance;
  const groups = useGroupsByIds(
    regionId,
    instances.flatMap((instance) => instance.SecurityGroupIds.SecurityGroupId),
  );

  const navigation = useListNavigation<ListSearch>((next) =>
    pb.instances({ regionId }, listSearchValues(next, "name")),
  );
  const columns = instanceColumns({
    t,
    regionId,
    vpcs,
    vswitches,
    groups,
    onStart: (instance) => askStart(t, regionId, instance),
    onStop: (instance) => askStop(t, regionId, instance),
  });

  return (
    <div className="page">
      <DocumentTitle title={t("inst.list.title")} />
      <PageHeader
        title={t("inst.list.title")}
        subtitle={t("inst.list.intro")}
        actions={
          <Link className="btn btn-primary" to={pb.instanceLaunch({ regionId })}>
            <Icon name="plus" />
            {t("inst.list.create")}
          </Link>
        }
      />
      <section className="panel">
        <div className="panel-toolbar">
          <ListFilters
            label={t("inst.filter.label")}
            search={search}
            searchBys={[
              { value: "name", label: t("inst.filter.byName"), placeholder: t("inst.filter.placeholder.name") },
              { value: "id", label: t("inst.filter.byId"), placeholder: "i-…" },
            ]}
            statuses={STATUSES.map((status) => ({ value: status, label: instanceStatusLabel(t, status) }))}
            vpcs={vpcs}
            onSearch={(next) => navigation.go(next)}
          />
        </div>
        <DataTable
          label={t("inst.list.tableLabel")}
          columns={columns}
          rows={instances}
          rowKey={(instance) => instance.InstanceId}
          empty={
            hasFilters(search) ? (
              <EmptyState headingLevel={3} title={t("inst.list.emptyTitle")} body={t("inst.list.emptyBody")} />
            ) : (
              <EmptyState
                headingLevel={3}
                icon="server"
                title={t("inst.list.emptyRegionTitle")}
                body={t("inst.list.emptyRegionBody")}
                action={
                  <Link className="btn btn-primary" to={pb.instanceLaunch({ regionId })}>
                    {t("inst.list.create")}
                  </Link>
                }
              />
            )
          }
        />
        <ListPager search={search} nextToken={page.NextToken} navigation={navigation} />
      </section>
    </div>
  );
}
