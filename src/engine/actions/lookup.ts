import type { ErrorCode } from "../errors/catalogue";
import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { SecurityGroupRecord } from "../types";

/** Cloud services that create managed groups in the demo data, by their ServiceID. */
export const MANAGED_SERVICES: Readonly<Record<number, string>> = {
  1497449876238371: "Container Service for Kubernetes (ACK)",
};

export function managedServiceName(serviceId: number): string {
  return MANAGED_SERVICES[serviceId] ?? `service ${serviceId}`;
}

/** A group of the region, or the given not-found error (groups of other regions do not exist here). */
export async function findGroup(
  tx: Tx,
  regionId: string,
  groupId: string,
  notFound: ErrorCode = "InvalidSecurityGroupId.NotFound",
  field = "SecurityGroupId",
): Promise<SecurityGroupRecord> {
  const group = await tx.objectStore("securityGroups").get(groupId);
  if (!group || group.RegionId !== regionId) throw ecsError(notFound, { field });
  return group;
}

/** Managed groups (SG-8) are display-only: every change is refused. */
export function assertNotManaged(group: SecurityGroupRecord): void {
  if (group.ServiceManaged) {
    throw ecsError("InvalidOperation.ResourceManagedByCloudProduct", {
      args: [managedServiceName(group.ServiceID)],
      field: "SecurityGroupId",
    });
  }
}

export async function findWritableGroup(tx: Tx, regionId: string, groupId: string) {
  const group = await findGroup(tx, regionId, groupId);
  assertNotManaged(group);
  return group;
}
