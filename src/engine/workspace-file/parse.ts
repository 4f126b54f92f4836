import type { z } from "zod";
import { ecsError } from "../errors/ecs-error";
import { SCHEMA_VERSION } from "../store/migrations";
import { STORE_NAMES, type StoreName } from "../store/schema";
import { WORKSPACE_FORMAT, type WorkspaceFile } from "./format";
import { firstBrokenLink, type LinkedRecords, withRecountedGroups } from "./integrity";
import {
  instanceRecord,
  metaRecord,
  networkInterfaceRecord,
  pendingSnapshotRecord,
  prefixListRecord,
  ruleRecord,
  securityGroupRecord,
  snapshotPolicyRecord,
  snapshotRecord,
  vpcRecord,
  vswitchRecord,
} from "./records";

const RECORD_SCHEMAS = {
  meta: metaRecord,
  securityGroups: securityGroupRecord,
  rules: ruleRecord,
  vpcs: vpcRecord,
  vswitches: vswitchRecord,
  instances: instanceRecord,
  networkInterfaces: networkInterfaceRecord,
  prefixLists: prefixListRecord,
  snapshotPolicies: snapshotPolicyRecord,
  snapshots: snapshotRecord,
  pendingSnapshots: pendingSnapshotRecord,
} satisfies Record<StoreName, z.ZodType>;

/** Each store's records, checked: what ImportWorkspace (and a lab's start) writes as it is. */
export type CheckedStores = { [Name in StoreName]: z.infer<(typeof RECORD_SCHEMAS)[Name]>[] };

/** The key of each store's records (IndexedDB key paths), to refuse two records with one key. */
const KEY_OF: Record<StoreName, string> = {
  meta: "key",
  securityGroups: "SecurityGroupId",
  rules: "SecurityGroupRuleId",
  vpcs: "VpcId",
  vswitches: "VSwitchId",
  instances: "InstanceId",
  networkInterfaces: "NetworkInterfaceId",
  prefixLists: "PrefixListId",
  snapshotPolicies: "SnapshotPolicyId",
  snapshots: "SnapshotId",
  pendingSnapshots: "SecurityGroupId",
};

function refuse(problem: string): never {
  throw ecsError("InvalidParameter.WorkspaceContent", { args: [problem], field: "Content" });
}

function parseEnvelope(content: string): WorkspaceFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    refuse("it is not JSON.");
  }
  const file = parsed as Partial<WorkspaceFile> | null;
  if (!file || file.format !== WORKSPACE_FORMAT || typeof file.stores !== "object" || file.stores === null) {
    refuse(`it is not an ${WORKSPACE_FORMAT} file.`);
  }
  if (file.schemaVersion !== SCHEMA_VERSION) {
    refuse(`schema version ${String(file.schemaVersion)} is not ${SCHEMA_VERSION}.`);
  }
  return file as WorkspaceFile;
}

function checkStore(name: StoreName, raw: unknown): unknown[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) refuse(`stores.${name}: must be a list of records.`);
  const schema: z.ZodType = RECORD_SCHEMAS[name];
  const keys = new Set<string>();
  return raw.map((record: unknown, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const [issue] = result.error.issues;
      const path = issue?.path.length ? `.${issue.path.join(".")}` : "";
      refuse(`stores.${name}[${index}]${path}: ${issue?.message ?? "invalid record"}.`);
    }
    const key = String((result.data as Record<string, unknown>)[KEY_OF[name]]);
    if (keys.has(key)) refuse(`stores.${name}[${index}]: a second record with ${KEY_OF[name]} ${key}.`);
    keys.add(key);
    return result.data;
  });
}

/**
 * HARD-4: a workspace file, refused with the problem and its place unless every record has its
 * shape and every reference and limit holds. Derived data (group counters, the creation-order
 * counter) is recomputed rather than trusted.
 */
export function parseWorkspaceFile(content: string): CheckedStores {
  const file = parseEnvelope(content);
  const stores = Object.fromEntries(
    STORE_NAMES.map((name) => [name, checkStore(name, file.stores[name])]),
  ) as CheckedStores;
  const linked: LinkedRecords = stores;
  const broken = firstBrokenLink(linked);
  if (broken) refuse(`${broken}.`);
  const lastSeq = Math.max(
    0,
    ...[stores.securityGroups, stores.rules, stores.vpcs, stores.vswitches, stores.instances, stores.networkInterfaces]
      .flat()
      .map((record) => record.Seq),
    ...[stores.prefixLists, stores.snapshotPolicies, stores.snapshots].flat().map((record) => record.Seq),
  );
  const meta = stores.meta.filter((entry) => entry.key !== "seq");
  const storedSeq = stores.meta.find((entry) => entry.key === "seq")?.value;
  meta.push({ key: "seq", value: Math.max(lastSeq, typeof storedSeq === "number" ? storedSeq : 0) });
  return { ...stores, meta, securityGroups: withRecountedGroups(linked) };
}
