import { ecsError } from "../errors/ecs-error";
import type { SnapshotPolicyStatus } from "../types";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "./limits";
import { isValidResourceName } from "./names";

/** Policy names follow the security-group name rules (project decision). */
export function checkSnapshotPolicyName(name: string, field = "SnapshotPolicyName"): void {
  if (!isValidResourceName(name)) throw ecsError("InvalidSnapshotPolicyName.Malformed", { field });
}

/** Enabled | Disabled, case-insensitive like the API's other enumerations; answered capitalised. */
export function parseSnapshotPolicyStatus(raw: string, field = "Status"): SnapshotPolicyStatus {
  const lower = raw.toLowerCase();
  if (lower === "enabled") return "Enabled";
  if (lower === "disabled") return "Disabled";
  throw ecsError("InvalidParameter.Status", { field });
}

export function parseRetentionDays(raw: string, field = "RetentionDays"): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < MIN_RETENTION_DAYS || value > MAX_RETENTION_DAYS) {
    throw ecsError("InvalidRetentionDays.Malformed", { field });
  }
  return value;
}

/** OSS bucket naming: 3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function checkBucketName(name: string, field = "BucketName"): void {
  if (!BUCKET_NAME.test(name)) throw ecsError("InvalidBucketName", { field });
}

/** The bucket the service uses when none is given (SNAP-1 "the default bucket"). */
export function defaultBucketName(accountId: string, regionId: string): string {
  return `sg-snapshot-${accountId}-${regionId}`;
}
