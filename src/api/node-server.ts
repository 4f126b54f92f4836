import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Engine } from "../engine/engine";
import { createFaultLayer, type FaultLayer } from "./faults/layer";

/** The official SDK sends every parameter in the query: 100 permissions make a ~17 KB URL. */
const MAX_HEADER_SIZE = 256 * 1024;

async function toFetchRequest(message: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  const method = message.method ?? "GET";
  return new Request(new URL(message.url ?? "/", origin), {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks),
    signal,
  });
}

export interface EcsServerOptions {
  /** Called after every request that changed the workspace (the CLI saves its state file there). */
  afterWrite?: () => Promise<void>;
  /** PROTO-2/4: the latency and fault layer (the CLI's flags are its initial settings). */
  faults?: FaultLayer;
}

/** The same dispatcher as the browser's, over Node's HTTP server (SPEC 12, UX-5). */
export function createEcsServer(engine: Engine, options: EcsServerOptions = {}): Server {
  const faults = options.faults ?? createFaultLayer();
  return createServer({ maxHeaderSize: MAX_HEADER_SIZE }, async (message, reply) => {
    // A client that gives up (its timeout) ends any delay or held answer meant for it.
    const gone = new AbortController();
    reply.on("close", () => gone.abort());
    const request = await toFetchRequest(message, `http://${message.headers.host ?? "127.0.0.1"}`, gone.signal);
    const writesBefore = engine.writeCount();
    const response = await faults.dispatch(engine, request, {
      onInternalError: (error, action) => console.error(`InternalError in ${action}`, error),
    });
    if (engine.writeCount() !== writesBefore) await options.afterWrite?.();
    if (reply.destroyed) return;
    reply.writeHead(response.status, Object.fromEntries(response.headers));
    reply.end(await response.text());
  });
}
