/**
 * `npm run api -- --port <n> [--empty] [--state <file>]`: the engine over HTTP on 127.0.0.1 for
 * the official SDK, CLIs and scripts. State lives in memory (fake-indexeddb), optionally loaded
 * from and saved to a workspace file after every change.
 */
import "fake-indexeddb/auto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { systemClock } from "../engine/clock";
import { createEngine } from "../engine/engine";
import { createIdGenerator } from "../engine/ids";
import { openWorkspaceDb } from "../engine/store/workspace-db";
import { createEcsServer } from "./node-server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    empty: { type: "boolean", default: false },
    state: { type: "string" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

const engine = createEngine({
  db: await openWorkspaceDb("sg-console-server"),
  clock: systemClock,
  ids: createIdGenerator(),
});
const statePath = values.state;
if (statePath && existsSync(statePath)) {
  await engine.dispatch("ImportWorkspace", { Content: readFileSync(statePath, "utf8") });
} else {
  await engine.initialise(values.empty ? "empty" : "demo");
}

const save = async () => {
  if (!statePath) return;
  const { Content } = await engine.dispatch("ExportWorkspace", {});
  writeFileSync(statePath, String(Content));
};
await save();

const server = createEcsServer(engine, { afterWrite: save });
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`sg-console API listening on http://127.0.0.1:${actual}${statePath ? ` (state: ${statePath})` : ""}`);
});
