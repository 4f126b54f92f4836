/**
 * The security-group detail's routes (detail, rules, member and snapshot tabs), loaded as one lazy
 * chunk. The list and create routes are a chunk of their own (list-routes.tsx): the console opens
 * on the list, and its first load should not wait for the rule editor.
 */

import { GroupEnisTab, groupEnisLoader } from "../compute/group-members/GroupEnisTab";
import { GroupInstancesTab, groupInstancesLoader } from "../compute/group-members/GroupInstancesTab";
import { GroupSnapshotsTab, groupSnapshotsLoader } from "../snapshots/group-tab/GroupSnapshotsTab";
import { BasicInfoTab } from "./detail/BasicInfoTab";
import { groupDetailLoader } from "./detail/current-group";
import { GroupDetailPage } from "./detail/GroupDetailPage";
import { RulesTab } from "./rules/RulesTab";

export const detailRoute = { loader: groupDetailLoader, Component: GroupDetailPage };
export const inboundRoute = { Component: () => <RulesTab key="ingress" direction="ingress" /> };
export const outboundRoute = { Component: () => <RulesTab key="egress" direction="egress" /> };
/** SG-4: the compute area provides the member tabs (they ride in this chunk). */
export const instancesRoute = { loader: groupInstancesLoader, Component: GroupInstancesTab };
export const networkInterfacesRoute = { loader: groupEnisLoader, Component: GroupEnisTab };
/** SNAP-4: the snapshot area provides the tab (its restore dialog rides in this chunk). */
export const snapshotsRoute = { loader: groupSnapshotsLoader, Component: GroupSnapshotsTab };
export const detailsRoute = { Component: BasicInfoTab };
