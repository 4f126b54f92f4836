import { Suspense, useEffect, useState } from "react";
import { Link, type LoaderFunctionArgs, Outlet, useParams, useSearchParams } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import type { SecurityGroup } from "@/api/types";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { DataTable } from "../../../components/DataTable";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { deferred, whenIdle } from "../../../components/deferred-component";
import { ListPager, useListNavigation } from "../../../components/ListPager";
import { PageHeader } from "../../../components/PageHeader";
import { knownRegion } from "../../../components/regions";
import { loadAreaMessages, useLanguage, useT } from "../../../i18n";
import { pb } from "../../../paths";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { groupPageQuery, groupQuotaOf, quotasQuery } from "../api";
import { GroupFilters } from "./GroupFilters";
import { groupColumns } from "./group-columns";
import { hasFilters, type ListSearch, listSearchValues, readListSearch, toFilters } from "./list-search";

// What a row or the quota note opens: downloaded once the list is up, not before its first paint.
const DeleteGroupDialog = deferred(() => import("../delete/DeleteGroupDialog").then((m) => m.DeleteGroupDialog));
const CloneGroupDialog = deferred(async () => {
  const [clone] = await Promise.all([import("../../rule-tools/clone/CloneGroupDialog"), loadAreaMessages()]);
  return clone.CloneGroupDialog;
});
const RaiseQuotaDrawer = deferred(() => import("./RaiseQuotaDrawer").then((m) => m.RaiseQuotaDrawer));
const preloadDialogs = () => {
  void DeleteGroupDialog.preload();
  void CloneGroupDialog.preload();
  void RaiseQuotaDrawer.preload();
};

export async function groupListLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const search = readListSearch(new URL(request.url).searchParams);
  await Promise.all([
    prefetch(groupPageQuery(regionId, toFilters(search))),
    prefetch(vpcsQuery(regionId)),
    prefetch(quotasQuery(regionId)),
  ]);
  return null;
}

/** SG-4: one page of the region's groups, with search, filters and pagination in the URL. */
export function GroupListPage() {
  const t = useT();
  const language = useLanguage();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const search = readListSearch(searchParams);
  const page = usePrefetchedQuery(groupPageQuery(regionId, toFilters(search)));
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const quota = groupQuotaOf(usePrefetchedQuery(quotasQuery(regionId)));
  const [deleting, setDeleting] = useState<SecurityGroup>();
  const [cloning, setCloning] = useState<SecurityGroup>();
  const [raisingQuota, setRaisingQuota] = useState(false);

  useEffect(() => whenIdle(preloadDialogs), []);

  const navigation = useListNavigation<ListSearch>((next) => pb.securityGroups({ regionId }, listSearchValues(next)));
  const groups = page.SecurityGroups.SecurityGroup;
  const columns = groupColumns({ t, language, regionId, vpcs, onDelete: setDeleting, onClone: setCloning });

  return (
    <div className="page">
      <DocumentTitle title={t("sg.list.title")} />
      <PageHeader
        title={t("sg.list.title")}
        subtitle={t("sg.list.intro")}
        actions={
          <Link className="btn btn-primary" to={pb.securityGroupNew({ regionId })}>
            <Icon name="plus" />
            {t("sg.list.create")}
          </Link>
        }
      />
      <section className="panel">
        <div className="panel-toolbar">
          <GroupFilters search={search} vpcs={vpcs} onSearch={(next) => navigation.go(next)} />
          {quota && (
            <p className="toolbar-note">
              {t("sg.list.quota", { used: quota.Usage, quota: quota.Value })}{" "}
              <button type="button" className="btn btn-link" onClick={() => setRaisingQuota(true)}>
                {t("sg.quota.open")}
              </button>
            </p>
          )}
          {quota && raisingQuota && (
            <Suspense fallback={null}>
              <RaiseQuotaDrawer
                regionId={regionId}
                used={quota.Usage}
                current={quota.Value}
                onClose={() => setRaisingQuota(false)}
              />
            </Suspense>
          )}
        </div>
        <DataTable
          label={t("sg.list.tableLabel")}
          columns={columns}
          rows={groups}
          rowKey={(group) => group.SecurityGroupId}
          empty={
            hasFilters(search) ? (
              <EmptyState headingLevel={3} title={t("sg.list.emptyTitle")} body={t("sg.list.emptyBody")} />
            ) : (
              <EmptyState
                headingLevel={3}
                icon="shield"
                title={t("sg.list.emptyRegionTitle")}
                body={t("sg.list.emptyRegionBody")}
              />
            )
          }
        />
        <ListPager search={search} nextToken={page.NextToken} navigation={navigation} />
      </section>
      <Outlet />
      <Suspense fallback={null}>
        {deleting && <DeleteGroupDialog regionId={regionId} group={deleting} onClose={() => setDeleting(undefined)} />}
        {cloning && <CloneGroupDialog regionId={regionId} group={cloning} onClose={() => setCloning(undefined)} />}
      </Suspense>
    </div>
  );
}
