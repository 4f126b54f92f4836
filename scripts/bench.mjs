#!/usr/bin/env node
// `npm run bench`: builds the production bundle, then prints every figure as `name: value unit`.
// Never part of `npm test`: figures are printed, not asserted.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (command) => execSync(command, { stdio: "inherit" });
run("node scripts/setup.mjs --browser");
run("npx vite build --logLevel warn");
for (const file of ["bench/decide.bench.ts", "bench/health-check.bench.ts", "bench/browser.bench.ts"]) {
  if (existsSync(file)) run(`npx tsx ${file}`);
}
