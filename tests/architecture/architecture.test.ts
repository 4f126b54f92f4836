import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(["']([^"']+)["']\)/g)].map(
    (match) => match[1] ?? match[2] ?? "",
  );
}

describe("Architecture guard (ARCHITECTURE.md)", () => {
  it("ARCH the engine imports no React, MSW, UI library, src/api or src/features", () => {
    const forbidden = /^(react|react-dom|msw|@tanstack\/|zustand|react-router)|\/(api|features|components|ui|app)\//;
    const offenders = sourceFiles("src/engine").flatMap((file) =>
      imports(file)
        .filter((path) => forbidden.test(path))
        .map((path) => `${file} -> ${path}`),
    );
    expect(offenders).toEqual([]);
  });

  it("ARCH the UI reaches the engine only through its pure validators, errors and types", () => {
    const uiDirs = ["src/features", "src/components", "src/ui", "src/app"].filter((dir) => {
      try {
        return statSync(dir).isDirectory();
      } catch {
        return false;
      }
    });
    // import-export: the rule-file parsers, so the import preview reads a file exactly as the engine will.
    const allowed = /\/engine\/(validate|errors|types|regions|import-export)/;
    const offenders = uiDirs.flatMap(sourceFiles).flatMap((file) =>
      imports(file)
        .filter((path) => path.includes("/engine/") && !allowed.test(path))
        .map((path) => `${file} -> ${path}`),
    );
    expect(offenders).toEqual([]);
  });

  it("ARCH IO-2 the rule-file parsers the UI shares are pure: papaparse, each other, the error catalogue and the limits only", () => {
    const pure = /^(papaparse|\.\/[\w-]+|\.\.\/errors\/[\w-]+|\.\.\/validate\/limits)$/;
    const offenders = sourceFiles("src/engine/import-export").flatMap((file) =>
      imports(file)
        .filter((path) => !pure.test(path))
        .map((path) => `${file} -> ${path}`),
    );
    expect(offenders).toEqual([]);
  });
});
