import type { ParamsOf } from "@/api/contract";
import type { SnapshotPolicy, SnapshotPolicyStatus } from "@/api/types";
import { type Problem, toProblem } from "../../../components/problem";
import {
  checkBucketName,
  checkSnapshotPolicyName,
  DEFAULT_RETENTION_DAYS,
  parseRetentionDays,
  problemOf,
} from "../../../engine/validate";

/** The policy form's values, as typed (retention stays text until checked). */
export interface PolicyFormValues {
  name: string;
  status: SnapshotPolicyStatus;
  retention: string;
  bucket: string;
}

export const NEW_POLICY: PolicyFormValues = {
  name: "",
  status: "Enabled",
  retention: String(DEFAULT_RETENTION_DAYS),
  bucket: "",
};

export function policyFormValues(policy: SnapshotPolicy): PolicyFormValues {
  return {
    name: policy.SnapshotPolicyName,
    status: policy.Status,
    retention: String(policy.RetentionDays),
    bucket: policy.BucketName,
  };
}

/** Fields that show their own errors, by the request parameter each sets (server errors name it). */
export const POLICY_FIELDS = ["SnapshotPolicyName", "RetentionDays", "BucketName"] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/**
 * The engine's own validators, so the form shows the code the API would answer. The bucket may
 * stay empty only when creating (the default bucket); an existing policy always names one.
 */
export function policyProblems(
  values: PolicyFormValues,
  { creating }: { creating: boolean },
): Partial<Record<PolicyField, Problem>> {
  const problems: Partial<Record<PolicyField, Problem>> = {};
  const name = problemOf(() => checkSnapshotPolicyName(values.name));
  if (name) problems.SnapshotPolicyName = toProblem(name);
  const retention = problemOf(() => parseRetentionDays(values.retention));
  if (retention) problems.RetentionDays = toProblem(retention);
  if (!creating || values.bucket !== "") {
    const bucket = problemOf(() => checkBucketName(values.bucket));
    if (bucket) problems.BucketName = toProblem(bucket);
  }
  return problems;
}

/** Parameters of Create/ModifySecurityGroupSnapshotPolicy for the form's values. */
export function policyParams(
  values: PolicyFormValues,
): Omit<ParamsOf<"CreateSecurityGroupSnapshotPolicy">, "RegionId"> {
  return {
    SnapshotPolicyName: values.name,
    Status: values.status,
    RetentionDays: values.retention.trim(),
    BucketName: values.bucket || undefined,
  };
}
