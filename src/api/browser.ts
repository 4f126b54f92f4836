import { setupWorker } from "msw/browser";
import { systemClock } from "../engine/clock";
import { createEngine, type Engine } from "../engine/engine";
import { createIdGenerator } from "../engine/ids";
import { openWorkspaceDb } from "../engine/store/workspace-db";
import { announceWorkspaceChange } from "./cross-tab";
import { BROWSER_ENDPOINT_PATH, ecsHandlers } from "./msw-handlers";

/**
 * Starts the in-page API: the engine over the browser's IndexedDB, served to the console's
 * fetches by the MSW service worker. Opening the database runs in parallel with the worker start.
 */
export async function startBrowserApi(): Promise<void> {
  const engine: Promise<Engine> = (async () => {
    const created = createEngine({ db: await openWorkspaceDb(), clock: systemClock, ids: createIdGenerator() });
    await created.initialise();
    return created;
  })();
  const worker = setupWorker(
    ...ecsHandlers(() => engine, BROWSER_ENDPOINT_PATH, {
      onInternalError: (error, action) => console.error(`InternalError in ${action}`, error),
      afterWrite: announceWorkspaceChange,
    }),
  );
  await Promise.all([
    worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: "bypass",
      quiet: true,
    }),
    engine,
  ]);
}
