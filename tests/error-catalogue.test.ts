import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, type ErrorCode } from "../src/engine/errors/catalogue";
import { ecsError } from "../src/engine/errors/ecs-error";

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith(".test.ts") && name !== "error-catalogue.test.ts" ? [path] : [];
  });
}

/** Codes the dispatcher raises itself, tested in api-wire.test.ts under other names. */
const RAISED_OUTSIDE_ACTIONS = new Set<ErrorCode>(["InternalError"]);
/** Codes kept for fidelity that no action raises yet (documented in the README). */
const NOT_RAISED_YET = new Set<ErrorCode>([
  "ServiceUnavailable",
  "MissingParamter.RegionId",
  "InvalidResourceGroup.NotFound",
]);

describe("API-3 the error catalogue", () => {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it("API-3 every entry has a 4xx/5xx status and a message; %s placeholders are filled", () => {
    for (const code of codes) {
      const entry = ERROR_CATALOGUE[code];
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.message.length, code).toBeGreaterThan(0);
    }
    expect(ecsError("MissingParameter", { args: ["RegionId"] }).message).toBe(
      'The input parameter "RegionId" that is mandatory for processing this request is not supplied.',
    );
  });

  it("API-3 keeps the real API's misspellings", () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        "InvalidParamter.Conflict",
        "InvalidSecurityGroupDiscription.Malformed",
        "InValidParameter.NextToken",
      ]),
    );
  });

  it("API-3 every code an action can raise is triggered by some test", () => {
    const corpus = testFiles("tests")
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const untested = codes.filter(
      (code) => !RAISED_OUTSIDE_ACTIONS.has(code) && !NOT_RAISED_YET.has(code) && !corpus.includes(`"${code}"`),
    );
    expect(untested).toEqual([]);
  });
});
