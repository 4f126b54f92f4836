#!/usr/bin/env node
// Installs what the project needs on a fresh Debian machine with Node 20: npm dependencies when
// missing or stale, and (with --browser) Debian's Chromium for the Playwright tests.
// Playwright never downloads a browser here; it drives /usr/bin/chromium.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const run = (command) => execSync(command, { stdio: "inherit" });
const wantsBrowser = process.argv.includes("--browser");

const lock = "package-lock.json";
const marker = "node_modules/.package-lock.json";
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log("setup: installing npm dependencies (npm ci)");
  run("npm ci --no-audit --no-fund");
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (wantsBrowser && !existsSync(chromium)) {
  console.log("setup: installing Debian's Chromium with apt-get");
  const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
  run(`${sudo}apt-get update`);
  run(`${sudo}apt-get install -y --no-install-recommends chromium`);
}
