import { useQuery } from "@tanstack/react-query";
import { policyQuery } from "../api";

/** The policy page's breadcrumb: its name once known (the loader fetched it), else its id. */
export function PolicyCrumb({ regionId, snapshotPolicyId }: { regionId: string; snapshotPolicyId: string }) {
  const { data } = useQuery(policyQuery(regionId, snapshotPolicyId));
  const name = data?.SnapshotPolicies.SnapshotPolicy[0]?.SnapshotPolicyName;
  return (
    <span className="truncate crumb-name" title={snapshotPolicyId}>
      {name || snapshotPolicyId}
    </span>
  );
}
