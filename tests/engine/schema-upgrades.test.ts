import "fake-indexeddb/auto";
import { existsSync, readFileSync } from "node:fs";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/engine/clock";
import { createEngine } from "../../src/engine/engine";
import { createIdGenerator } from "../../src/engine/ids";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/engine/store/migrations";
import type { StoreName, WorkspaceSchema } from "../../src/engine/store/schema";
import { openWorkspaceDb } from "../../src/engine/store/workspace-db";
import { TEST_START } from "../helpers/engine";

/**
 * HARD-3: schema upgrades keep the data. A stored workspace of every schema version lives in
 * tests/fixtures (written while that version was current: `npm run fixture:schema` writes the
 * current one); each opens in the current version with every record still there.
 */
const FIXTURES = new URL("../fixtures/", import.meta.url);

interface StoredWorkspace {
  schemaVersion: number;
  stores: Partial<Record<StoreName, unknown[]>>;
}

const fixturePath = (version: number) => new URL(`workspace-schema-v${version}.json`, FIXTURES);

/** A database exactly as version `version` of the console left it. */
async function storeAtVersion(name: string, fixture: StoredWorkspace): Promise<void> {
  const db = await openDB<WorkspaceSchema>(name, fixture.schemaVersion, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < fixture.schemaVersion; version++) MIGRATIONS[version]?.(upgrading, tx);
    },
  });
  const names = Object.keys(fixture.stores) as StoreName[];
  const tx = db.transaction(names, "readwrite");
  for (const store of names)
    for (const record of fixture.stores[store] ?? []) void tx.objectStore(store).put(record as never);
  await tx.done;
  db.close();
}

function keysOf(records: readonly unknown[] | undefined): string[] {
  return (records ?? []).map((record) => JSON.stringify(Object.values(record as Record<string, unknown>)[0])).sort();
}

describe("HARD-3 schema upgrades keep the data", () => {
  it("HARD-3 every schema version up to the current one has a stored workspace fixture", () => {
    const missing = Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1).filter(
      (version) => !existsSync(fixturePath(version)),
    );
    expect(missing, "run `npm run fixture:schema` when a migration is added").toEqual([]);
  });

  for (let version = 1; version <= SCHEMA_VERSION; version++) {
    it(`HARD-3 a workspace stored by schema version ${version} opens in version ${SCHEMA_VERSION} with every record`, async () => {
      const fixture = JSON.parse(readFileSync(fixturePath(version), "utf8")) as StoredWorkspace;
      expect(fixture.schemaVersion).toBe(version);
      const name = `schema-v${version}-${process.pid}`;
      await storeAtVersion(name, fixture);
      const db = await openWorkspaceDb(name);
      const engine = createEngine({ db, clock: new ManualClock(TEST_START), ids: createIdGenerator(3) });
      await engine.initialise();
      const { Content } = (await engine.dispatch("ExportWorkspace", {})) as { Content: string };
      const now = JSON.parse(Content) as StoredWorkspace;
      for (const store of Object.keys(fixture.stores) as StoreName[]) {
        const kept = keysOf(now.stores[store]);
        expect(kept, store).toEqual(expect.arrayContaining(keysOf(fixture.stores[store])));
      }
      const groups = (await engine.dispatch("DescribeSecurityGroups", {
        RegionId: "cn-hangzhou",
        MaxResults: "100",
      })) as {
        SecurityGroups: { SecurityGroup: unknown[] };
      };
      expect(groups.SecurityGroups.SecurityGroup.length).toBeGreaterThan(0);
      db.close();
    });
  }
});
