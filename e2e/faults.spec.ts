import type { Page } from "@playwright/test";
import { DEMO } from "../src/engine/seed/demo";
import { callApi, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";

const L = labels("en");
const h1 = (page: Page, text: string) => page.getByRole("heading", { level: 1, name: text });
const banner = (page: Page, language: "en" | "ja" = "en") =>
  page.getByRole("region", { name: labels(language)("faults.banner.label") });
const groupList = (page: Page, language: "en" | "ja" = "en") =>
  page.getByRole("table", { name: labels(language)("sg.list.tableLabel") });

test("PROTO-1 PROTO-2 PROTO-5 100% ServiceUnavailable on DescribeSecurityGroups: retried with backoff, the error and a retry that works once the setting is off", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(503);
  await page.goto("/");
  await expectRowVisible(groupList(page), "prod-web-frontend-sg");

  // The panel, from the header: one failure rule for one action.
  await page.getByRole("button", { name: L("faults.open") }).click();
  const panel = page.getByRole("dialog", { name: L("faults.panel.title") });
  await panel.getByRole("button", { name: L("faults.panel.addFailure") }).click();
  await panel.getByLabel(L("faults.panel.action"), { exact: true }).fill("DescribeSecurityGroups");
  await expect(panel.getByLabel(L("faults.panel.code"), { exact: true })).toHaveValue("ServiceUnavailable");
  await expect(panel.getByLabel(L("faults.panel.percent"), { exact: true })).toHaveValue("100");
  await shot(page, "en-faults-panel");
  await panel.getByRole("button", { name: L("faults.panel.apply") }).click();
  await expect(panel).toBeHidden();
  await expect(banner(page)).toContainText(
    L("faults.banner.faultFor", { percent: 100, action: "DescribeSecurityGroups", code: "ServiceUnavailable" }),
  );

  // A reload keeps the settings (kept with the workspace): the list read fails, retried and said.
  await page.reload();
  await expect(page.getByText(/The API answered ServiceUnavailable\. Retrying DescribeSecurityGroups/)).toBeVisible();
  const failed = page.getByRole("heading", { name: L("routeError.title") });
  await expect(failed).toBeVisible({ timeout: 10_000 });
  await expect(page.locator("main").getByText("ServiceUnavailable", { exact: true })).toBeVisible();
  await expect(page.getByText(L("pageState.retriedBefore", { count: 3 }))).toBeVisible();
  await expect(
    page.getByText(/Simulated: ServiceUnavailable \(rule DescribeSecurityGroups:ServiceUnavailable:100\)/),
  ).toBeVisible();
  await shot(page, "en-faults-failed-read");
  // The rest of the console stays usable: another area opens, and comes back to the error.
  await page.getByRole("link", { name: L("nav.prefixLists") }).click();
  await expect(h1(page, L("pl.list.title"))).toBeVisible();
  await page.getByRole("link", { name: L("nav.securityGroups") }).click();
  // After 1 + 3 attempts, 0.5, 1 and 2 s apart.
  await expect(failed).toBeVisible({ timeout: 10_000 });

  await banner(page)
    .getByRole("button", { name: L("faults.banner.turnOff") })
    .click();
  await expect(banner(page)).toBeHidden();
  await page.getByRole("button", { name: L("pageState.retryNow") }).click();
  await expectRowVisible(groupList(page), "prod-web-frontend-sg");
  await page.reload();
  await expect(banner(page)).toBeHidden();
  await expectRowVisible(groupList(page), "prod-web-frontend-sg");
});

test("PROTO-2 PROTO-5 a failing AuthorizeSecurityGroup keeps the rule form filled, shows the code and changes nothing", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(400);
  await page.goto(`/cn-hangzhou/security-groups/${DEMO.docScenario}/inbound`);
  await callApi(page, "ModifyFaultSettings", { "Fault.1": "AuthorizeSecurityGroup:Throttling.User:100" });
  await page.reload();
  await expect(banner(page)).toBeVisible();
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  await add.getByRole("button", { name: "HTTPS (443)" }).click();
  const rule = add.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  const source = rule.getByLabel(L("rules.field.source"), { exact: true });
  await source.fill("10.99.0.0/16");
  await add.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(add.getByText("Throttling.User", { exact: true })).toBeVisible();
  await expect(add).toBeVisible();
  await expect(source).toHaveValue("10.99.0.0/16");
  await shot(page, "en-faults-failed-write");
  await page.keyboard.press("Escape");
  await page.reload();
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expect(inbound.getByRole("row").nth(1)).toBeVisible();
  await expect(rowWith(inbound, "10.99.0.0/16")).toHaveCount(0);
});

