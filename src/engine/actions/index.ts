import type { ActionTable } from "./context";
import { networkActions } from "./network";
import { quotaAndClockActions } from "./quotas-and-clock";
import { securityGroupActions } from "./security-groups";

/**
 * The actions the console's first page needs (the group list: groups, VPCs, regions, quotas),
 * loaded with the engine. One table per resource area.
 */
export const EAGER_ACTIONS: ActionTable = {
  ...networkActions,
  ...securityGroupActions,
  ...quotaAndClockActions,
};

/** A table of actions loaded on its first call, so the console's first page does not wait for it. */
export interface LazyActionModule {
  /** The names its table holds (tests/engine-actions.test.ts checks they match). */
  actions: readonly string[];
  load(): Promise<ActionTable>;
}

export const LAZY_ACTIONS: readonly LazyActionModule[] = [
  {
    actions: [
      "AuthorizeSecurityGroup",
      "AuthorizeSecurityGroupEgress",
      "RevokeSecurityGroup",
      "RevokeSecurityGroupEgress",
      "ModifySecurityGroupRule",
      "ModifySecurityGroupEgressRule",
      "DescribeSecurityGroupAttribute",
    ],
    load: async () => (await import("./rules")).ruleActions,
  },
  {
    actions: ["CreateVpc", "CreateVSwitch"],
    load: async () => (await import("./network-create")).networkCreateActions,
  },
  {
    actions: ["RunInstances", "DescribeInstances", "StartInstance", "StopInstance", "DeleteInstance"],
    load: async () => (await import("./instances")).instanceActions,
  },
  {
    actions: [
      "CreateNetworkInterface",
      "DescribeNetworkInterfaces",
      "ModifyNetworkInterfaceAttribute",
      "AttachNetworkInterface",
      "DetachNetworkInterface",
      "DeleteNetworkInterface",
    ],
    load: async () => (await import("./network-interfaces")).networkInterfaceActions,
  },
  {
    actions: ["ModifyInstanceAttribute", "JoinSecurityGroup", "LeaveSecurityGroup"],
    load: async () => (await import("./membership")).membershipActions,
  },
  {
    actions: [
      "CreatePrefixList",
      "ModifyPrefixList",
      "DescribePrefixLists",
      "DescribePrefixListAttributes",
      "DescribePrefixListAssociations",
      "DeletePrefixList",
    ],
    load: async () => (await import("./prefix-lists")).prefixListActions,
  },
  {
    actions: ["ResetWorkspace", "ExportWorkspace"],
    load: async () => (await import("./workspace")).workspaceActions,
  },
  {
    actions: ["ImportWorkspace"],
    load: async () => (await import("./workspace-import")).workspaceImportActions,
  },
  {
    actions: [
      "CreateSecurityGroupSnapshotPolicy",
      "ModifySecurityGroupSnapshotPolicy",
      "DeleteSecurityGroupSnapshotPolicy",
      "DescribeSecurityGroupSnapshotPolicies",
      "AssociateSecurityGroupSnapshotPolicy",
      "DisassociateSecurityGroupSnapshotPolicy",
      "DescribeSecurityGroupSnapshots",
      "RestoreSecurityGroupSnapshot",
    ],
    load: async () => (await import("./snapshots")).snapshotActions,
  },
  {
    actions: ["DescribeSecurityGroupRedundantRules"],
    load: async () => (await import("./health-check")).healthCheckActions,
  },
  { actions: ["CloneSecurityGroup"], load: async () => (await import("./clone")).cloneActions },
  {
    actions: ["ExportSecurityGroupRules", "ImportSecurityGroupRules"],
    load: async () => (await import("./import-export")).importExportActions,
  },
  { actions: ["DiagnoseTraffic"], load: async () => (await import("./diagnose")).diagnoseActions },
];
