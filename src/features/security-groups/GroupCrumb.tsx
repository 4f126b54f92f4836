import { useQuery } from "@tanstack/react-query";
import { groupQuery } from "@/api/shared-reads";

/** The detail page's breadcrumb: the group's name once known (the loader fetched it), else its id. */
export function GroupCrumb({ regionId, securityGroupId }: { regionId: string; securityGroupId: string }) {
  const { data } = useQuery(groupQuery(regionId, securityGroupId));
  const name = data?.SecurityGroups.SecurityGroup[0]?.SecurityGroupName;
  return (
    <span className="truncate crumb-name" title={securityGroupId}>
      {name || securityGroupId}
    </span>
  );
}
