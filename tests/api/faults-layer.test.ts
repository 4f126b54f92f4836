import { afterEach, describe, expect, it } from "vitest";
import { FAULT_HEADER, LATENCY_HEADER } from "../../src/api/faults/headers";
import { createFaultLayer, type Sleep, TIMEOUT_HOLD_MS } from "../../src/api/faults/layer";
import { seededRandom } from "../../src/api/faults/random";
import { flattenParams, type ParamObject } from "../../src/api/wire";
import { DEMO } from "../../src/engine/seed/demo";
import { makeEngine, type TestEngine } from "../helpers/engine";

const URL_ = "http://ecs.mock.internal/";
let current: TestEngine | undefined;
afterEach(() => current?.close());

function request(action: string, params: ParamObject = {}, signal?: AbortSignal): Request {
  return new Request(URL_, {
    method: "POST",
    headers: { "x-acs-action": action, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(flattenParams(params)),
    signal,
  });
}

/** A layer over a fresh demo engine whose sleeps are recorded instead of waited. */
async function setup() {
  current = await makeEngine();
  const slept: number[] = [];
  const sleep: Sleep = async (ms) => {
    slept.push(ms);
  };
  let changes = 0;
  const layer = createFaultLayer({ random: seededRandom(1), sleep, onSettingsChange: () => changes++ });
  const engine = current.engine;
  const call = async (action: string, params: ParamObject = {}) => {
    const response = await layer.dispatch(engine, request(action, params));
    return { response, body: (await response.json()) as Record<string, unknown> };
  };
  return { engine, call, slept, changes: () => changes, layer };
}

describe("PROTO-2 injection in the API layer, before the engine", () => {
  it("PROTO-2 an injected failure never reaches the engine: the workspace is unchanged", async () => {
    const { engine, call } = await setup();
    const before = await engine.dispatch("ExportWorkspace", {});
    const writes = engine.writeCount();
    await call("ModifyFaultSettings", { Fault: ["*:ServiceUnavailable:100"] });
    const create = await call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc });
    expect(create.response.status).toBe(503);
    const remove = await call("DeleteSecurityGroup", { RegionId: "cn-hangzhou", SecurityGroupId: DEMO.web });
    expect(remove.response.status).toBe(503);
    expect(engine.writeCount()).toBe(writes);
    expect(await engine.dispatch("ExportWorkspace", {})).toEqual(before);
  });

  it("PROTO-2 an injected answer is the ECS error envelope with the code's real status and a header naming the fault", async () => {
    const { call } = await setup();
    await call("ModifyFaultSettings", {
      Fault: ["DeleteSecurityGroup:DependencyViolation:100", "DescribeSecurityGroups:Throttling.User:100"],
    });
    const dependency = await call("DeleteSecurityGroup", { RegionId: "cn-hangzhou", SecurityGroupId: DEMO.web });
    expect(dependency.response.status).toBe(403);
    expect(dependency.body).toMatchObject({
      Code: "DependencyViolation",
      Message: "There is still instance(s) in the specified security group.",
      HostId: "ecs.aliyuncs.com",
    });
    expect(dependency.body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(dependency.response.headers.get(FAULT_HEADER)).toBe(
      "DependencyViolation (rule DeleteSecurityGroup:DependencyViolation:100)",
    );
    const throttled = await call("DescribeSecurityGroups", { RegionId: "cn-hangzhou" });
    expect(throttled.response.status).toBe(400);
    expect(throttled.body).toMatchObject({
      Code: "Throttling.User",
      Message: "Request was denied due to user flow control.",
    });
    const other = await call("DescribeVpcs", { RegionId: "cn-hangzhou" });
    expect(other.response.status).toBe(200);
    expect(other.response.headers.get(FAULT_HEADER)).toBeNull();
  });

  it("PROTO-2 presets name themselves in the header: flaky API 503, throttled every 5th write", async () => {
    const { call } = await setup();
    await call("ModifyFaultSettings", { Preset: "throttled" });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await call("ModifyQuota", {
        RegionId: "cn-hangzhou",
        QuotaName: "q_security-groups",
        Value: 900 + i,
      });
      statuses.push(answer.response.status);
      if (i === 4)
        expect(answer.response.headers.get(FAULT_HEADER)).toBe("Throttling.User (throttled preset, every 5th write)");
    }
    expect(statuses).toEqual([200, 200, 200, 200, 400]);
    await call("ModifyFaultSettings", { Preset: "flaky-api", Latency: "0" });
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => call("DescribeVpcs", { RegionId: "cn-hangzhou" })),
    );
    const failed = answers.filter((answer) => answer.response.status === 503);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]?.response.headers.get(FAULT_HEADER)).toBe("ServiceUnavailable (flaky API preset)");
  });

  it("PROTO-1 latency holds the answer and says so; the settings actions are never delayed or failed", async () => {
    const { call, slept } = await setup();
    await call("ModifyFaultSettings", { Latency: "300-800", Fault: ["*:InternalError:100"] });
    expect(slept).toEqual([]);
    const failed = await call("DescribeVpcs", { RegionId: "cn-hangzhou" });
    expect(failed.response.status).toBe(500);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(300);
    expect(slept[0]).toBeLessThanOrEqual(800);
    expect(failed.response.headers.get(LATENCY_HEADER)).toBe(`${slept[0]} ms (rule 300-800)`);
    const described = await call("DescribeFaultSettings");
    expect(described.response.status).toBe(200);
    expect(slept).toHaveLength(1);
    expect(described.body).toMatchObject({
      Active: true,
      Latency: "300-800",
      Faults: { Fault: ["*:InternalError:100"] },
      Preset: "",
      Source: "api",
    });
  });

  it("PROTO-4 ModifyFaultSettings refuses bad values and keeps the settings; Clear=true turns all off", async () => {
    const { call, changes } = await setup();
    await call("ModifyFaultSettings", { Latency: "200", Source: "link" });
    expect(changes()).toBe(1);
    const refused = await call("ModifyFaultSettings", {
      Fault: ["DeleteSecurityGroup:DependencyViolation:100", "Nope:Oops"],
    });
    expect(refused.response.status).toBe(400);
    expect(refused.body).toMatchObject({ Code: "InvalidParameter.Fault", Parameter: "Fault.2" });
    expect(String(refused.body.Message)).toContain('"Nope:Oops"');
    expect((await call("DescribeFaultSettings")).body).toMatchObject({ Latency: "200", Source: "link", Active: true });
    await call("ModifyFaultSettings", { Clear: true });
    expect((await call("DescribeFaultSettings")).body).toMatchObject({
      Active: false,
      Latency: "",
      Faults: { Fault: [] },
      Preset: "",
      Source: "",
    });
  });

  it("PROTO-1 the settings are kept with the workspace: another engine over the same database reads them, reset and import keep them, export leaves them out", async () => {
    const { engine, call, layer } = await setup();
    await call("ModifyFaultSettings", { Fault: ["DescribeVpcs:ServiceUnavailable:100"] });
    await engine.dispatch("ResetWorkspace", { Preset: "empty" });
    const exported = String((await engine.dispatch("ExportWorkspace", {})).Content);
    expect(exported).not.toContain("ServiceUnavailable");
    await engine.dispatch("ImportWorkspace", { Content: exported });
    const again = await layer.dispatch(engine, request("DescribeVpcs", { RegionId: "cn-hangzhou" }));
    expect(again.status).toBe(503);
    const reloaded = await createFaultLayer().dispatch(engine, request("DescribeFaultSettings"));
    expect(await reloaded.json()).toMatchObject({ Faults: { Fault: ["DescribeVpcs:ServiceUnavailable:100"] } });
  });

  it("PROTO-1 a Timeout fault holds the request until the client gives up, without reaching the engine", async () => {
    current = await makeEngine();
    const engine = current.engine;
    const holds: number[] = [];
    const layer = createFaultLayer({
      sleep: (ms, signal) =>
        new Promise((resolve) => {
          holds.push(ms);
          signal?.addEventListener("abort", () => resolve(), { once: true });
        }),
    });
    await layer.dispatch(engine, request("ModifyFaultSettings", { Fault: ["CreateSecurityGroup:Timeout:100"] }));
    const writes = engine.writeCount();
    const client = new AbortController();
    const pending = layer.dispatch(
      engine,
      request("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc }, client.signal),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(holds).toEqual([TIMEOUT_HOLD_MS]);
    client.abort();
    const response = await pending;
    expect(response.status).toBe(504);
    expect(response.headers.get(FAULT_HEADER)).toBe("Timeout (rule CreateSecurityGroup:Timeout:100)");
    expect(engine.writeCount()).toBe(writes);
  });
});
