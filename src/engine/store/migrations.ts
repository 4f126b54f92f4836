import type { IDBPDatabase, IDBPTransaction } from "idb";
import type { StoreName, WorkspaceSchema } from "./schema";

type UpgradeTx = IDBPTransaction<WorkspaceSchema, StoreName[], "versionchange">;
type Migration = (db: IDBPDatabase<WorkspaceSchema>, tx: UpgradeTx) => void;

/**
 * Schema versions, oldest first: migration i takes a database from version i to i + 1.
 * Append, never edit, once a version has shipped: browsers hold data in every old version.
 */
export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    db.createObjectStore("meta", { keyPath: "key" });

    const groups = db.createObjectStore("securityGroups", { keyPath: "SecurityGroupId" });
    groups.createIndex("byRegion", ["RegionId", "Seq"]);
    groups.createIndex("byRegionVpc", ["RegionId", "VpcId", "Seq"]);
    groups.createIndex("byRegionName", ["RegionId", "SecurityGroupName"]);

    const rules = db.createObjectStore("rules", { keyPath: "SecurityGroupRuleId" });
    rules.createIndex("bySecurityGroup", "SecurityGroupId");
    rules.createIndex("bySourceGroup", "SourceGroupId");
    rules.createIndex("byDestGroup", "DestGroupId");
    rules.createIndex("bySourcePrefixList", "SourcePrefixListId");
    rules.createIndex("byDestPrefixList", "DestPrefixListId");

    db.createObjectStore("vpcs", { keyPath: "VpcId" }).createIndex("byRegion", ["RegionId", "Seq"]);
    const vswitches = db.createObjectStore("vswitches", { keyPath: "VSwitchId" });
    vswitches.createIndex("byRegion", ["RegionId", "Seq"]);
    vswitches.createIndex("byVpc", "VpcId");

    db.createObjectStore("instances", { keyPath: "InstanceId" }).createIndex("byRegion", ["RegionId", "Seq"]);
    const enis = db.createObjectStore("networkInterfaces", { keyPath: "NetworkInterfaceId" });
    enis.createIndex("byRegion", ["RegionId", "Seq"]);
    enis.createIndex("bySecurityGroup", "SecurityGroupIds", { multiEntry: true });
    enis.createIndex("byInstance", "InstanceId");

    db.createObjectStore("prefixLists", { keyPath: "PrefixListId" }).createIndex("byRegion", ["RegionId", "Seq"]);

    const policies = db.createObjectStore("snapshotPolicies", { keyPath: "SnapshotPolicyId" });
    policies.createIndex("byRegion", ["RegionId", "Seq"]);
    policies.createIndex("bySecurityGroup", "SecurityGroupIds", { multiEntry: true });
    const snapshots = db.createObjectStore("snapshots", { keyPath: "SnapshotId" });
    snapshots.createIndex("bySecurityGroup", "SecurityGroupId");
    snapshots.createIndex("byExpiry", "ExpiresAt");
    db.createObjectStore("pendingSnapshots", { keyPath: "SecurityGroupId" }).createIndex("byDue", "DueAt");
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
