import type { ComponentType } from "react";
import { createBrowserRouter, type LoaderFunctionArgs, Outlet, type RouteObject, redirect } from "react-router";
import { prefetch } from "./api/queries";
import { AppShell } from "./app/AppShell";
import { BootScreen } from "./app/BootScreen";
import { Crumb } from "./app/Crumb";
import { NotFound, StandaloneNotFound } from "./app/NotFound";
import { RouteError } from "./app/RouteError";
import type { RouteHandle } from "./app/route-handle";
import { regionsQuery } from "./components/regions";
import { PlaceholderPage } from "./features/placeholders/PlaceholderPage";
import { GroupCrumb } from "./features/security-groups/GroupCrumb";
import { type MessageKey, useLanguageStore } from "./i18n";
import { DEFAULT_REGION_ID, type GroupTab, pb } from "./paths";

/** One lazy chunk per area; main.tsx starts loading it while the API worker starts. */
export const loadSecurityGroupsArea = () => import("./features/security-groups/routes");

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
    hydrateFallbackElement: <BootScreen />,
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
                lazy: fromArea((area) => area.listRoute),
                children: [
                  { index: true },
                  { path: "new", lazy: fromArea((area) => area.createRoute), handle: crumb("sg.create.title") },
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
            element: <PlaceholderPage title="nav.instances" icon="server" />,
          },
          {
            path: "network-interfaces",
            handle: crumb("nav.networkInterfaces"),
            element: <PlaceholderPage title="nav.networkInterfaces" icon="network" />,
          },
          {
            path: "prefix-lists",
            handle: crumb("nav.prefixLists"),
            element: <PlaceholderPage title="nav.prefixLists" icon="list" />,
          },
          {
            path: "snapshots",
            handle: crumb("nav.snapshots"),
            element: <PlaceholderPage title="nav.snapshots" icon="camera" />,
          },
          {
            path: "troubleshooting",
            handle: crumb("nav.troubleshooting"),
            element: <PlaceholderPage title="nav.troubleshooting" icon="wrench" />,
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
