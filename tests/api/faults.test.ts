import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planCall, type WriteCounter } from "../../src/api/faults/decide";
import { formatFault, formatLatency, parseFault, parseLatency, parsePreset } from "../../src/api/faults/format";
import { seededRandom } from "../../src/api/faults/random";
import { type FaultSettings, NO_FAULTS } from "../../src/api/faults/settings";
import {
  paramsFromUrl,
  settingsFromParams,
  settingsToParams,
  settingsToUrl,
  withoutFaultQuery,
} from "../../src/api/faults/wire-form";
import { EcsError } from "../../src/engine/errors/ecs-error";

const KNOWN = new Set(["DescribeSecurityGroups", "DeleteSecurityGroup", "AuthorizeSecurityGroup"]);

function refusal(run: () => unknown): EcsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EcsError);
    return error as EcsError;
  }
  throw new Error("expected the value to be refused");
}

describe("PROTO-1 the fault settings' text form", () => {
  it("PROTO-1 reads fixed, range and per-action latencies, and off", () => {
    expect(parseLatency("300")).toEqual([{ action: "*", min: 300, max: 300 }]);
    expect(parseLatency("300-800, DescribeSecurityGroups:2000-2500", KNOWN)).toEqual([
      { action: "*", min: 300, max: 800 },
      { action: "DescribeSecurityGroups", min: 2000, max: 2500 },
    ]);
    expect(parseLatency("off")).toEqual([]);
    expect(parseLatency("")).toEqual([]);
  });

  it("PROTO-1 reads a fault rule with any catalogue code, Throttling.User or Timeout", () => {
    expect(parseFault("DeleteSecurityGroup:DependencyViolation:100", "--fail", KNOWN)).toEqual({
      action: "DeleteSecurityGroup",
      code: "DependencyViolation",
      percent: 100,
    });
    expect(parseFault("*:Throttling.User:12.5%", "Fault.1").percent).toBe(12.5);
    expect(parseFault("*:Timeout:5", "Fault.1").code).toBe("Timeout");
    expect(parsePreset("flaky-api")).toBe("flaky-api");
  });

  it("PROTO-1 refuses bad values with an InvalidParameter code naming the bad part", () => {
    const reversed = refusal(() => parseLatency("900-300"));
    expect(reversed.code).toBe("InvalidParameter.Latency");
    expect(reversed.httpStatus).toBe(400);
    expect(reversed.field).toBe("Latency");
    expect(reversed.message).toBe(
      'The specified Latency "900-300" is not valid: the minimum 900 is above the maximum 300.',
    );
    expect(refusal(() => parseLatency("300,fast")).message).toContain('"fast" is not a delay');
    expect(refusal(() => parseLatency("99999999")).message).toContain("from 0 to 60000");
    expect(refusal(() => parseLatency("DescribeSecurityGroupz:300", KNOWN)).message).toContain(
      '"DescribeSecurityGroupz" is not an action of this API.',
    );
    const badCode = refusal(() => parseFault("DeleteSecurityGroup:Oops:100", "Fault.2", KNOWN));
    expect(badCode.code).toBe("InvalidParameter.Fault");
    expect(badCode.field).toBe("Fault.2");
    expect(badCode.message).toBe(
      'The specified Fault.2 "DeleteSecurityGroup:Oops:100" is not valid: "Oops" is neither an error code of the catalogue nor Timeout.',
    );
    expect(refusal(() => parseFault("*:ServiceUnavailable:101", "Fault.1")).message).toContain(
      '"101" is not a percentage from 0 to 100.',
    );
    expect(refusal(() => parseFault("*:ServiceUnavailable", "Fault.1")).message).toContain(
      "<Action or *>:<Code>:<percent>",
    );
    const preset = refusal(() => parsePreset("chaos"));
    expect(preset.code).toBe("InvalidParameter.FaultPreset");
    expect(preset.message).toContain("slow-network, flaky-api, throttled");
    expect(refusal(() => settingsFromParams({ Source: "elsewhere", Clear: "true" })).code).toBe(
      "InvalidParameter.FaultSource",
    );
    expect(refusal(() => settingsFromParams({})).code).toBe("MissingParameter");
  });

  const action = fc.constantFrom("*", ...KNOWN);
  const latencyRule = fc
    .tuple(action, fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 60_000 }))
    .map(([name, a, b]) => ({ action: name, min: Math.min(a, b), max: Math.max(a, b) }));
  const faultRule = fc.record({
    action,
    code: fc.constantFrom("ServiceUnavailable", "InternalError", "Throttling.User", "Timeout", "DependencyViolation"),
    percent: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100),
  });
  const settings: fc.Arbitrary<FaultSettings> = fc.record({
    latency: fc.uniqueArray(latencyRule, { selector: (rule) => rule.action, maxLength: 3 }),
    faults: fc.array(faultRule, { maxLength: 4 }),
    preset: fc.constantFrom("slow-network" as const, "flaky-api" as const, "throttled" as const),
    source: fc.constant("link" as const),
  });

  it("PROTO-3 the URL form and the action's parameters round-trip any settings", () => {
    fc.assert(
      fc.property(settings, (original) => {
        expect(parseLatency(formatLatency(original.latency), KNOWN)).toEqual(original.latency);
        for (const rule of original.faults) expect(parseFault(formatFault(rule), "Fault.1", KNOWN)).toEqual(rule);
        const link = `https://console.example/cn-hangzhou/security-groups?${settingsToUrl(original)}`;
        const params = paramsFromUrl(new URL(link).searchParams);
        expect(params).toBeDefined();
        expect(settingsFromParams(params ?? {}, KNOWN)).toEqual(original);
        expect(settingsFromParams(settingsToParams(original), KNOWN)).toEqual(original);
      }),
      { seed: 17, numRuns: 200 },
    );
  });

  it("PROTO-3 reads the issue's example link, repeated fail= and leaves the rest of the query alone", () => {
    const search = new URLSearchParams(
      "?latency=300-800&fail=DeleteSecurityGroup:DependencyViolation:100&fail=*:Throttling.User:5&page=2",
    );
    expect(paramsFromUrl(search)).toEqual({
      Source: "link",
      Latency: "300-800",
      "Fault.1": "DeleteSecurityGroup:DependencyViolation:100",
      "Fault.2": "*:Throttling.User:5",
    });
    expect(withoutFaultQuery(search).toString()).toBe("page=2");
    expect(paramsFromUrl(new URLSearchParams("page=2"))).toBeUndefined();
    expect(settingsToParams(NO_FAULTS)).toEqual({ Clear: "true" });
  });
});

