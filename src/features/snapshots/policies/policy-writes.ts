import { callEcs } from "../../../api/client";
import { type PolicyFormValues, policyParams } from "./policy-form";

/** SNAP-1 */
export async function createPolicy(regionId: string, values: PolicyFormValues): Promise<string> {
  const body = await callEcs("CreateSecurityGroupSnapshotPolicy", {
    RegionId: regionId,
    ...policyParams(values),
  });
  return body.SnapshotPolicyId;
}

export async function modifyPolicy(
  regionId: string,
  snapshotPolicyId: string,
  values: Partial<PolicyFormValues>,
): Promise<void> {
  await callEcs("ModifySecurityGroupSnapshotPolicy", {
    RegionId: regionId,
    SnapshotPolicyId: snapshotPolicyId,
    SnapshotPolicyName: values.name,
    Status: values.status,
    RetentionDays: values.retention?.trim(),
    BucketName: values.bucket,
  });
}

export async function deletePolicy(regionId: string, snapshotPolicyId: string): Promise<void> {
  await callEcs("DeleteSecurityGroupSnapshotPolicy", { RegionId: regionId, SnapshotPolicyId: snapshotPolicyId });
}

/** SNAP-2: every group in one request (the engine checks the 10-group limit over all of them). */
export async function associateGroups(
  regionId: string,
  snapshotPolicyId: string,
  securityGroupIds: readonly string[],
): Promise<void> {
  await callEcs("AssociateSecurityGroupSnapshotPolicy", {
    RegionId: regionId,
    SnapshotPolicyId: snapshotPolicyId,
    SecurityGroupId: [...securityGroupIds],
  });
}

export async function disassociateGroups(
  regionId: string,
  snapshotPolicyId: string,
  securityGroupIds: readonly string[],
): Promise<void> {
  await callEcs("DisassociateSecurityGroupSnapshotPolicy", {
    RegionId: regionId,
    SnapshotPolicyId: snapshotPolicyId,
    SecurityGroupId: [...securityGroupIds],
  });
}
