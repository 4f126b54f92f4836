import type { ComponentType } from "react";
import { createBrowserRouter, type LoaderFunctionArgs, Outlet, type RouteObject, redirect } from "react-router";
import { prefetch } from "./api/queries";
import { AppShell } from "./app/AppShell";
import { BootScreen } from "./app/BootScreen";
import { Crumb } from "./app/Crumb";
import { NotFound, StandaloneNotFound } from "./app/NotFound";
import { RetryNotice } from "./app/RetryNotice";
import { RouteError } from "./app/RouteError";
import type { RouteHandle } from "./app/route-handle";
import { regionsQuery } from "./components/regions";
import { EniCrumb, InstanceCrumb } from "./features/compute/crumbs";
import { PrefixListCrumb } from "./features/prefix-lists/PrefixListCrumb";
import { GroupCrumb } from "./features/security-groups/GroupCrumb";
import { PolicyCrumb } from "./features/snapshots/policies/PolicyCrumb";
import { loadAreaMessages, type MessageKey, useLanguageStore } from "./i18n";
import { DEFAULT_REGION_ID, type GroupTab, pb } from "./paths";

/** An area's code and, in the same wait, the messages of the areas beyond the security-group core. */
const withAreaMessages = async <M,>(load: Promise<M>): Promise<M> => (await Promise.all([load, loadAreaMessages()]))[0];

/** One lazy chunk per area; main.tsx starts loading it while the API worker starts. */
export const loadSecurityGroupsArea = () => withAreaMessages(import("./features/security-groups/routes"));
/**
 * The list route: the console's first page, in a chunk of its own; the create drawer is another.
 * Both render with the core messages only (tests/i18n-loading.test.ts checks it).
 */
export const loadSecurityGroupList = () => import("./features/security-groups/list-routes");
const loadSecurityGroupCreate = () => import("./features/security-groups/create-routes");
export const loadComputeArea = () => withAreaMessages(import("./features/compute/routes"));
export const loadPrefixListsArea = () => withAreaMessages(import("./features/prefix-lists/routes"));
export const loadTroubleshootingArea = () => withAreaMessages(import("./features/troubleshooting/routes"));
export const loadSnapshotsArea = () => withAreaMessages(import("./features/snapshots/routes"));

const crumb = (label: MessageKey): RouteHandle => ({
  crumb: () => <Crumb label={label} />,
});

async function regionLoader() {
  await prefetch(regionsQuery(useLanguageStore.getState().language));
  return null;
}

const regionParams = ({ params }: LoaderFunctionArgs) => ({ regionId: params.regionId ?? DEFAULT_REGION_ID });

type AreaModule = Awaited<ReturnType<typeof loadSecurityGroupsArea>>;
/** What an area module gives a lazy route: its page and, when it fetches, its loader. */
interface AreaRoute {
  loader?: (args: LoaderFunctionArgs) => Promise<unknown>;
  Component: ComponentType;
}
const fromArea = (pick: (area: AreaModule) => AreaRoute) => async () => pick(await loadSecurityGroupsArea());
type ListModule = Awaited<ReturnType<typeof loadSecurityGroupList>>;
const fromList = (pick: (list: ListModule) => AreaRoute) => async () => pick(await loadSecurityGroupList());

const groupTabs: ReadonlyArray<{ path: GroupTab; label: MessageKey; pick: (area: AreaModule) => AreaRoute }> = [
  { path: "inbound", label: "sg.tab.inbound", pick: (area) => area.inboundRoute },
  { path: "outbound", label: "sg.tab.outbound", pick: (area) => area.outboundRoute },
  { path: "instances", label: "sg.tab.instances", pick: (area) => area.instancesRoute },
  { path: "network-interfaces", label: "sg.tab.networkInterfaces", pick: (area) => area.networkInterfacesRoute },
  { path: "snapshots", label: "sg.tab.snapshots", pick: (area) => area.snapshotsRoute },
  { path: "details", label: "sg.tab.details", pick: (area) => area.detailsRoute },
];