test("PROTO-3 a link with settings opens with the banner and the behaviour; the address drops them and a reload keeps them", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(403);
  errors.allowApiStatus(400);
  await page.goto("/cn-hangzhou/security-groups?latency=300-800&fail=DeleteSecurityGroup:DependencyViolation:100");
  // The first page's reads each wait 300-800 ms, one after the other.
  await expect(banner(page)).toContainText(L("faults.banner.fromLink"), { timeout: 20_000 });
  await expect(banner(page)).toContainText(L("faults.banner.latency", { range: "300–800" }));
  await expect(page).toHaveURL(/\/cn-hangzhou\/security-groups$/);
  await shot(page, "en-faults-banner-link");
  const list = groupList(page);
  await rowWith(list, "dev-sandbox-sg")
    .getByRole("button", { name: L("common.delete"), exact: true })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: L("sg.delete.confirm"), exact: true }).click();
  await expect(dialog.getByText("DependencyViolation", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(banner(page)).toContainText(L("faults.banner.fromLink"));
  await expectRowVisible(list, "dev-sandbox-sg");

  // A bad link is refused with the API's message naming the bad part, and nothing is set.
  await callApi(page, "ModifyFaultSettings", { Clear: "true" });
  await page.goto("/cn-hangzhou/security-groups?latency=900-300");
  await expect(page.getByRole("alert").filter({ hasText: L("faults.link.refused") })).toContainText(
    "InvalidParameter.Latency",
  );
  await expect(banner(page)).toBeHidden();
});

test("PROTO-5 with 800 ms latency, pages show their loading state, then their data", async ({ page }) => {
  await page.goto("/cn-hangzhou/instances");
  await expect(h1(page, L("inst.list.title"))).toBeVisible({ timeout: 15_000 });
  await callApi(page, "ModifyFaultSettings", { Latency: "800" });
  // A reload empties the console's cache: every page below is read afresh (cached reads show at once).
  await page.reload();
  await expect(banner(page)).toContainText(L("faults.banner.latency", { range: "800" }), { timeout: 15_000 });
  const loading = page.getByRole("status", { name: L("common.loading") });
  const areas = [
    { nav: "nav.networkInterfaces", title: "eni.list.title" },
    { nav: "nav.prefixLists", title: "pl.list.title" },
    { nav: "nav.snapshots", title: "snap.list.title" },
    { nav: "nav.securityGroups", title: "sg.list.title" },
  ] as const;
  for (const area of areas) {
    await page.getByRole("link", { name: L(area.nav) }).click();
    await expect(loading).toBeVisible();
    if (area.nav === "nav.securityGroups") await shot(page, "en-faults-loading");
    // A page's reads may come one after the other (800 ms each).
    await expect(h1(page, L(area.title))).toBeVisible({ timeout: 15_000 });
    await expect(loading).toBeHidden();
  }
  await expectRowVisible(groupList(page), "prod-web-frontend-sg");
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("PROTO-2 PROTO-3 PROTO-5 UX-1 the banner, the panel, a failed read and a loading state in Japanese", async ({
    page,
    errors,
  }) => {
    errors.allowApiStatus(503);
    const J = labels("ja");
    await page.goto("/cn-hangzhou/security-groups?fail=DescribeSecurityGroups:ServiceUnavailable:100");
    await expect(banner(page, "ja")).toContainText(J("faults.banner.fromLink"), { timeout: 20_000 });
    await expect(page.getByRole("heading", { name: J("routeError.title") })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator("main").getByText("ServiceUnavailable", { exact: true })).toBeVisible();
    await shot(page, "ja-faults-failed-read");
    await banner(page, "ja")
      .getByRole("button", { name: J("faults.banner.edit") })
      .click();
    const panel = page.getByRole("dialog", { name: J("faults.panel.title") });
    await panel.getByRole("radio", { name: J("faults.panel.latencyFixed") }).check();
    await panel.getByLabel(J("faults.panel.delayMs")).fill("800");
    await panel.getByRole("button", { name: `${J("faults.panel.remove")} (1)` }).click();
    await shot(page, "ja-faults-panel");
    await panel.getByRole("button", { name: J("faults.panel.apply") }).click();
    await expect(banner(page, "ja")).toContainText(J("faults.banner.latency", { range: "800" }));
    await shot(page, "ja-faults-banner");
    await page.getByRole("button", { name: J("pageState.retryNow") }).click();
    await expectRowVisible(groupList(page, "ja"), "prod-web-frontend-sg");
    await page.getByRole("link", { name: J("nav.instances") }).click();
    await expect(page.getByRole("status", { name: J("common.loading") })).toBeVisible();
    await shot(page, "ja-faults-loading");
    await expect(h1(page, J("inst.list.title"))).toBeVisible({ timeout: 15_000 });
    await banner(page, "ja")
      .getByRole("button", { name: J("faults.banner.turnOff") })
      .click();
    await expect(banner(page, "ja")).toBeHidden();
  });
});
