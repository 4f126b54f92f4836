import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { knownRegion } from "../../../components/regions";
import { prefixListQuery, prefixListSummaryQuery } from "../api";

/** The detail route's loader: the list (404 when the region has no such list) and its entries. */
export async function prefixListDetailLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const prefixListId = params.prefixListId ?? "";
  const found = await prefetch(prefixListSummaryQuery(regionId, prefixListId));
  if (found.PrefixLists.PrefixList.length === 0) throw data(null, { status: 404 });
  await prefetch(prefixListQuery(regionId, prefixListId));
  return null;
}

/**
 * The list of the current detail page: its summary (with AssociationCount; undefined once
 * deleted elsewhere) and its attributes with the entries; tabs read both from the cache.
 */
export function useCurrentList() {
  const params = useParams();
  const regionId = params.regionId ?? "";
  const prefixListId = params.prefixListId ?? "";
  const summary = usePrefetchedQuery(prefixListSummaryQuery(regionId, prefixListId)).PrefixLists.PrefixList[0];
  const attributes = usePrefetchedQuery(prefixListQuery(regionId, prefixListId));
  return { regionId, prefixListId, summary, attributes };
}
