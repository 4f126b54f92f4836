import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { areasEn } from "../src/i18n/areas/all.en";
import { areasJa } from "../src/i18n/areas/all.ja";
import { en as coreEn } from "../src/i18n/en";
import { ja as coreJa } from "../src/i18n/ja";

export type MessageKey = keyof typeof coreEn | keyof typeof areasEn;
type Catalogue = Record<MessageKey, string>;
const en: Catalogue = { ...coreEn, ...areasEn };
const ja: Catalogue = { ...coreJa, ...areasJa };

/** The console's own words, so tests find controls by the labels a person reads. */
export function labels(language: "en" | "ja") {
  const catalogue: Catalogue = language === "ja" ? ja : en;
  return (key: MessageKey, values: Record<string, string | number> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === "number" ? value.toLocaleString(language) : value;
    });
}

interface ErrorWatch {
  /** Lets API answers with this HTTP status through (a test that provokes a server error on purpose). */
  allowApiStatus(status: number): void;
}

/**
 * Every test fails on a page error or a console error. The only exception: a test that provokes
 * an ECS error on purpose declares the status, and Chromium's "Failed to load resource" line for
 * that API answer is then expected.
 */
export const test = base.extend<{ errors: ErrorWatch }>({
  errors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed = new Set<number>();
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const status = /status of (\d{3})/.exec(message.text())?.[1];
        const fromApi = message.location().url.includes("/api/ecs");
        if (fromApi && status && allowed.has(Number(status))) return;
        problems.push(`console: ${message.text()} @ ${message.location().url}`);
      });
      await use({ allowApiStatus: (status) => allowed.add(status) });
      expect(problems, "page and console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Screenshots of every page and dialog, the viewport as a person sees it. Written to the
 * ignored screenshots/tmp/ on every run; the curated copies in screenshots/ are committed.
 */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `screenshots/tmp/${name}.png`, animations: "disabled" });
}

/** A table row that shows `text` somewhere (ids and names are unique in the demo data). */
export function rowWith(table: Locator, text: string | RegExp): Locator {
  return table.getByRole("row").filter({ hasText: text });
}

export async function expectRowVisible(table: Locator, text: string | RegExp): Promise<void> {
  await expect(rowWith(table, text)).toBeVisible();
}

/** Clicks an action button or link in the row that shows `text`. */
export async function clickRowAction(table: Locator, text: string | RegExp, action: string): Promise<void> {
  const row = rowWith(table, text);
  const control = row
    .getByRole("button", { name: action, exact: true })
    .or(row.getByRole("link", { name: action, exact: true }));
  await control.click();
}

/** Calls the in-page ECS API (setup shortcuts only; flows click through the UI). */
export async function callApi(
  page: Page,
  action: string,
  params: Record<string, string>,
): Promise<Record<string, unknown>> {
  // The console renders only once its in-page API answers.
  await expect(page.locator("main")).toBeVisible();
  return page.evaluate(
    async ({ action, params }) => {
      const response = await fetch("/api/ecs", {
        method: "POST",
        headers: { "x-acs-action": action, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(params),
      });
      return (await response.json()) as Record<string, unknown>;
    },
    { action, params },
  );
}
