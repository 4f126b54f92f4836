import type { ActionTable } from "./context";
import { instanceActions } from "./instances";
import { membershipActions } from "./membership";
import { networkActions } from "./network";
import { networkInterfaceActions } from "./network-interfaces";
import { prefixListActions } from "./prefix-lists";
import { quotaAndClockActions } from "./quotas-and-clock";
import { ruleActions } from "./rules";
import { securityGroupActions } from "./security-groups";

/** The actions every page needs, loaded with the engine. One table per resource area. */
export const EAGER_ACTIONS: ActionTable = {
  ...networkActions,
  ...securityGroupActions,
  ...ruleActions,
  ...prefixListActions,
  ...instanceActions,
  ...networkInterfaceActions,
  ...membershipActions,
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
    actions: ["ResetWorkspace", "ExportWorkspace", "ImportWorkspace"],
    load: async () => (await import("./workspace")).workspaceActions,
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
