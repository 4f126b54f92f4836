import type { StoreName } from "../store/schema";

/** The workspace file's envelope (ExportWorkspace writes it; ImportWorkspace checks it). */
export const WORKSPACE_FORMAT = "sg-console-workspace";

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  stores: Partial<Record<StoreName, unknown[]>>;
}
