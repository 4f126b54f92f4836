import type { Page } from "@playwright/test";
import { expect, labels, shot, test } from "./fixtures";

/**
 * HARD-3: whatever the browser's storage does, the console says what happened and what to do,
 * never shows a blank page, and a failed write changes nothing.
 */
const L = labels("en");

async function expectProblemScreen(page: Page, title: RegExp): Promise<void> {
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("navigation")).toHaveCount(0);
}

test("HARD-3 no IndexedDB in this browser: a clear message with what to do, in English and Japanese", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await page.goto("/");
  await expectProblemScreen(page, /cannot store its workspace in this browser/);
  await expect(page.getByText("leave private browsing")).toBeVisible();
  await shot(page, "en-storage-unavailable");
  await page.evaluate(() =>
    localStorage.setItem("sg-console.language", JSON.stringify({ state: { language: "ja" }, version: 0 })),
  );
  await page.reload();
  await expectProblemScreen(page, /ワークスペースを保存できません/);
  await shot(page, "ja-storage-unavailable");
});

test("HARD-3 IndexedDB blocked by the browser's settings: the same message, with the browser's reason", async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
  });
  await page.goto("/");
  await expectProblemScreen(page, /cannot store its workspace in this browser/);
  await expect(page.getByText("SecurityError: The user denied permission")).toBeVisible();
});

test("HARD-3 the storage full during a write: the form explains it, and the group was not made", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(507);
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if (sessionStorage.getItem("disk-full") === "yes") {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return put.apply(this, args);
    };
  });
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Security groups" }).getByText("doc-scenario-sg")).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem("disk-full", "yes"));
  await page.getByRole("link", { name: L("sg.list.create") }).click();
  const create = page.getByRole("dialog", { name: L("sg.create.title") });
  await create.getByLabel(L("sg.field.name")).fill("full-disk-group");
  await create.getByRole("button", { name: L("sg.create.submit"), exact: true }).click();
  await expect(create.getByText("QuotaExceed.Storage")).toBeVisible();
  await expect(create.getByText(L("err.QuotaExceed.Storage"))).toBeVisible();
  await expect(create.getByLabel(L("sg.field.name"))).toHaveValue("full-disk-group");
  await shot(page, "en-storage-full-write");
  await page.evaluate(() => sessionStorage.removeItem("disk-full"));
  await page.goto("/");
  const table = page.getByRole("table", { name: "Security groups" });
  await expect(table.getByText("doc-scenario-sg")).toBeVisible();
  await expect(table.getByText("full-disk-group")).toHaveCount(0);
});

test("HARD-3 a newer version opening the workspace in another tab: this tab says to reload; then the old version is told the workspace is newer", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Security groups" }).getByText("doc-scenario-sg")).toBeVisible();
  // The "newer version" is another tab that opens the workspace at a higher schema version.
  const newer = await context.newPage();
  await newer.goto("/missing-page-for-a-raw-tab");
  await newer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("sg-console", 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error("blocked"));
      }),
  );
  await expectProblemScreen(page, /A newer version of the console opened this workspace in another tab/);
  await newer.close();
  await page.getByRole("button", { name: "Reload" }).click();
  await expectProblemScreen(page, /saved by a newer version of the console/);
});
