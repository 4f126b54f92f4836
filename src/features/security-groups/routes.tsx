/**
 * The security-group area's routes, loaded as one lazy chunk (list, create, detail and the rule
 * editor together): one request after start-up instead of one per page.
 */
import { CreateGroupDrawer, createGroupLoader } from "./create/CreateGroupDrawer";
import { BasicInfoTab } from "./detail/BasicInfoTab";
import { groupDetailLoader } from "./detail/current-group";
import { GroupDetailPage } from "./detail/GroupDetailPage";
import { InstancesTab, NetworkInterfacesTab, SnapshotsTab } from "./detail/LaterTabs";
import { GroupListPage, groupListLoader } from "./list/GroupListPage";
import { RulesTab } from "./rules/RulesTab";

export const listRoute = { loader: groupListLoader, Component: GroupListPage };
export const createRoute = { loader: createGroupLoader, Component: CreateGroupDrawer };
export const detailRoute = { loader: groupDetailLoader, Component: GroupDetailPage };
export const inboundRoute = { Component: () => <RulesTab key="ingress" direction="ingress" /> };
export const outboundRoute = { Component: () => <RulesTab key="egress" direction="egress" /> };
export const instancesRoute = { Component: InstancesTab };
export const networkInterfacesRoute = { Component: NetworkInterfacesTab };
export const snapshotsRoute = { Component: SnapshotsTab };
export const detailsRoute = { Component: BasicInfoTab };
