/**
 * Browser figures on the production build (issue 9): headless Debian Chromium through Playwright,
 * a persistent profile so a "new browser" still finds the workspace in IndexedDB.
 * Prints `name: value unit` lines; medians of RUNS runs.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { BIG_INSTANCE_NAME, buildScaleWorkspace, SCALE } from "./scale-workspace";

const PORT = 4392;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const LIST_PATH = "/cn-hangzhou/security-groups";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--enable-precise-memory-info",
];

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export function print(name: string, value: number, unit: string, sizes: string): void {
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit} (${sizes})`);
}

function startPreview(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // Vite itself, not through npx: killing npx would leave the server running.
    const vite = "node_modules/vite/bin/vite.js";
    const args = [vite, "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => reject(new Error("vite preview did not start")), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(String(PORT))) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: "en-US",
  });
}

/** Calls one ECS action from inside the page, through the MSW worker, and times it. */
async function callInPage(page: Page, action: string, params: Record<string, string>): Promise<number> {
  return page.evaluate(
    async ({ action, params }) => {
      const started = performance.now();
      const response = await fetch("/api/ecs", {
        method: "POST",
        headers: { "x-acs-action": action, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(params),
      });
      if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
      await response.json();
      return performance.now() - started;
    },
    { action, params },
  );
}

/** Full page loads of the 1,000-rule view, printed beside the in-app figure. */
const pageLoads: number[] = [];

const firstRow = (page: Page) => page.getByRole("table").getByRole("row").nth(1);

/**
 * Installed before the page's own scripts: notes the moment the first table row is in the
 * document (no polling delay), for cold_load_ms and for which scripts count as initial.
 */
const FIRST_ROW_OBSERVER = `(() => {
  new MutationObserver((_records, observer) => {
    if (document.querySelector("main table tbody tr td")) {
      window.__firstRowMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
})()`;

/**
 * When the first row appeared, and the scripts requested before it: what the first page needed.
 * Scripts fetched after it (dialogs preloaded when the page is idle) are not initial.
 */
async function firstRowAndScripts(page: Page): Promise<{ firstRowMs: number; scripts: string[] }> {
  return page.evaluate(`(() => {
    const firstRowMs = window.__firstRowMs;
    const scripts = performance
      .getEntriesByType("resource")
      .filter((entry) => entry.startTime < firstRowMs && new URL(entry.name).pathname.endsWith(".js"))
      .map((entry) => new URL(entry.name).pathname);
    return { firstRowMs, scripts };
  })()`);
}

/**
 * Types a name filter into the list's search box and submits it, timing in the page from the
 * submit until every shown row holds the needle (a MutationObserver, no polling).
 */
async function timeListFilter(page: Page, needle: string): Promise<number> {
  await page.getByPlaceholder(/part of a name/i).fill(needle);
  return page.evaluate(async (text) => {
    const input = document.activeElement as HTMLInputElement | null;
    const form = input?.form;
    if (!form) throw new Error("the search box is not in a form");
    const table = document.querySelector("table");
    if (!table) throw new Error("no table");
    const started = performance.now();
    // No named inner functions here: tsx would wrap them in a helper the page does not have.
    const updated = new Promise<number>((resolve) => {
      new MutationObserver((_records, observer) => {
        const rows = [...table.querySelectorAll("tbody tr")];
        if (rows.length > 0 && rows.every((row) => row.textContent?.toLowerCase().includes(text))) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      }).observe(table, { subtree: true, childList: true, characterData: true });
    });
    form.requestSubmit();
    return updated;
  }, needle.toLowerCase());
}

/** 200 rules as an ExportSecurityGroupRules JSON file would hold them. */
function importFile(): string {
  const Permissions = Array.from({ length: 200 }, (_, i) => ({
    Direction: i % 2 === 0 ? "ingress" : "egress",
    IpProtocol: "TCP",
    PortRange: `${2000 + i}/${2000 + i}`,
    [i % 2 === 0 ? "SourceCidrIp" : "DestCidrIp"]: `10.${i % 250}.0.0/16`,
    Policy: "Accept",
    Priority: String((i % 100) + 1),
    Description: `imported rule ${i}`,
  }));
  return JSON.stringify({ RegionId: "cn-hangzhou", Permissions });
}

async function timeImport(page: Page, run: number): Promise<number> {
  const created = await page.evaluate(async (name) => {
    const response = await fetch("/api/ecs", {
      method: "POST",
      headers: { "x-acs-action": "CreateSecurityGroup", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        RegionId: "cn-hangzhou",
        VpcId: "vpc-bp1prod0000000000000",
        SecurityGroupName: name,
      }),
    });
    const body = (await response.json()) as { SecurityGroupId?: string; Code?: string };
    if (!body.SecurityGroupId) throw new Error(`CreateSecurityGroup failed: ${body.Code}`);
    return body.SecurityGroupId;
  }, `bench-import-${run}`);
  return callInPage(page, "ImportSecurityGroupRules", {
    RegionId: "cn-hangzhou",
    SecurityGroupId: created,
    Format: "json",
    Content: importFile(),
  });
}

/**
 * Opens the 1,000-rule instance's security-group tab (a warm browser, as after using the console)
 * and times it until the merged rules table shows rows; then checks it scrolls to its last rows.
 */
