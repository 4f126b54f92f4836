import type { ReactNode } from "react";
import type { Params } from "react-router";

/** What a route tells the shell: its breadcrumb (a label component; the shell adds the link). */
export interface RouteHandle {
  crumb?: (params: Params) => ReactNode;
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === "object" && handle !== null && "crumb" in handle;
}
