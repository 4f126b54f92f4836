import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import { prefetch, usePrefetchedQuery } from "../../../../api/queries";
import { knownRegion } from "../../../../components/regions";
import { loadVirtualTableBody } from "../../../../components/virtual-table-body";
import { instanceEnisQuery, instancesByIdsQuery, vswitchesQuery } from "../../api";
import { prefetchGroupsByIds } from "../../group-lookup";
import { prefetchGroupRules } from "../../rules/group-rules";

/**
 * The detail route's loader: the instance (404 when the region has none by that id), then in
 * parallel its groups, every group's rules (one request per group), its ENIs and network names.
 * The page, with up to 1,000 merged rules, renders complete on first paint.
 */
export async function instanceDetailLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const instanceId = params.instanceId ?? "";
  const found = await prefetch(instancesByIdsQuery(regionId, [instanceId]));
  const instance = found.Instances.Instance[0];
  if (!instance) throw data(null, { status: 404 });
  const groupIds = instance.SecurityGroupIds.SecurityGroupId;
  await Promise.all([
    prefetchGroupsByIds(regionId, groupIds),
    prefetchGroupRules(regionId, groupIds),
    prefetch(instanceEnisQuery(regionId, instanceId)),
    prefetch(vpcsQuery(regionId)),
    prefetch(vswitchesQuery(regionId)),
    // The merged rules table may hold up to 1,000 rows.
    loadVirtualTableBody(),
  ]);
  return null;
}

/** The instance of the current detail page (undefined once deleted elsewhere) and its region. */
export function useCurrentInstance() {
  const params = useParams();
  const regionId = params.regionId ?? "";
  const instanceId = params.instanceId ?? "";
  const instance = usePrefetchedQuery(instancesByIdsQuery(regionId, [instanceId])).Instances.Instance[0];
  return { regionId, instanceId, instance };
}
