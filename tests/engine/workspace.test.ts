import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/engine/clock";
import { createEngine } from "../../src/engine/engine";
import { createIdGenerator } from "../../src/engine/ids";
import { DEMO } from "../../src/engine/seed/demo";
import { openWorkspaceDb } from "../../src/engine/store/workspace-db";
import { expectEcsError, makeEngine, TEST_START, type TestEngine } from "../helpers/engine";

let t: TestEngine;
beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

async function groupCount(engine: TestEngine = t): Promise<number> {
  const body = await engine.call("DescribeSecurityGroups", { RegionId: "cn-hangzhou", PageSize: "50" });
  return Number(body.TotalCount);
}

describe("UX-2 workspace controls", () => {
  it("UX-2 ResetWorkspace empties the workspace or restores the demo data", async () => {
    await t.call("ResetWorkspace", { Preset: "empty" });
    expect(await groupCount()).toBe(0);
    await t.call("ResetWorkspace", { Preset: "demo" });
    expect(await groupCount()).toBe(8);
    await expectEcsError(t.call("ResetWorkspace", { Preset: "bigger" }), "InvalidParameter.Preset", 400);
  });

  it("UX-2 the demo data reproduces the documentation's scenario with fixed ids", async () => {
    const body = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: "cn-hangzhou",
      SecurityGroupId: DEMO.docScenario,
    })) as {
      Permissions: { Permission: Array<Record<string, unknown>> };
    };
    expect(
      body.Permissions.Permission.map((rule) => [rule.Direction, rule.IpProtocol, rule.PortRange, rule.Policy]),
    ).toEqual([
      ["ingress", "TCP", "22/22", "Accept"],
      ["egress", "ALL", "-1/-1", "Drop"],
    ]);
  });

  it("UX-2 two engines with the same seed produce the same ids", async () => {
    const other = await makeEngine("demo", 42);
    const a = await t.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc });
    const b = await other.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc });
    expect(a.SecurityGroupId).toBe(b.SecurityGroupId);
    other.close();
  });

  it("UX-2 ExportWorkspace and ImportWorkspace round-trip the whole workspace", async () => {
    await t.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc, SecurityGroupName: "exported-sg" });
    const { Content } = await t.call("ExportWorkspace");
    const other = await makeEngine("empty");
    await other.call("ImportWorkspace", { Content: String(Content) });
    expect(await groupCount(other)).toBe(9);
    const again = await other.call("ExportWorkspace");
    // The import moves the group-name generation on (so no stale name cache survives it).
    const withoutGeneration = (content: unknown) => {
      const file = JSON.parse(String(content)) as { stores: { meta: Array<{ key: string }> } };
      file.stores.meta = file.stores.meta.filter((entry) => entry.key !== "groupsGeneration");
      return file;
    };
    expect(withoutGeneration(again.Content)).toEqual(withoutGeneration(Content));
    other.close();
  });

  it("UX-2 ImportWorkspace refuses a broken file and changes nothing", async () => {
    await expectEcsError(t.call("ImportWorkspace", { Content: "{not json" }), "InvalidParameter.WorkspaceContent", 400);
    await expectEcsError(t.call("ImportWorkspace", { Content: "{}" }), "InvalidParameter.WorkspaceContent", 400);
    const broken = JSON.stringify({
      format: "sg-console-workspace",
      schemaVersion: 1,
      stores: { securityGroups: [{ x: 1 }] },
    });
    await expectEcsError(t.call("ImportWorkspace", { Content: broken }), "InvalidParameter.WorkspaceContent", 400);
    expect(await groupCount()).toBe(8);
  });

  it("UX-2 DescribeEngineClock and AdvanceEngineClock move the engine's time, kept with the workspace", async () => {
    expect((await t.call("DescribeEngineClock")).Now).toBe("2026-03-01T00:00:00Z");
    expect((await t.call("AdvanceEngineClock", { Seconds: "300" })).Now).toBe("2026-03-01T00:05:00Z");
    const created = await t.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc });
    const listed = await t.call("DescribeSecurityGroups", {
      RegionId: "cn-hangzhou",
      SecurityGroupId: String(created.SecurityGroupId),
    });
    expect(JSON.stringify(listed)).toContain("2026-03-01T00:05:00Z");
    await expectEcsError(t.call("AdvanceEngineClock", {}), "MissingParameter", 400);
    await expectEcsError(t.call("AdvanceEngineClock", { Seconds: "-5" }), "InvalidParameter", 400);
  });

  it("UX-3 API-5 state persists: a second engine on the same database sees the first one's writes", async () => {
    const name = `persist-${process.pid}`;
    const first = createEngine({
      db: await openWorkspaceDb(name),
      clock: new ManualClock(TEST_START),
      ids: createIdGenerator(7),
    });
    await first.initialise();
    await first.dispatch("CreateSecurityGroup", {
      RegionId: "cn-hangzhou",
      VpcId: DEMO.vpc,
      SecurityGroupName: "kept-sg",
    });
    first.db.close();
    const second = createEngine({
      db: await openWorkspaceDb(name),
      clock: new ManualClock(TEST_START),
      ids: createIdGenerator(8),
    });
    await second.initialise();
    const body = await second.dispatch("DescribeSecurityGroups", {
      RegionId: "cn-hangzhou",
      SecurityGroupName: "kept-sg",
    });
    expect((body.SecurityGroups as { SecurityGroup: unknown[] }).SecurityGroup).toHaveLength(1);
    second.db.close();
  });
});
