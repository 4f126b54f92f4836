import "./styles/index.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { startBrowserApi } from "./api/browser";
import { onWorkspaceChangedElsewhere } from "./api/cross-tab";
import { queryClient } from "./api/queries";
import { BootScreen } from "./app/BootScreen";
import { createAppRouter, loadSecurityGroupsArea, loadSnapshotsArea } from "./routes";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);
root.render(<BootScreen />);

// The area's route chunk downloads while the worker starts, not after it.
void loadSecurityGroupsArea();
// The snapshot area's chunk too, when the page opened is one of its pages.
if (window.location.pathname.split("/")[2] === "snapshots") void loadSnapshotsArea();

// UX-3: another tab wrote to the shared workspace: refetch what this tab shows.
onWorkspaceChangedElsewhere(() => void queryClient.invalidateQueries());

void startBrowserApi().then(() => {
  // Not before: the router runs the first page's loaders (API calls) the moment it exists.
  const router = createAppRouter();
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
