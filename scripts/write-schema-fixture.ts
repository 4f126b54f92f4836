/**
 * Writes tests/fixtures/workspace-schema-v<current>.json: the demo workspace as the current schema
 * version stores it. Run once when a migration is added (tests/schema-upgrades.test.ts asks for it),
 * and never rewrite an older version's file: it stands for data browsers already hold.
 */
import "fake-indexeddb/auto";
import { existsSync, writeFileSync } from "node:fs";
import { ManualClock } from "../src/engine/clock";
import { createEngine } from "../src/engine/engine";
import { createIdGenerator } from "../src/engine/ids";
import { SCHEMA_VERSION } from "../src/engine/store/migrations";
import { openWorkspaceDb } from "../src/engine/store/workspace-db";

const path = new URL(`../tests/fixtures/workspace-schema-v${SCHEMA_VERSION}.json`, import.meta.url);
if (existsSync(path)) {
  console.log(`${path.pathname} exists: an older version's fixture is never rewritten.`);
} else {
  const engine = createEngine({
    db: await openWorkspaceDb("schema-fixture"),
    clock: new ManualClock("2026-03-01T00:00:00Z"),
    ids: createIdGenerator(7),
  });
  await engine.initialise();
  const { Content } = (await engine.dispatch("ExportWorkspace", {})) as { Content: string };
  const { stores } = JSON.parse(Content) as { stores: unknown };
  writeFileSync(path, `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, stores }, null, 1)}\n`);
  console.log(`wrote ${path.pathname}`);
}