async function timeMergedRules(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(ORIGIN + LIST_PATH);
  await firstRow(page).waitFor();
  const instanceId = await page.evaluate(async (name) => {
    const response = await fetch("/api/ecs", {
      method: "POST",
      headers: { "x-acs-action": "DescribeInstances", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ RegionId: "cn-hangzhou", InstanceName: name }),
    });
    const body = (await response.json()) as { Instances: { Instance: Array<{ InstanceId: string }> } };
    return body.Instances.Instance[0]?.InstanceId ?? "";
  }, BIG_INSTANCE_NAME);
  // Full page load of the view (boot included), for reference.
  await page.goto(`${ORIGIN}/cn-hangzhou/instances/${instanceId}/security-groups`);
  const table = page.getByRole("table", { name: "Merged inbound rules" });
  await table.getByRole("row").nth(1).waitFor();
  const pageLoad = await page.evaluate(() => performance.now());
  // The view itself: from the instance's other tab, a click on "Security groups" until the
  // merged rows are in the table (fetching 5 groups' rules, merging, the virtualised render).
  await page.goto(`${ORIGIN}/cn-hangzhou/instances/${instanceId}/network-interfaces`);
  await page.locator('main a[href$="/security-groups"]').first().waitFor();
  const elapsed = await page.evaluate(async () => {
    const link = [...document.querySelectorAll("a")].find(
      (anchor) =>
        anchor.closest("main") !== null &&
        /\/instances\/[^/]+\/security-groups$/.test(anchor.getAttribute("href") ?? ""),
    );
    if (!link) throw new Error("no Security groups tab");
    const started = performance.now();
    const shown = new Promise<number>((resolve) => {
      new MutationObserver((_records, observer) => {
        const merged = document.querySelector('table[aria-label="Merged inbound rules"] tbody tr:not(.virtual-spacer)');
        if (merged) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
    link.click();
    return shown;
  });
  pageLoads.push(pageLoad);
  // Scrollable: the last of the 500 inbound rows comes into view when scrolled to.
  const rowCount = await page.evaluate(() => {
    const scroller = [...document.querySelectorAll("*")].find(
      (element) => element.scrollHeight > element.clientHeight + 100 && element.querySelector("table"),
    );
    scroller?.scrollTo({ top: scroller.scrollHeight });
    return document.querySelectorAll("table tbody tr").length;
  });
  if (rowCount >= 500) throw new Error(`rows are not virtualised: ${rowCount} rows in the DOM`);
  await page.close();
  return elapsed;
}

async function main(): Promise<void> {
  const workspace = await buildScaleWorkspace();
  const sizes = `${SCALE.groups} groups, ${SCALE.fullGroups} at ${SCALE.rulesPerFullGroup} rules`;
  const preview = await startPreview();
  const profile = mkdtempSync(join(tmpdir(), "sg-bench-"));
  try {
    // Load the workspace once through the API (ImportWorkspace), then measure fresh browsers.
    const loader = await launch(profile);
    const page = loader.pages()[0] ?? (await loader.newPage());
    await page.goto(ORIGIN + LIST_PATH);
    await firstRow(page).waitFor();
    const importMs = await callInPage(page, "ImportWorkspace", { Content: workspace });
    await loader.close();
    print("import_workspace_ms", Math.round(importMs), "ms", `${(workspace.length / 1e6).toFixed(1)} MB file`);

    const cold: number[] = [];
    const scripts: number[] = [];
    const describe: number[] = [];
    const heap: number[] = [];
    const filter: number[] = [];
    const imports: number[] = [];
    const merged: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await launch(profile);
      await context.addInitScript(FIRST_ROW_OBSERVER);
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(ORIGIN + LIST_PATH);
      await firstRow(tab).waitFor();
      const boot = await firstRowAndScripts(tab);
      cold.push(boot.firstRowMs);
      scripts.push(
        boot.scripts
          .filter((path) => path.startsWith("/assets/"))
          .reduce((sum, path) => sum + gzipSync(readFileSync(join("dist", path))).length, 0) / 1024,
      );
      for (let i = 0; i < 5; i++) {
        describe.push(
          await callInPage(tab, "DescribeSecurityGroups", {
            RegionId: "cn-hangzhou",
            SecurityGroupName: `web-0${i}`,
            FuzzyQuery: "true",
            MaxResults: "20",
          }),
        );
      }
      filter.push(await timeListFilter(tab, `web-0${run}`));
      merged.push(await timeMergedRules(context));
      imports.push(await timeImport(tab, run));
      const cdp = await context.newCDPSession(tab);
      await cdp.send("HeapProfiler.collectGarbage");
      const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
      heap.push(usage.usedSize / 1024 / 1024);
      await context.close();
    }
    print("initial_js_gzip_kb", Math.round(median(scripts)), "KB", "scripts requested before the first row");
    print("cold_load_ms", Math.round(median(cold)), "ms", `${sizes}; new browser, until the first row`);
    print("describe_groups_page_ms", median(describe), "ms", `${SCALE.groups} groups, fuzzy name filter, first page`);
    print("list_filter_ms", Math.round(median(filter)), "ms", `${SCALE.groups} groups; submit until the rows update`);
    print(
      "rules_table_1000_ms",
      Math.round(median(merged)),
      "ms",
      "an instance with 5 groups, 1,000 rules; tab click until the rows show",
    );
    print(
      "rules_table_1000_page_load_ms",
      Math.round(median(pageLoads)),
      "ms",
      "the same view as a full page load in a warm browser, boot included",
    );
    print("import_200_rules_ms", Math.round(median(imports)), "ms", "200 rules, JSON, into an empty group");
    print("heap_10000_groups_mb", median(heap), "MB", `${sizes}; after the list, after GC`);
  } finally {
    preview.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