describe("PROTO-1 what one call gets under the settings", () => {
  const counter = (): WriteCounter => ({ writes: 0 });

  it("PROTO-1 a rate is honoured within statistical bounds over 10,000 draws (fixed seed)", () => {
    const random = seededRandom(2026);
    const rules: FaultSettings = { latency: [], faults: [{ action: "*", code: "ServiceUnavailable", percent: 25 }] };
    const writes = counter();
    let failures = 0;
    for (let i = 0; i < 10_000; i++) if (planCall(rules, "DescribeSecurityGroups", random, writes).fault) failures++;
    // Binomial(10,000, 0.25): sd = 43.3; 4 sd either side.
    expect(failures).toBeGreaterThan(2_500 - 174);
    expect(failures).toBeLessThan(2_500 + 174);
  });

  it("PROTO-1 the flaky API preset fails about 10% of calls with ServiceUnavailable, said in the cause", () => {
    const random = seededRandom(7);
    const writes = counter();
    const plans = Array.from({ length: 10_000 }, () =>
      planCall({ ...NO_FAULTS, preset: "flaky-api" }, "DescribeInstances", random, writes),
    );
    const failed = plans.filter((plan) => plan.fault);
    // Binomial(10,000, 0.1): sd = 30; 4 sd either side.
    expect(failed.length).toBeGreaterThan(1_000 - 120);
    expect(failed.length).toBeLessThan(1_000 + 120);
    expect(failed[0]?.fault).toEqual({ code: "ServiceUnavailable", cause: "flaky API preset" });
  });

  it("PROTO-1 delays are drawn within the range, fixed ones exactly, and cover the range", () => {
    const random = seededRandom(3);
    const writes = counter();
    const delays = Array.from(
      { length: 10_000 },
      () => planCall({ latency: [{ action: "*", min: 300, max: 800 }], faults: [] }, "X", random, writes).delayMs,
    );
    expect(Math.min(...delays)).toBe(300);
    expect(Math.max(...delays)).toBe(800);
    const mean = delays.reduce((sum, delay) => sum + delay, 0) / delays.length;
    expect(Math.abs(mean - 550)).toBeLessThan(6);
    const fixed = planCall({ latency: [{ action: "*", min: 400, max: 400 }], faults: [] }, "X", random, writes);
    expect(fixed).toEqual({ delayMs: 400, delayCause: "rule 400" });
    expect(planCall({ ...NO_FAULTS, preset: "slow-network" }, "X", random, writes).delayCause).toBe(
      "slow network preset",
    );
  });

  it("PROTO-1 per-action rules apply to their action only and win over the * ones", () => {
    const random = seededRandom(11);
    const writes = counter();
    const settings: FaultSettings = {
      latency: [
        { action: "*", min: 100, max: 100 },
        { action: "DescribeSecurityGroups", min: 2000, max: 2000 },
      ],
      faults: [{ action: "DeleteSecurityGroup", code: "DependencyViolation", percent: 100 }],
    };
    expect(planCall(settings, "DeleteSecurityGroup", random, writes)).toEqual({
      delayMs: 100,
      delayCause: "rule 100",
      fault: { code: "DependencyViolation", cause: "rule DeleteSecurityGroup:DependencyViolation:100" },
    });
    expect(planCall(settings, "DescribeSecurityGroups", random, writes)).toEqual({
      delayMs: 2000,
      delayCause: "rule DescribeSecurityGroups:2000",
    });
    expect(planCall(settings, "AuthorizeSecurityGroup", random, writes).fault).toBeUndefined();
    const zero: FaultSettings = { latency: [], faults: [{ action: "*", code: "InternalError", percent: 0 }] };
    expect(Array.from({ length: 1000 }, () => planCall(zero, "X", random, writes).fault).filter(Boolean)).toEqual([]);
  });

  it("PROTO-1 the throttled preset answers Throttling.User to every 5th write and never to reads", () => {
    const random = seededRandom(5);
    const writes = counter();
    const throttled: FaultSettings = { ...NO_FAULTS, preset: "throttled" };
    const calls = ["DescribeSecurityGroups", "AuthorizeSecurityGroup"];
    const outcomes = Array.from({ length: 20 }, (_, i) => {
      const action = calls[i % 2] ?? "";
      return `${action}:${planCall(throttled, action, random, writes).fault?.code ?? "ok"}`;
    });
    const throttledCalls = outcomes.filter((outcome) => outcome.endsWith("Throttling.User"));
    expect(throttledCalls).toEqual([
      "AuthorizeSecurityGroup:Throttling.User",
      "AuthorizeSecurityGroup:Throttling.User",
    ]);
    expect(outcomes.indexOf("AuthorizeSecurityGroup:Throttling.User")).toBe(9);
  });
});
