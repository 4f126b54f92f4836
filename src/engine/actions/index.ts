import { cloneActions } from "./clone";
import type { ActionTable } from "./context";
import { diagnoseActions } from "./diagnose";
import { healthCheckActions } from "./health-check";
import { importExportActions } from "./import-export";
import { instanceActions } from "./instances";
import { membershipActions } from "./membership";
import { networkActions } from "./network";
import { networkInterfaceActions } from "./network-interfaces";
import { prefixListActions } from "./prefix-lists";
import { ruleActions } from "./rules";
import { securityGroupActions } from "./security-groups";
import { snapshotActions } from "./snapshots";
import { workspaceActions } from "./workspace";

/** Every action the engine answers, by its API name. One table per resource area. */
export const ALL_ACTIONS: ActionTable = {
  ...networkActions,
  ...securityGroupActions,
  ...ruleActions,
  ...prefixListActions,
  ...snapshotActions,
  ...healthCheckActions,
  ...cloneActions,
  ...importExportActions,
  ...instanceActions,
  ...networkInterfaceActions,
  ...membershipActions,
  ...diagnoseActions,
  ...workspaceActions,
};
