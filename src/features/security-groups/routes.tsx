/**
 * The security-group area's routes, loaded as one lazy chunk (list, create, detail and the rule
 * editor together): one request after start-up instead of one per page.
 */

import { GroupEnisTab, groupEnisLoader } from "../compute/group-members/GroupEnisTab";
import { GroupInstancesTab, groupInstancesLoader } from "../compute/group-members/GroupInstancesTab";
import { GroupSnapshotsTab, groupSnapshotsLoader } from "../snapshots/group-tab/GroupSnapshotsTab";
import { CreateGroupDrawer, createGroupLoader } from "./create/CreateGroupDrawer";
import { BasicInfoTab } from "./detail/BasicInfoTab";
import { groupDetailLoader } from "./detail/current-group";
import { GroupDetailPage } from "./detail/GroupDetailPage";
import { GroupListPage, groupListLoader } from "./list/GroupListPage";
import { RulesTab } from "./rules/RulesTab";

export const listRoute = { loader: groupListLoader, Component: GroupListPage };
export const createRoute = { loader: createGroupLoader, Component: CreateGroupDrawer };
export const detailRoute = { loader: groupDetailLoader, Component: GroupDetailPage };
export const inboundRoute = { Component: () => <RulesTab key="ingress" direction="ingress" /> };
export const outboundRoute = { Component: () => <RulesTab key="egress" direction="egress" /> };
/** SG-4: the compute area provides the member tabs (they ride in this chunk). */
export const instancesRoute = { loader: groupInstancesLoader, Component: GroupInstancesTab };
export const networkInterfacesRoute = { loader: groupEnisLoader, Component: GroupEnisTab };
/** SNAP-4: the snapshot area provides the tab (its restore dialog rides in this chunk). */
export const snapshotsRoute = { loader: groupSnapshotsLoader, Component: GroupSnapshotsTab };
export const detailsRoute = { Component: BasicInfoTab };
