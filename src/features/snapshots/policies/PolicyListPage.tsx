import { useState } from "react";
import { Link, type LoaderFunctionArgs, Outlet, useParams, useSearchParams } from "react-router";
import type { SnapshotPolicy } from "@/api/types";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { DataTable } from "../../../components/DataTable";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { ListPager, useListNavigation } from "../../../components/ListPager";
import { PageHeader } from "../../../components/PageHeader";
import { knownRegion } from "../../../components/regions";
import { type PageSearch, pageSearchValues, readPageSearch } from "../../../components/url-paging";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Callout } from "../../../ui/Callout";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { policyPageQuery } from "../api";
import { AssociateGroupsDrawer } from "../associate/AssociateGroupsDrawer";
import { confirmDeletePolicy } from "./delete-policy";
import { EditPolicyDrawer } from "./EditPolicyDrawer";
import { policyColumns } from "./policy-columns";

export async function policyListLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  await prefetch(policyPageQuery(regionId, readPageSearch(new URL(request.url).searchParams)));
  return null;
}

/** SNAP-1: the region's snapshot policies, one page at a time, with the OSS storage and billing note. */
export function PolicyListPage() {
  const t = useT();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const search = readPageSearch(searchParams);
  const page = usePrefetchedQuery(policyPageQuery(regionId, search));
  const [editing, setEditing] = useState<SnapshotPolicy>();
  const [associating, setAssociating] = useState<SnapshotPolicy>();

  const navigation = useListNavigation<PageSearch>((next) => pb.snapshots({ regionId }, pageSearchValues(next)));
  const policies = page.SnapshotPolicies.SnapshotPolicy;
  const columns = policyColumns({
    t,
    regionId,
    onAssociate: setAssociating,
    onEdit: setEditing,
    onDelete: (policy) => confirmDeletePolicy(t, regionId, policy),
  });
  const createLink = (
    <Link className="btn btn-primary" to={pb.snapshotPolicyNew({ regionId })}>
      <Icon name="plus" />
      {t("snap.list.create")}
    </Link>
  );

  return (
    <div className="page">
      <DocumentTitle title={t("snap.list.title")} />
      <PageHeader title={t("snap.list.title")} subtitle={t("snap.list.intro")} actions={createLink} />
      <Callout tone="info" title={t("snap.ossTitle")}>
        {t("snap.ossNote")}
      </Callout>
      <section className="panel">
        <DataTable
          label={t("snap.list.tableLabel")}
          columns={columns}
          rows={policies}
          rowKey={(policy) => policy.SnapshotPolicyId}
          empty={
            <EmptyState
              headingLevel={3}
              icon="camera"
              title={t("snap.list.emptyTitle")}
              body={t("snap.list.emptyBody")}
              action={createLink}
            />
          }
        />
        <ListPager search={search} nextToken={page.NextToken} navigation={navigation} />
      </section>
      <Outlet />
      {editing && <EditPolicyDrawer regionId={regionId} policy={editing} onClose={() => setEditing(undefined)} />}
      {associating && (
        <AssociateGroupsDrawer regionId={regionId} policy={associating} onClose={() => setAssociating(undefined)} />
      )}
    </div>
  );
}
