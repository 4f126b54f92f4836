import "./styles/index.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { startBrowserApi } from "./api/browser";
import { onWorkspaceChangedElsewhere } from "./api/cross-tab";
import { queryClient } from "./api/queries";
import { type BootProblem, BootScreen, startProblem } from "./app/BootScreen";
import { applyLinkFaultSettings } from "./features/faults/link";
import { loadCatalogue, useLanguageStore } from "./i18n";
import {
  createAppRouter,
  loadComputeArea,
  loadPrefixListsArea,
  loadSecurityGroupList,
  loadSecurityGroupsArea,
  loadSnapshotsArea,
  loadTroubleshootingArea,
} from "./routes";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);
root.render(<BootScreen />);

/** The route chunk of each area, by the URL's second path segment (`/:regionId/<area>/…`). */
const AREA_CHUNKS: ReadonlyMap<string, () => Promise<unknown>> = new Map<string, () => Promise<unknown>>([
  ["security-groups", loadSecurityGroupList],
  ["instances", loadComputeArea],
  ["network-interfaces", loadComputeArea],
  ["prefix-lists", loadPrefixListsArea],
  ["snapshots", loadSnapshotsArea],
  ["troubleshooting", loadTroubleshootingArea],
]);

// The opened page's area chunk downloads while the worker starts, not after it.
// "/" and a region root redirect to the security groups.
const [, , area = "security-groups", resource] = window.location.pathname.split("/");
void AREA_CHUNKS.get(area || "security-groups")?.();
// A group's own page needs the detail chunk as well.
if (area === "security-groups" && resource && resource !== "new") void loadSecurityGroupsArea();

// UX-3: another tab wrote to the shared workspace: refetch what this tab shows.
onWorkspaceChangedElsewhere(() => void queryClient.invalidateQueries());

// Only the reader's language downloads (its own chunk), at the same time as the worker starts.
const messages = loadCatalogue(useLanguageStore.getState().language);

const showProblem = (problem: BootProblem) => root.render(<BootScreen problem={problem} />);
const api = startBrowserApi({
  onWaitingForWorker: (attempt) => showProblem({ kind: "waiting-for-worker", attempt }),
  onStorageBlocked: () => showProblem({ kind: "storage-blocked" }),
  onUpgradedElsewhere: () => showProblem({ kind: "upgraded-elsewhere" }),
});
const render = () => {
  // Not before: the router runs the first page's loaders (API calls) the moment it exists,
  // and every page translates synchronously.
  const router = createAppRouter();
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
};
// HARD-3: a start that fails (no IndexedDB, a newer workspace, files not loaded) says why and what to do.
// PROTO-3: a link's fault settings apply before the first page's loaders call the API.
void Promise.all([api.then(applyLinkFaultSettings), messages]).then(render, (error: unknown) =>
  showProblem(startProblem(error)),
);
