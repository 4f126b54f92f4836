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

// Japanese text needs a CJK font, or screenshots of the ja console show empty boxes.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const cjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const missing = [...(existsSync(chromium) ? [] : ["chromium"]), ...(existsSync(cjkFont) ? [] : ["fonts-noto-cjk"])];
if (wantsBrowser && missing.length > 0) {
  console.log(`setup: installing ${missing.join(", ")} with apt-get`);
  const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
  run(`${sudo}apt-get update`);
  run(`${sudo}apt-get install -y --no-install-recommends ${missing.join(" ")}`);
}
