/**
 * The compute area's routes (instances, the purchase page, network interfaces), loaded as one
 * lazy chunk: one request when the person first opens any of them.
 */

import { instanceDetailLoader } from "./instances/detail/current-instance";
import { InstanceDetailPage } from "./instances/detail/InstanceDetailPage";
import { InstanceEnisTab } from "./instances/detail/InstanceEnisTab";
import { InstanceGroupsTab } from "./instances/detail/InstanceGroupsTab";
import { InstanceListPage, instanceListLoader } from "./instances/list/InstanceListPage";
import { LaunchRoute, launchLoader } from "./launch/LaunchPage";
import { CreateEniDrawer, createEniLoader } from "./network-interfaces/create/CreateEniDrawer";
import { eniDetailLoader } from "./network-interfaces/detail/current-eni";
import { EniDetailPage } from "./network-interfaces/detail/EniDetailPage";
import { EniListPage, eniListLoader } from "./network-interfaces/list/EniListPage";

export const instanceListRoute = { loader: instanceListLoader, Component: InstanceListPage };
export const launchRoute = { loader: launchLoader, Component: LaunchRoute };
export const instanceDetailRoute = { loader: instanceDetailLoader, Component: InstanceDetailPage };
export const instanceGroupsRoute = { Component: InstanceGroupsTab };
export const instanceEnisRoute = { Component: InstanceEnisTab };
export const eniListRoute = { loader: eniListLoader, Component: EniListPage };
export const eniCreateRoute = { loader: createEniLoader, Component: CreateEniDrawer };
export const eniDetailRoute = { loader: eniDetailLoader, Component: EniDetailPage };
