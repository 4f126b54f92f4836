import { DEMO } from "../../src/engine/seed/demo";
import type { StoreName } from "../../src/engine/store/schema";
import { inTransaction } from "../../src/engine/store/workspace-db";
import type { NetworkInterfaceRecord, PrefixListRecord } from "../../src/engine/types";
import type { TestEngine } from "./engine";

export const REGION = "cn-hangzhou";
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export interface PermissionView {
  SecurityGroupRuleId: string;
  Direction: string;
  IpProtocol: string;
  PortRange: string;
  SourceCidrIp: string;
  SourceGroupId: string;
  SourcePrefixListId: string;
  Description: string;
  CreateTime: string;
}

export interface SnapshotView {
  SnapshotId: string;
  SecurityGroupId: string;
  SnapshotPolicyId: string;
  CreationTime: string;
  ExpirationTime: string;
  Permissions: { Permission: PermissionView[] };
}

export interface PolicyView {
  SnapshotPolicyId: string;
  SnapshotPolicyName: string;
  RegionId: string;
  Status: string;
  RetentionDays: number;
  BucketName: string;
  CreationTime: string;
  SecurityGroupIds: { SecurityGroupId: string[] };
}

/** `Name.1`, `Name.2`, ... as the wire numbers lists. */
export function numbered(name: string, values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, index) => [`${name}.${index + 1}`, value]));
}

/** Engine-level shortcuts for the snapshot actions and the rule changes that feed them. */
export function snapshotApi(t: TestEngine) {
  const api = {
    async newGroup(fields: Record<string, string> = {}): Promise<string> {
      const body = await t.call("CreateSecurityGroup", { RegionId: REGION, VpcId: DEMO.vpc, ...fields });
      return String(body.SecurityGroupId);
    },
    async createPolicy(fields: Record<string, string> = {}): Promise<string> {
      const body = await t.call("CreateSecurityGroupSnapshotPolicy", {
        RegionId: REGION,
        SnapshotPolicyName: "rules-backup",
        ...fields,
      });
      return String(body.SnapshotPolicyId);
    },
    associate: (policyId: string, ...groupIds: string[]) =>
      t.call("AssociateSecurityGroupSnapshotPolicy", {
        SnapshotPolicyId: policyId,
        ...numbered("SecurityGroupId", groupIds),
      }),
    disassociate: (policyId: string, ...groupIds: string[]) =>
      t.call("DisassociateSecurityGroupSnapshotPolicy", {
        SnapshotPolicyId: policyId,
        ...numbered("SecurityGroupId", groupIds),
      }),
    async policies(params: Record<string, string> = {}): Promise<PolicyView[]> {
      const body = await t.call("DescribeSecurityGroupSnapshotPolicies", {
        RegionId: REGION,
        MaxResults: "100",
        ...params,
      });
      return (body.SnapshotPolicies as { SnapshotPolicy: PolicyView[] }).SnapshotPolicy;
    },
    async snapshots(groupId: string): Promise<SnapshotView[]> {
      const body = await t.call("DescribeSecurityGroupSnapshots", { RegionId: REGION, SecurityGroupId: groupId });
      return (body.Snapshots as { Snapshot: SnapshotView[] }).Snapshot;
    },
    restore: (groupId: string, snapshotId: string) =>
      t.call("RestoreSecurityGroupSnapshot", { RegionId: REGION, SecurityGroupId: groupId, SnapshotId: snapshotId }),
    authorize: (groupId: string, fields: Record<string, string>) =>
      t.call("AuthorizeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: groupId,
        ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [`Permissions.1.${key}`, value])),
      }),
    revoke: (groupId: string, ruleId: string) =>
      t.call("RevokeSecurityGroup", { RegionId: REGION, SecurityGroupId: groupId, "SecurityGroupRuleId.1": ruleId }),
    async rules(groupId: string): Promise<PermissionView[]> {
      const body = await t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: groupId });
      return (body.Permissions as { Permission: PermissionView[] }).Permission;
    },
    async ruleCount(groupId: string): Promise<number> {
      const body = await t.call("DescribeSecurityGroups", { RegionId: REGION, SecurityGroupId: groupId });
      const [group] = (body.SecurityGroups as { SecurityGroup: Array<{ RuleCount: number }> }).SecurityGroup;
      return group?.RuleCount ?? -1;
    },
  };
  return api;
}

/**
 * Direct store access, bypassing dispatch (and so the due work it runs first): to see what an
 * action itself wrote, and to set up resources other areas own (prefix lists, ENIs).
 */
export function storeAccess(t: TestEngine) {
  return {
    count: (store: StoreName) => inTransaction(t.engine.db, "readonly", (tx) => tx.objectStore(store).count()),
    pending: (groupId: string) =>
      inTransaction(t.engine.db, "readonly", (tx) => tx.objectStore("pendingSnapshots").get(groupId)),
    snapshotCount: (groupId: string) =>
      inTransaction(t.engine.db, "readonly", (tx) =>
        tx.objectStore("snapshots").index("bySecurityGroup").count(groupId),
      ),
    putPrefixList: (fields: Pick<PrefixListRecord, "PrefixListId" | "MaxEntries">) =>
      inTransaction(t.engine.db, "readwrite", async (tx) => {
        await tx.objectStore("prefixLists").put({
          RegionId: REGION,
          PrefixListName: "office-networks",
          Description: "",
          AddressFamily: "IPv4",
          Entries: [],
          ResourceGroupId: "",
          Tags: [],
          CreationTime: "2026-03-01T00:00Z",
          Seq: 1_000_000,
          ...fields,
        });
      }),
    deletePrefixList: (id: string) =>
      inTransaction(t.engine.db, "readwrite", async (tx) => {
        await tx.objectStore("prefixLists").delete(id);
      }),
    putNetworkInterface: (id: string, securityGroupIds: string[]) =>
      inTransaction(t.engine.db, "readwrite", async (tx) => {
        const eni: NetworkInterfaceRecord = {
          NetworkInterfaceId: id,
          RegionId: REGION,
          VpcId: DEMO.vpc,
          VSwitchId: DEMO.vswitchH,
          ZoneId: "cn-hangzhou-h",
          Type: "Secondary",
          Status: "Available",
          SecurityGroupIds: securityGroupIds,
          PrimaryIpAddress: "192.168.1.50",
          SecondaryIpAddresses: [],
          MacAddress: "00:16:3e:00:00:01",
          NetworkInterfaceName: "snapshot-limit-eni",
          Description: "",
          Tags: [],
          CreationTime: "2026-03-01T00:00:00Z",
          Seq: 1_000_001,
        };
        await tx.objectStore("networkInterfaces").put(eni);
      }),
  };
}
