import { useQuery } from "@tanstack/react-query";
import { eniQuery, instancesByIdsQuery } from "./api";

/** Breadcrumbs of the detail pages: the resource's name once known (the loader fetched it), else its id. */
export function InstanceCrumb({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const { data } = useQuery(instancesByIdsQuery(regionId, [instanceId]));
  const name = data?.Instances.Instance[0]?.InstanceName;
  return (
    <span className="truncate crumb-name" title={instanceId}>
      {name || instanceId}
    </span>
  );
}

export function EniCrumb({ regionId, networkInterfaceId }: { regionId: string; networkInterfaceId: string }) {
  const { data } = useQuery(eniQuery(regionId, networkInterfaceId));
  const name = data?.NetworkInterfaceSets.NetworkInterfaceSet[0]?.NetworkInterfaceName;
  return (
    <span className="truncate crumb-name" title={networkInterfaceId}>
      {name || networkInterfaceId}
    </span>
  );
}
