import { useState } from "react";
import { Link, type LoaderFunctionArgs, Outlet, useParams, useSearchParams } from "react-router";
import type { PrefixList } from "@/api/types";
import { MAX_PREFIX_LISTS_PER_REGION } from "@/engine/validate";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { DataTable } from "../../../components/DataTable";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { ListPager, useListNavigation } from "../../../components/ListPager";
import { PageHeader } from "../../../components/PageHeader";
import { knownRegion } from "../../../components/regions";
import { useLanguage, useT } from "../../../i18n";
import { pb, withSearch } from "../../../paths";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { prefixListPageQuery, prefixListQuery } from "../api";
import { DeletePrefixListDialog } from "../delete/DeletePrefixListDialog";
import { hasFilters, type ListSearch, listSearchValues, readListSearch, toFilters } from "./list-search";
import { PrefixListFilters } from "./PrefixListFilters";
import { prefixListColumns } from "./prefix-list-columns";

/** One page of lists, then each listed list's entries (for "used / max"), before the page shows. */
export async function prefixListListLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const search = readListSearch(new URL(request.url).searchParams);
  const page = await prefetch(prefixListPageQuery(regionId, toFilters(search)));
  await Promise.all(page.PrefixLists.PrefixList.map((list) => prefetch(prefixListQuery(regionId, list.PrefixListId))));
  return null;
}

/** PL-3: the region's prefix lists with family, entries used / max and association count. */
export function PrefixListListPage() {
  const t = useT();
  const language = useLanguage();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const search = readListSearch(searchParams);
  const page = usePrefetchedQuery(prefixListPageQuery(regionId, toFilters(search)));
  const [deleting, setDeleting] = useState<PrefixList>();

  const navigation = useListNavigation<ListSearch>((next) => pb.prefixLists({ regionId }, listSearchValues(next)));
  const lists = page.PrefixLists.PrefixList;
  const columns = prefixListColumns({ t, language, regionId, onDelete: setDeleting });

  return (
    <div className="page">
      <DocumentTitle title={t("pl.list.title")} />
      <PageHeader
        title={t("pl.list.title")}
        subtitle={t("pl.list.intro")}
        actions={
          <Link
            className="btn btn-primary"
            to={withSearch(pb.prefixListNew({ regionId }), { family: search.family || undefined })}
          >
            <Icon name="plus" />
            {t("pl.list.create")}
          </Link>
        }
      />
      <section className="panel">
        <div className="panel-toolbar">
          <PrefixListFilters search={search} onSearch={(next) => navigation.go(next)} />
          <p className="toolbar-note">{t("pl.list.quota", { limit: MAX_PREFIX_LISTS_PER_REGION })}</p>
        </div>
        <DataTable
          label={t("pl.list.tableLabel")}
          columns={columns}
          rows={lists}
          rowKey={(list) => list.PrefixListId}
          empty={
            hasFilters(search) ? (
              <EmptyState headingLevel={3} title={t("pl.list.emptyTitle")} body={t("pl.list.emptyBody")} />
            ) : (
              <EmptyState
                headingLevel={3}
                icon="list"
                title={t("pl.list.emptyRegionTitle")}
                body={t("pl.list.emptyRegionBody")}
              />
            )
          }
        />
        <ListPager search={search} nextToken={page.NextToken} navigation={navigation} />
      </section>
      <Outlet />
      {deleting && (
        <DeletePrefixListDialog regionId={regionId} list={deleting} onClose={() => setDeleting(undefined)} />
      )}
    </div>
  );
}
