import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/engine/clock";
import { createEngine } from "../../src/engine/engine";
import { createIdGenerator } from "../../src/engine/ids";
import { DEMO } from "../../src/engine/seed/demo";
import { SCHEMA_VERSION } from "../../src/engine/store/migrations";
import { openWorkspaceDb } from "../../src/engine/store/workspace-db";
import { expectEcsError, makeEngine, TEST_START } from "../helpers/engine";

/** HARD-3: the storage's own failures answer as catalogue errors and change nothing. */
const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

async function exported(call: (action: string) => Promise<Record<string, unknown>>): Promise<string> {
  return String((await call("ExportWorkspace")).Content);
}

describe("HARD-3 storage failures", () => {
  it("HARD-3 the quota exceeded during a write answers QuotaExceed.Storage (507) and writes nothing", async () => {
    const t = await makeEngine();
    const before = await exported(t.call);
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    await expectEcsError(
      t.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc, SecurityGroupName: "full-disk" }),
      "QuotaExceed.Storage",
      507,
    );
    IDBObjectStore.prototype.put = realPut;
    expect(await exported(t.call)).toBe(before);
    t.close();
  });

  it("HARD-3 a newer version opening the workspace closes this one, whose actions then say to reload", async () => {
    const name = `hard3-upgrade-${process.pid}`;
    let closedForUpgrade = 0;
    const db = await openWorkspaceDb(name, { onClosedForUpgrade: () => closedForUpgrade++ });
    const engine = createEngine({ db, clock: new ManualClock(TEST_START), ids: createIdGenerator(1) });
    await engine.initialise();
    // The newer tab: its open is not blocked, because this connection steps aside.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, SCHEMA_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("blocked by the older connection"));
    });
    expect(closedForUpgrade).toBe(1);
    await expectEcsError(
      engine.dispatch("DescribeSecurityGroups", { RegionId: "cn-hangzhou" }),
      "InvalidOperation.WorkspaceUpgraded",
      409,
    );
    newer.close();
  });

  it("HARD-3 a workspace of a newer schema version is refused with VersionError (the console then says so)", async () => {
    const name = `hard3-newer-${process.pid}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, SCHEMA_VERSION + 5);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const error = await openWorkspaceDb(name).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("VersionError");
  });
});
