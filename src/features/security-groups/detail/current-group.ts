import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { groupQuery, groupRulesQuery, vpcsQuery } from "@/api/shared-reads";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { knownRegion } from "../../../components/regions";

/** The detail route's loader: the group (404 when the region has no such group), its rules, VPC names. */
export async function groupDetailLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const securityGroupId = params.securityGroupId ?? "";
  const found = await prefetch(groupQuery(regionId, securityGroupId));
  if (found.SecurityGroups.SecurityGroup.length === 0) throw data(null, { status: 404 });
  await Promise.all([prefetch(groupRulesQuery(regionId, securityGroupId)), prefetch(vpcsQuery(regionId))]);
  return null;
}

/** The group of the current detail page, its rules, and the region; tabs read it from the cache. */
export function useCurrentGroup() {
  const params = useParams();
  const regionId = params.regionId ?? "";
  const securityGroupId = params.securityGroupId ?? "";
  const group = usePrefetchedQuery(groupQuery(regionId, securityGroupId)).SecurityGroups.SecurityGroup[0];
  const attribute = usePrefetchedQuery(groupRulesQuery(regionId, securityGroupId));
  return { regionId, securityGroupId, group, attribute };
}
