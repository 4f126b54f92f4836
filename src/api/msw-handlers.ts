import { http } from "msw";
import type { Engine } from "../engine/engine";
import type { DispatchOptions } from "./dispatch";
import { createFaultLayer, type FaultLayer } from "./faults/layer";
import { API_MARK_HEADER, API_MARK_VALUE } from "./worker-in-charge";

/** The path the console calls in the browser. */
export const BROWSER_ENDPOINT_PATH = "/api/ecs";

/**
 * MSW handlers for one ECS endpoint URL (a path in the browser, an absolute URL in Node, where
 * relative paths never match). GET and POST, as the real API accepts both.
 */
export function ecsHandlers(
  getEngine: () => Promise<Engine>,
  url: string,
  options: DispatchOptions & { afterWrite?: () => void; faults?: FaultLayer } = {},
) {
  // PROTO-2: every request passes the fault layer, which answers injected faults itself.
  const faults = options.faults ?? createFaultLayer({ onSettingsChange: options.afterWrite });
  const handle = async ({ request }: { request: Request }) => {
    const engine = await getEngine();
    const writesBefore = engine.writeCount();
    const response = await faults.dispatch(engine, request, options);
    if (engine.writeCount() !== writesBefore) options.afterWrite?.();
    // The console's client knows an API answer (injected faults included) from a static server's by this header.
    response.headers.set(API_MARK_HEADER, API_MARK_VALUE);
    return response;
  };
  return [http.post(url, handle), http.get(url, handle)];
}