export const routes: RouteObject[] = [
  {
    id: "root",
    element: <Outlet />,
    // The first page's loaders may retry a throttled read: the waiting screen says so.
    hydrateFallbackElement: (
      <BootScreen>
        <RetryNotice />
      </BootScreen>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, loader: () => redirect(pb.securityGroups({ regionId: DEFAULT_REGION_ID })) },
      {
        path: ":regionId",
        loader: regionLoader,
        element: <AppShell />,
        errorElement: <RouteError />,
        children: [
          { index: true, loader: (args) => redirect(pb.securityGroups(regionParams(args))) },
          {
            path: "security-groups",
            handle: crumb("nav.securityGroups"),
            errorElement: <RouteError />,
            children: [
              {
                id: "security-group-list",
                lazy: fromList((list) => list.listRoute),
                children: [
                  { index: true },
                  {
                    path: "new",
                    lazy: async () => (await loadSecurityGroupCreate()).createRoute,
                    handle: crumb("sg.create.title"),
                  },
                ],
              },
              {
                path: ":securityGroupId",
                lazy: fromArea((area) => area.detailRoute),
                errorElement: <RouteError />,
                handle: {
                  crumb: (params) => (
                    <GroupCrumb regionId={params.regionId ?? ""} securityGroupId={params.securityGroupId ?? ""} />
                  ),
                } satisfies RouteHandle,
                children: [
                  {
                    index: true,
                    loader: ({ params }) =>
                      redirect(
                        pb.securityGroup({
                          regionId: params.regionId ?? DEFAULT_REGION_ID,
                          securityGroupId: params.securityGroupId ?? "",
                        }),
                      ),
                  },
                  ...groupTabs.map((tab) => ({
                    path: tab.path,
                    lazy: fromArea(tab.pick),
                    handle: crumb(tab.label),
                  })),
                ],
              },
            ],
          },
          {
            path: "instances",
            handle: crumb("nav.instances"),
            errorElement: <RouteError />,
            children: [
              { index: true, lazy: async () => (await loadComputeArea()).instanceListRoute },
              {
                path: "launch",
                lazy: async () => (await loadComputeArea()).launchRoute,
                handle: crumb("launch.title"),
              },
              // "new" as the other areas spell their create pages: the purchase page.
              { path: "new", loader: (args) => redirect(pb.instanceLaunch(regionParams(args))) },
              {
                path: ":instanceId",
                lazy: async () => (await loadComputeArea()).instanceDetailRoute,
                errorElement: <RouteError />,
                handle: {
                  crumb: (params) => (
                    <InstanceCrumb regionId={params.regionId ?? ""} instanceId={params.instanceId ?? ""} />
                  ),
                } satisfies RouteHandle,
                children: [
                  {
                    index: true,
                    loader: ({ params }) =>
                      redirect(
                        pb.instance({
                          regionId: params.regionId ?? DEFAULT_REGION_ID,
                          instanceId: params.instanceId ?? "",
                        }),
                      ),
                  },
                  {
                    path: "security-groups",
                    lazy: async () => (await loadComputeArea()).instanceGroupsRoute,
                    handle: crumb("inst.tab.groups"),
                  },
                  {
                    path: "network-interfaces",
                    lazy: async () => (await loadComputeArea()).instanceEnisRoute,
                    handle: crumb("inst.tab.enis"),
                  },
                ],
              },
            ],
          },
          {
            path: "network-interfaces",
            handle: crumb("nav.networkInterfaces"),
            errorElement: <RouteError />,
            children: [
              {
                id: "network-interface-list",
                lazy: async () => (await loadComputeArea()).eniListRoute,
                children: [
                  { index: true },
                  {
                    path: "new",
                    lazy: async () => (await loadComputeArea()).eniCreateRoute,
                    handle: crumb("eni.create.title"),
                  },
                ],
              },
              {
                path: ":networkInterfaceId",
                lazy: async () => (await loadComputeArea()).eniDetailRoute,
                errorElement: <RouteError />,
                handle: {
                  crumb: (params) => (
                    <EniCrumb regionId={params.regionId ?? ""} networkInterfaceId={params.networkInterfaceId ?? ""} />
                  ),
                } satisfies RouteHandle,
              },
            ],
          },
          {
            path: "prefix-lists",
            handle: crumb("nav.prefixLists"),
            errorElement: <RouteError />,
            children: [
              {
                id: "prefix-list-list",
                lazy: async () => (await loadPrefixListsArea()).listRoute,
                children: [
                  { index: true },
                  {
                    path: "new",
                    lazy: async () => (await loadPrefixListsArea()).createRoute,
                    handle: crumb("pl.create.title"),
                  },
                ],
              },
              {
                path: ":prefixListId",
                lazy: async () => (await loadPrefixListsArea()).detailRoute,
                errorElement: <RouteError />,
                handle: {
                  crumb: (params) => (
                    <PrefixListCrumb regionId={params.regionId ?? ""} prefixListId={params.prefixListId ?? ""} />
                  ),
                } satisfies RouteHandle,
                children: [
                  {
                    index: true,
                    loader: ({ params }) =>
                      redirect(
                        pb.prefixList({
                          regionId: params.regionId ?? DEFAULT_REGION_ID,
                          prefixListId: params.prefixListId ?? "",
                        }),
                      ),
                  },
                  {
                    path: "entries",
                    lazy: async () => (await loadPrefixListsArea()).entriesRoute,
                    handle: crumb("pl.tab.entries"),
                  },
                  {
                    path: "associations",
                    lazy: async () => (await loadPrefixListsArea()).associationsRoute,
                    handle: crumb("pl.tab.associations"),
                  },
                ],
              },
            ],
          },
          {
            path: "snapshots",
            handle: crumb("nav.snapshots"),
            errorElement: <RouteError />,
            children: [
              {
                id: "snapshot-policy-list",
                lazy: async () => (await loadSnapshotsArea()).policyListRoute,
                children: [
                  { index: true },
                  {
                    path: "new",
                    lazy: async () => (await loadSnapshotsArea()).policyCreateRoute,
                    handle: crumb("snap.create.title"),
                  },
                ],
              },
              {
                path: ":snapshotPolicyId",
                lazy: async () => (await loadSnapshotsArea()).policyDetailRoute,
                errorElement: <RouteError />,
                handle: {
                  crumb: (params) => (
                    <PolicyCrumb regionId={params.regionId ?? ""} snapshotPolicyId={params.snapshotPolicyId ?? ""} />
                  ),
                } satisfies RouteHandle,
              },
            ],
          },
          {
            path: "troubleshooting",
            handle: crumb("nav.troubleshooting"),
            errorElement: <RouteError />,
            lazy: async () => (await loadTroubleshootingArea()).pageRoute,
          },
          { path: "*", element: <NotFound /> },
        ],
      },
      { path: "*", element: <StandaloneNotFound /> },
    ],
  },
];

/** Created only once the API worker answers: the router runs its loaders (fetches) at once. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
