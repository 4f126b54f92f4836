import type { cloneActions } from "./clone";
import type { diagnoseActions } from "./diagnose";
import type { healthCheckActions } from "./health-check";
import type { importExportActions } from "./import-export";
import type { EagerActionTable } from "./index";
import type { instanceActions } from "./instances";
import type { membershipActions } from "./membership";
import type { networkCreateActions } from "./network-create";
import type { networkInterfaceActions } from "./network-interfaces";
import type { prefixListActions } from "./prefix-lists";
import type { ruleActions } from "./rules";
import type { snapshotActions } from "./snapshots";
import type { workspaceActions } from "./workspace";
import type { workspaceImportActions } from "./workspace-import";

/**
 * Every action table, by type only (the lazy ones stay lazy at run time). A new table is added
 * here and in LAZY_ACTIONS (index.ts); its responses are then typed for the UI.
 */
type AllActionTables = EagerActionTable &
  typeof ruleActions &
  typeof networkCreateActions &
  typeof instanceActions &
  typeof networkInterfaceActions &
  typeof membershipActions &
  typeof prefixListActions &
  typeof workspaceActions &
  typeof workspaceImportActions &
  typeof snapshotActions &
  typeof healthCheckActions &
  typeof cloneActions &
  typeof importExportActions &
  typeof diagnoseActions;

/** The name of an action the engine answers. */
export type ActionName = keyof AllActionTables & string;

/** The body an action answers with (the API layer adds RequestId), as the engine builds it. */
export type ActionResponse<A extends ActionName> = Awaited<ReturnType<AllActionTables[A]["run"]>>;
