import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every source file of the app, with its text. */
function sources(dir = "src"): Array<{ file: string; text: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [{ file: path, text: readFileSync(path, "utf8") }] : [];
  });
}

const COMMENT_LINE = /^\s*(\/\/|\/\*|\*)/;

/** `file:line: text` of each code line (not a comment) matching `pattern`, outside the files allowed to hold it. */
function linesMatching(pattern: RegExp, allowedIn: readonly string[]): string[] {
  return sources()
    .filter(({ file }) => !allowedIn.includes(file))
    .flatMap(({ file, text }) =>
      text
        .split("\n")
        .flatMap((line, index) =>
          !COMMENT_LINE.test(line) && pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
}

/**
 * Constants named like limits that are not platform facts: a server setting, an algorithm's own
 * size, the API layer's fault settings (PROTO-1, read by the UI from there), the client's retries
 * and a skeleton's height.
 */
const NOT_DOMAIN_LIMITS = [
  join("src", "api", "node-server.ts"),
  join("src", "engine", "health-check", "match-space.ts"),
  join("src", "api", "faults", "settings.ts"),
  join("src", "api", "queries.ts"),
  join("src", "app", "PageSkeleton.tsx"),
];

const LIMITS_FILE = join("src", "engine", "validate", "limits.ts");
const ORDER_FILE = join("src", "engine", "validate", "evaluation-order.ts");

describe("Domain facts are defined once (issue 13 point 4)", () => {
  it("RULE-8 ENI-5 SNAP-2 PL-1 INST-1 IO-2 no limit constant is defined outside src/engine/validate/limits.ts", () => {
    // A constant named like a limit (MAX_…, MIN_…, …_PER_…, …_CAPACITY, …_LIMIT) set to a number.
    const limitConstant = /\bconst\s+(MAX_\w+|MIN_\w+|\w+_PER_\w+|\w+_CAPACITY|\w+_LIMIT)\s*(:\s*number\s*)?=\s*[\d_]+/;
    expect(linesMatching(limitConstant, [LIMITS_FILE, ...NOT_DOMAIN_LIMITS])).toEqual([]);
  });

  it("RULE-1 the 'any port' range -1/-1 is written only in limits.ts", () => {
    expect(linesMatching(/["'`]-1\/-1["'`]/, [LIMITS_FILE])).toEqual([]);
  });

  it("DEC-1 the evaluation order (drop before accept at equal priority) is written only in evaluation-order.ts", () => {
    // What a copy of the comparator needs: ranking Drop against Accept, or comparing priorities by subtraction.
    const comparator =
      /Policy\s*===\s*["']Drop["']\s*\?\s*0\s*:\s*1|\.Priority\)?\s*-\s*(Number\()?\w+(\.rule)?\.Priority\b/;
    expect(linesMatching(comparator, [ORDER_FILE])).toEqual([]);
  });

  it("the three DEC-1 users import the one comparator", () => {
    const users = [
      "src/engine/decide/order.ts",
      "src/engine/health-check/redundant-rules.ts",
      "src/features/compute/rules/merged-rules.ts",
    ];
    for (const file of users) expect(readFileSync(file, "utf8"), file).toMatch(/compareEvaluationOrder\(/);
  });
});
