import type { DBSchema } from "idb";
import type {
  InstanceRecord,
  NetworkInterfaceRecord,
  PendingSnapshotRecord,
  PrefixListRecord,
  RuleRecord,
  SecurityGroupRecord,
  SnapshotPolicyRecord,
  SnapshotRecord,
  VpcRecord,
  VSwitchRecord,
} from "../types";

/** Key-value settings of the workspace (sequence counter, quotas, clock offset...). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The IndexedDB layout. Every list the console pages is read through a `[RegionId, Seq]` index
 * (creation order), so a page is a bounded cursor walk, never a scan of the whole store.
 */
export interface WorkspaceSchema extends DBSchema {
  meta: { key: string; value: MetaEntry };
  securityGroups: {
    key: string;
    value: SecurityGroupRecord;
    indexes: {
      byRegion: [string, number];
      byRegionVpc: [string, string, number];
      byRegionName: [string, string];
    };
  };
  rules: {
    key: string;
    value: RuleRecord;
    indexes: {
      bySecurityGroup: string;
      bySourceGroup: string;
      byDestGroup: string;
      bySourcePrefixList: string;
      byDestPrefixList: string;
    };
  };
  vpcs: { key: string; value: VpcRecord; indexes: { byRegion: [string, number] } };
  vswitches: {
    key: string;
    value: VSwitchRecord;
    indexes: { byRegion: [string, number]; byVpc: string };
  };
  instances: { key: string; value: InstanceRecord; indexes: { byRegion: [string, number] } };
  networkInterfaces: {
    key: string;
    value: NetworkInterfaceRecord;
    indexes: { byRegion: [string, number]; bySecurityGroup: string; byInstance: string };
  };
  prefixLists: { key: string; value: PrefixListRecord; indexes: { byRegion: [string, number] } };
  snapshotPolicies: {
    key: string;
    value: SnapshotPolicyRecord;
    indexes: { byRegion: [string, number]; bySecurityGroup: string };
  };
  snapshots: {
    key: string;
    value: SnapshotRecord;
    indexes: { bySecurityGroup: string; byExpiry: number };
  };
  pendingSnapshots: { key: string; value: PendingSnapshotRecord; indexes: { byDue: number } };
}

export type StoreName =
  | "meta"
  | "securityGroups"
  | "rules"
  | "vpcs"
  | "vswitches"
  | "instances"
  | "networkInterfaces"
  | "prefixLists"
  | "snapshotPolicies"
  | "snapshots"
  | "pendingSnapshots";

export const STORE_NAMES: readonly StoreName[] = [
  "meta",
  "securityGroups",
  "rules",
  "vpcs",
  "vswitches",
  "instances",
  "networkInterfaces",
  "prefixLists",
  "snapshotPolicies",
  "snapshots",
  "pendingSnapshots",
];
