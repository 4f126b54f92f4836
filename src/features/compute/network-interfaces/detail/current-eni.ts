import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import { prefetch, usePrefetchedQuery } from "../../../../api/queries";
import { knownRegion } from "../../../../components/regions";
import { loadVirtualTableBody } from "../../../../components/virtual-table-body";
import { eniQuery, instancesByIdsQuery, vswitchesQuery } from "../../api";
import { prefetchGroupsByIds } from "../../group-lookup";
import { prefetchGroupRules } from "../../rules/group-rules";

/** The ENI detail loader: the ENI (404 when unknown), then in parallel its groups and their rules, its instance. */
export async function eniDetailLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const networkInterfaceId = params.networkInterfaceId ?? "";
  const found = await prefetch(eniQuery(regionId, networkInterfaceId));
  const eni = found.NetworkInterfaceSets.NetworkInterfaceSet[0];
  if (!eni) throw data(null, { status: 404 });
  const groupIds = eni.SecurityGroupIds.SecurityGroupId;
  await Promise.all([
    prefetchGroupsByIds(regionId, groupIds),
    prefetchGroupRules(regionId, groupIds),
    eni.InstanceId ? prefetch(instancesByIdsQuery(regionId, [eni.InstanceId])) : undefined,
    prefetch(vpcsQuery(regionId)),
    prefetch(vswitchesQuery(regionId)),
    // The merged rules table may hold up to 1,000 rows.
    loadVirtualTableBody(),
  ]);
  return null;
}

export function useCurrentEni() {
  const params = useParams();
  const regionId = params.regionId ?? "";
  const networkInterfaceId = params.networkInterfaceId ?? "";
  const eni = usePrefetchedQuery(eniQuery(regionId, networkInterfaceId)).NetworkInterfaceSets.NetworkInterfaceSet[0];
  return { regionId, networkInterfaceId, eni };
}
