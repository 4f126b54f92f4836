/**
 * `npm run api -- --port <n> [--empty] [--state <file>] [--latency <ms | min-max>]
 * [--fail <Action or *>:<Code>:<percent>]... [--preset <name>]`: the engine over HTTP on
 * 127.0.0.1 for the official SDK, CLIs and scripts. State lives in memory (fake-indexeddb),
 * optionally loaded from and saved to a workspace file after every change. The fault flags
 * (PROTO-4) are the server's settings at start; ModifyFaultSettings changes them while it runs.
 */
import "fake-indexeddb/auto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { systemClock } from "../engine/clock";
import { createEngine } from "../engine/engine";
import { isEcsError } from "../engine/errors/ecs-error";
import { createIdGenerator } from "../engine/ids";
import { openWorkspaceDb } from "../engine/store/workspace-db";
import { FAULT_SETTINGS_ACTIONS } from "./faults/settings";
import { writeFaultSettings } from "./faults/store";
import { settingsFromParams } from "./faults/wire-form";
import { createEcsServer } from "./node-server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    empty: { type: "boolean", default: false },
    state: { type: "string" },
    latency: { type: "string" },
    fail: { type: "string", multiple: true },
    preset: { type: "string" },
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
await applyFaultFlags();

/** PROTO-4: the flags in ModifyFaultSettings' terms, checked by the same parser; bad ones stop the start. */
async function applyFaultFlags(): Promise<void> {
  const params: Record<string, string> = { Source: "cli" };
  if (values.latency !== undefined) params.Latency = values.latency;
  for (const [index, fault] of (values.fail ?? []).entries()) params[`Fault.${index + 1}`] = fault;
  if (values.preset !== undefined) params.Preset = values.preset;
  if (Object.keys(params).length === 1) return;
  try {
    const known = new Set<string>([...engine.actions, ...FAULT_SETTINGS_ACTIONS]);
    await writeFaultSettings(engine, settingsFromParams(params, known));
  } catch (error) {
    if (!isEcsError(error)) throw error;
    const flag = error.field === "Latency" ? "--latency" : error.field === "Preset" ? "--preset" : "--fail";
    console.error(`${flag}: ${error.code}: ${error.message}`);
    process.exit(2);
  }
}

const server = createEcsServer(engine, { afterWrite: save });
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`sg-console API listening on http://127.0.0.1:${actual}${statePath ? ` (state: ${statePath})` : ""}`);
});
