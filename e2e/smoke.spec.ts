import { expect, test } from "@playwright/test";

test("API-1 smoke: the console lists the demo groups through MSW and survives a reload", async ({ page }) => {
  await page.goto("/");
  const table = page.getByRole("table", { name: "Security groups" });
  await expect(table.getByText("doc-scenario-sg")).toBeVisible();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.reload();
  await expect(table.getByText("prod-web-frontend-sg")).toBeVisible();
});
