/**
 * The prefix-list area's routes, loaded as one lazy chunk (list, create, detail with its tabs):
 * one request after start-up instead of one per page.
 */
import { CreatePrefixListDrawer } from "./create/CreatePrefixListDrawer";
import { AssociationsTab, associationsLoader } from "./detail/AssociationsTab";
import { prefixListDetailLoader } from "./detail/current-list";
import { EntriesTab } from "./detail/EntriesTab";
import { PrefixListDetailPage } from "./detail/PrefixListDetailPage";
import { PrefixListListPage, prefixListListLoader } from "./list/PrefixListListPage";

export const listRoute = { loader: prefixListListLoader, Component: PrefixListListPage };
export const createRoute = { Component: CreatePrefixListDrawer };
export const detailRoute = { loader: prefixListDetailLoader, Component: PrefixListDetailPage };
export const entriesRoute = { Component: EntriesTab };
export const associationsRoute = { loader: associationsLoader, Component: AssociationsTab };
