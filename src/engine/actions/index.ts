import type { ActionTable } from "./context";
import { networkActions } from "./network";
import { quotaAndClockActions } from "./quotas-and-clock";
import { securityGroupActions } from "./security-groups";

/**
 * The actions the console's first page needs (the group list: groups, VPCs, regions, quotas),
 * loaded with the engine. One table per resource area.
 */
const eagerActions = {
  ...networkActions,
  ...securityGroupActions,
  ...quotaAndClockActions,
} satisfies ActionTable;
export const EAGER_ACTIONS: ActionTable = eagerActions;
export type EagerActionTable = typeof eagerActions;

/** A table of actions loaded on its first call, so the console's first page does not wait for it. */
export interface LazyActionModule {
  /** The names its table holds, known before it loads (tsc checks they are exactly its keys). */
  actions: readonly string[];
  load(): Promise<ActionTable>;
}

/** The keys of `T` that `N` leaves out: `never` when the list names every action of the table. */
type Unlisted<T, N extends readonly string[]> = Exclude<keyof T, N[number]>;

/**
 * A lazy module: `lazy(["A", "B"], async () => (await import("./x")).xActions)`. The names are
 * the table's keys, checked by tsc: a name the table lacks, or an action left out, fails to compile.
 */
function lazy<T extends ActionTable, const N extends readonly (keyof T & string)[]>(
  actions: N & ([Unlisted<T, N>] extends [never] ? unknown : { unlisted: Unlisted<T, N> }),
  load: () => Promise<T>,
): LazyActionModule {
  return { actions, load };
}

export const LAZY_ACTIONS: readonly LazyActionModule[] = [
  lazy(
    [
      "AuthorizeSecurityGroup",
      "AuthorizeSecurityGroupEgress",
      "RevokeSecurityGroup",
      "RevokeSecurityGroupEgress",
      "ModifySecurityGroupRule",
      "ModifySecurityGroupEgressRule",
      "DescribeSecurityGroupAttribute",
    ],
    async () => (await import("./rules")).ruleActions,
  ),
  lazy(["CreateVpc", "CreateVSwitch"], async () => (await import("./network-create")).networkCreateActions),
  lazy(
    ["RunInstances", "DescribeInstances", "StartInstance", "StopInstance", "DeleteInstance"],
    async () => (await import("./instances")).instanceActions,
  ),
  lazy(
    [
      "CreateNetworkInterface",
      "DescribeNetworkInterfaces",
      "ModifyNetworkInterfaceAttribute",
      "AttachNetworkInterface",
      "DetachNetworkInterface",
      "DeleteNetworkInterface",
    ],
    async () => (await import("./network-interfaces")).networkInterfaceActions,
  ),
  lazy(
    ["ModifyInstanceAttribute", "JoinSecurityGroup", "LeaveSecurityGroup"],
    async () => (await import("./membership")).membershipActions,
  ),
  lazy(
    [
      "CreatePrefixList",
      "ModifyPrefixList",
      "DescribePrefixLists",
      "DescribePrefixListAttributes",
      "DescribePrefixListAssociations",
      "DeletePrefixList",
    ],
    async () => (await import("./prefix-lists")).prefixListActions,
  ),
  lazy(["ResetWorkspace", "ExportWorkspace"], async () => (await import("./workspace")).workspaceActions),
  lazy(["ImportWorkspace"], async () => (await import("./workspace-import")).workspaceImportActions),
  lazy(
    [
      "CreateSecurityGroupSnapshotPolicy",
      "ModifySecurityGroupSnapshotPolicy",
      "DeleteSecurityGroupSnapshotPolicy",
      "DescribeSecurityGroupSnapshotPolicies",
      "AssociateSecurityGroupSnapshotPolicy",
      "DisassociateSecurityGroupSnapshotPolicy",
      "DescribeSecurityGroupSnapshots",
      "RestoreSecurityGroupSnapshot",
    ],
    async () => (await import("./snapshots")).snapshotActions,
  ),
  lazy(["DescribeSecurityGroupRedundantRules"], async () => (await import("./health-check")).healthCheckActions),
  lazy(["CloneSecurityGroup"], async () => (await import("./clone")).cloneActions),
  lazy(
    ["ExportSecurityGroupRules", "ImportSecurityGroupRules"],
    async () => (await import("./import-export")).importExportActions,
  ),
  lazy(["DiagnoseTraffic"], async () => (await import("./diagnose")).diagnoseActions),
];
