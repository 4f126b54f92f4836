import { HttpResponse, http } from "msw";
import { setupWorker } from "msw/browser";
import { systemClock } from "../engine/clock";
import { createEngine, type Engine } from "../engine/engine";
import { createIdGenerator } from "../engine/ids";
import { openWorkspaceDb } from "../engine/store/workspace-db";
import { announceWorkspaceChange } from "./cross-tab";
import { BROWSER_ENDPOINT_PATH, ecsHandlers } from "./msw-handlers";
import {
  API_MARK_HEADER,
  API_MARK_VALUE,
  setWorkerRecovery,
  WORKER_PING_PATH,
  workerAnswers,
} from "./worker-in-charge";

/** The console's worker: MSW's, kept registered across reloads (see public/sg-service-worker.js). */
const WORKER_URL = `${import.meta.env.BASE_URL}sg-service-worker.js`;
/** Reloads while no worker answers, counted across them so the wait between grows. */
const RELOADS_KEY = "sg-console.worker-reloads";

/** Told while the page waits for a worker: the boot screen says so instead of failing. */
export type OnWaitingForWorker = (attempt: number) => void;

/** HARD-3: what the start-up tells the page about the storage, so it can say what to do. */
export interface BrowserApiEvents {
  onWaitingForWorker: OnWaitingForWorker;
  /** An older tab holds the workspace open; the start waits for it. */
  onStorageBlocked: () => void;
  /** A newer version took the workspace over in another tab; this page can no longer write. */
  onUpgradedElsewhere: () => void;
}

/**
 * Starts the in-page API: the engine over the browser's IndexedDB, served to the console's
 * fetches by the MSW service worker. Opening the database runs in parallel with the worker start.
 * Resolves only once the worker controls this page and answers for it, so no request of the
 * console can reach the static server.
 */
export async function startBrowserApi(events: BrowserApiEvents): Promise<void> {
  ignoreFailedWorkerUpdateChecks();
  const engine: Promise<Engine> = (async () => {
    const db = await openWorkspaceDb(undefined, {
      onBlocked: events.onStorageBlocked,
      onClosedForUpgrade: events.onUpgradedElsewhere,
    });
    const created = createEngine({ db, clock: systemClock, ids: createIdGenerator() });
    await created.initialise();
    return created;
  })();
  const worker = setupWorker(
    http.get(
      WORKER_PING_PATH,
      () => new HttpResponse(null, { status: 204, headers: { [API_MARK_HEADER]: API_MARK_VALUE } }),
    ),
    ...ecsHandlers(() => engine, BROWSER_ENDPOINT_PATH, {
      onInternalError: (error, action) => console.error(`InternalError in ${action}`, error),
      afterWrite: announceWorkspaceChange,
    }),
  );
  let started = false;
  /** (Re)activates mocking for this page: MSW's start, after a stop when it ran before. */
  const activate = async (): Promise<boolean> => {
    if (started) worker.stop();
    started = false;
    try {
      await worker.start({ serviceWorker: { url: WORKER_URL }, onUnhandledRequest: "bypass", quiet: true });
      started = true;
    } catch {
      // Blocked or unsupported service workers, or the script could not be fetched: retried below.
      return false;
    }
    return workerAnswers();
  };

  const inCharge = (await Promise.all([activate(), engine]))[0];
  if (!inCharge) await waitForWorker(activate, events.onWaitingForWorker);
  sessionStorage.removeItem(RELOADS_KEY);
  setWorkerRecovery(activate);
}

/**
 * No worker answers: say so, then retry. A page that is not controlled can only become so by
 * loading again (a hard reload bypasses the worker; a registration that was being replaced
 * leaves the page without one), so after one re-activation the page reloads, waiting longer
 * each time. Never resolves when it reloads.
 */
async function waitForWorker(activate: () => Promise<boolean>, onWaiting: OnWaitingForWorker): Promise<void> {
  const reloads = Number(sessionStorage.getItem(RELOADS_KEY) ?? "0");
  onWaiting(reloads + 1);
  await delay(Math.min(1_000 * 2 ** reloads, 15_000));
  if (navigator.serviceWorker?.controller && (await activate())) return;
  sessionStorage.setItem(RELOADS_KEY, String(reloads + 1));
  window.location.reload();
  await new Promise<never>(() => {});
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * MSW asks an existing registration to check for an update on every start and does not await
 * it. When the page goes away during that check (a reload right after start), the check's
 * fetch fails and its rejection would be reported as the page's error, although the worker in
 * charge is unaffected. Only that rejection is silenced.
 */
function ignoreFailedWorkerUpdateChecks(): void {
  window.addEventListener("unhandledrejection", (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof Error && /Failed to update a ServiceWorker/.test(reason.message)) {
      event.preventDefault();
      console.info("Service worker update check failed; the running worker stays in charge.", reason.message);
    }
  });
}
