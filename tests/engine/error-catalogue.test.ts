import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, type ErrorCode } from "../../src/engine/errors/catalogue";
import { ecsError } from "../../src/engine/errors/ecs-error";

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

  it("API-3 every code an action can raise is asserted by some test (in an assertion, not just named)", () => {
    const corpus = testFiles("tests")
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const untested = codes.filter(
      (code) => !RAISED_OUTSIDE_ACTIONS.has(code) && !NOT_RAISED_YET.has(code) && !isAsserted(corpus, code),
    );
    expect(untested).toEqual([]);
  });

  it("API-3 a code named only outside an assertion does not count", () => {
    expect(isAsserted('const note = "InvalidPortRange.Malformed";', "InvalidPortRange.Malformed")).toBe(false);
    expect(
      isAsserted('await expectEcsError(call(), "InvalidPortRange.Malformed");', "InvalidPortRange.Malformed"),
    ).toBe(true);
    expect(
      isAsserted(
        'it.each([[{}, "OperationDenied"]])("x", async (p, code) => {\n    await expectEcsError(f(p), code);\n  });',
        "OperationDenied",
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'it.each([[{}, "OperationDenied"]])("x", async (p) => {\n    expect(f(p)).toBe(1);\n  });',
        "OperationDenied",
      ),
    ).toBe(false);
  });
});

/** What asserts an error: the engine's and the SDK's helpers, a thrown error, an envelope's code. */
const ASSERTION =
  /expect(?:EcsError|ErrorEnvelope)\(|sdkError\(|\.toThrow|\.rejects\.|\bCode\b|\bcode\b\)?\.to(?:Be|Equal)\(/;

/**
 * Whether a test asserts `code`: inside an assertion call (`expectEcsError(p, "Code")`,
 * `toThrow(...)`, `{ Code: "Code" }` / `code: "Code"` in an expected object, `.Code).toEqual([...])`),
 * or as a row of an `it.each` table whose test body makes such an assertion.
 */
function isAsserted(corpus: string, code: string): boolean {
  const quoted = `"${code.replaceAll(".", "\\.")}"`;
  const direct = [
    `expect(?:EcsError|ErrorEnvelope)\\([^;]*?${quoted}`,
    `\\b[Cc]ode:\\s*${quoted}`,
    `\\.(?:toThrow|toBe|toEqual|toMatch)\\(\\s*${quoted}`,
    `\\.toThrow\\([^;]*?${quoted}`,
    `Code\\)+\\.toEqual\\(\\[[^\\]]*?${quoted}`,
  ];
  if (direct.some((pattern) => new RegExp(pattern).test(corpus))) return true;
  return eachTables(corpus).some(({ rows, body }) => rows.includes(`"${code}"`) && ASSERTION.test(body));
}

/** Each `.each([...])(title, body)`: its rows and the start of the test body that runs them. */
function eachTables(corpus: string): Array<{ rows: string; body: string }> {
  const tables: Array<{ rows: string; body: string }> = [];
  for (const match of corpus.matchAll(/\.each\(/g)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let end = start;
    while (end < corpus.length && depth > 0) {
      const char = corpus[end];
      if (char === "(" || char === "[" || char === "{") depth++;
      else if (char === ")" || char === "]" || char === "}") depth--;
      end++;
    }
    const bodyEnd = corpus.indexOf("\n  });", end);
    tables.push({ rows: corpus.slice(start, end), body: corpus.slice(end, bodyEnd < 0 ? end + 800 : bodyEnd) });
  }
  return tables;
}
