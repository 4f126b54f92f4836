/**
 * "The worker is in charge": a request may leave the page only once the mock service worker
 * controls it and answers for it. Without this, a reload, a worker update or a first visit could
 * send an API request to the static server (a 404 instead of the engine's answer).
 */

/** Every answer of the in-page API carries this header; the static server's never do. */
export const API_MARK_HEADER = "x-sg-api";
export const API_MARK_VALUE = "engine";
/** Answered by the worker's own handler, never by the engine: proves the worker serves this page. */
export const WORKER_PING_PATH = "/api/worker-ping";

/** How long a page waits for the worker to take control before it reloads to be controlled. */
const CONTROL_WAIT_MS = 3_000;

export function isApiAnswer(response: Response): boolean {
  return response.headers.get(API_MARK_HEADER) === API_MARK_VALUE;
}

function controllerChange(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    navigator.serviceWorker.addEventListener(
      "controllerchange",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** True when this page is controlled by a worker that answers for it (a ping, not the engine). */
export async function workerAnswers(): Promise<boolean> {
  if (!("serviceWorker" in navigator)) return false;
  if (!navigator.serviceWorker.controller) await controllerChange(CONTROL_WAIT_MS);
  if (!navigator.serviceWorker.controller) return false;
  try {
    const response = await fetch(WORKER_PING_PATH, { cache: "no-store" });
    return isApiAnswer(response);
  } catch {
    return false;
  }
}

type Recover = () => Promise<boolean>;
let recoverWorker: Recover = async () => false;

/** The browser start-up registers how to put the worker back in charge (re-activate, else reload). */
export function setWorkerRecovery(recover: Recover): void {
  recoverWorker = recover;
}

/** Called by the API client when an answer did not come from the worker; true when it is back. */
export function putWorkerBackInCharge(): Promise<boolean> {
  return recoverWorker();
}
