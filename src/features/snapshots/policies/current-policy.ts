import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { groupsByIdQuery } from "@/api/shared-reads";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { knownRegion } from "../../../components/regions";
import { policyIdsOf, policyQuery } from "../api";

/** The policy page's loader: the policy (404 when the region has none such) and its groups' names. */
export async function policyDetailLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const found = await prefetch(policyQuery(regionId, params.snapshotPolicyId ?? ""));
  const policy = found.SnapshotPolicies.SnapshotPolicy[0];
  if (!policy) throw data(null, { status: 404 });
  await prefetch(groupsByIdQuery(regionId, policyIdsOf(policy)));
  return null;
}

/** The policy of the current page (undefined once deleted elsewhere), from the loader's cache. */
export function useCurrentPolicy() {
  const params = useParams();
  const regionId = params.regionId ?? "";
  const snapshotPolicyId = params.snapshotPolicyId ?? "";
  const policy = usePrefetchedQuery(policyQuery(regionId, snapshotPolicyId)).SnapshotPolicies.SnapshotPolicy[0];
  return { regionId, snapshotPolicyId, policy };
}
