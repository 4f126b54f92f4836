import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO } from "./compute.helpers";
import { callApi, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";

const L = labels("en");
const h1 = (page: Page, text: string) => page.getByRole("heading", { level: 1, name: text });
const web1Option = L("eni.attach.option", {
  name: "web-1",
  id: DEMO.web1,
  zone: "cn-hangzhou-h",
  status: L("inst.status.Running"),
});

async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("ENI-4 ENI-5 create a secondary ENI, attach it, change its groups, detach and delete it; reload after each", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/network-interfaces");
  await expect(h1(page, L("eni.list.title"))).toBeVisible();
  const list = page.getByRole("table", { name: L("eni.list.tableLabel") });
  await expectRowVisible(list, "web-1-mgmt");
  await expectRowVisible(list, "spare-eni");
  await shot(page, "en-compute-20-eni-list");

  // Create: vSwitch, a group (with the live meter), name, description.
  await page.getByRole("link", { name: L("eni.list.create") }).click();
  const create = page.getByRole("dialog", { name: L("eni.create.title") });
  await expect(create.getByLabel(L("eni.field.vswitch"))).toHaveValue(/vsw-bp1prodh/);
  await create.getByRole("button", { name: L("eni.create.submit"), exact: true }).click();
  await expect(create.getByText(L("eni.issue.empty"))).toBeVisible();
  await create.getByRole("checkbox", { name: /prod-web-frontend-sg/ }).check();
  await expect(
    create.getByText(L("eni.limit.rules", { used: 5, limit: 1000, target: L("eni.limit.newEni") })),
  ).toBeVisible();
  await create.getByLabel(L("eni.field.name")).fill("e2e-app-eni");
  await create.getByLabel(L("eni.field.description")).fill("Second interface for the app tier");
  await create.getByRole("button", { name: L("tags.add") }).click();
  await create.getByLabel(L("tags.key", { n: 1 })).fill("tier");
  await create.getByLabel(L("tags.value", { n: 1 })).fill("app");
  await shot(page, "en-compute-21-create-eni");
  await create.getByRole("button", { name: L("eni.create.submit"), exact: true }).click();
  await expect(h1(page, "e2e-app-eni")).toBeVisible();
  await expect(page).toHaveURL(/\/network-interfaces\/eni-[0-9a-z]{20}$/);
  const status = page.locator(".page-title-badges");
  await expect(status).toHaveText(L("eni.status.Available"));
  await page.reload();
  await expect(h1(page, "e2e-app-eni")).toBeVisible();
  await expect(page.locator(".summary .tag-list")).toContainText("tier");
  await expect(page.locator(".summary .tag-list")).toContainText("app");
  const groups = page.getByRole("table", { name: L("eni.detail.groupsLabel") });
  await expectRowVisible(groups, "prod-web-frontend-sg");

  // Attach to web-1 (same zone).
  await page.getByRole("button", { name: L("eni.action.attach") }).click();
  const attach = page.getByRole("dialog", { name: L("eni.attach.title", { name: "e2e-app-eni" }) });
  await attach.getByLabel(L("eni.field.instance")).selectOption({ label: web1Option });
  await shot(page, "en-compute-22-attach-eni");
  await attach.getByRole("button", { name: L("eni.action.attach") }).click();
  await expect(attach).toBeHidden();
  await expect(status).toHaveText(L("eni.status.InUse"));
  await page.reload();
  await expect(status).toHaveText(L("eni.status.InUse"));
  await expect(page.getByRole("link", { name: "web-1" })).toBeVisible();

  // Change its groups: the whole set is replaced.
  await page.getByRole("button", { name: L("eni.action.changeGroups") }).click();
  const change = page.getByRole("dialog", { name: L("eni.groups.title", { name: "e2e-app-eni" }) });
  await change.getByRole("checkbox", { name: /prod-mysql-db-sg/ }).check();
  await change.getByRole("checkbox", { name: /prod-web-frontend-sg/ }).uncheck();
  await change.getByRole("checkbox", { name: /prod-redis-cache-sg/ }).check();
  await expect(change.getByText(L("eni.limit.groups", { used: 2, limit: 10 }))).toBeVisible();
  await expect(
    change.getByText(L("eni.limit.rules", { used: 3, limit: 1000, target: await eniIdFromUrl(page) })),
  ).toBeVisible();
  await shot(page, "en-compute-23-change-eni-groups");
  await change.getByRole("button", { name: L("common.save") }).click();
  await expect(change).toBeHidden();
  await expectRowVisible(groups, "prod-mysql-db-sg");
  await expect(rowWith(groups, "prod-web-frontend-sg")).toHaveCount(0);
  await page.reload();
  await expectRowVisible(groups, "prod-redis-cache-sg");
  await expect(rowWith(groups, "prod-web-frontend-sg")).toHaveCount(0);
  const merged = page.getByRole("table", { name: L("inst.rules.inboundLabel") });
  await expectRowVisible(merged, "6379/6379");
  await shot(page, "en-compute-24-eni-detail");

  // The group's page lists it on its "Network interfaces" tab, and web-1 lists it too.
  await page.goto(`/cn-hangzhou/security-groups/${DEMO.db}/network-interfaces`);
  await expectRowVisible(page.getByRole("table", { name: L("eni.members.enisLabel") }), "e2e-app-eni");
  await shot(page, "en-compute-25-group-enis-tab");
  await page.goto(`/cn-hangzhou/instances/${DEMO.web1}/network-interfaces`);
  const instanceEnis = page.getByRole("table", { name: L("inst.enis.tableLabel") });
  await rowWith(instanceEnis, "e2e-app-eni").getByRole("link", { name: /^eni-/ }).click();

  // Detach, then delete (only an available ENI can be deleted).
  await expect(h1(page, "e2e-app-eni")).toBeVisible();
  await expect(page.getByRole("button", { name: L("eni.action.delete") })).toBeDisabled();
  await page.getByRole("button", { name: L("eni.action.detach") }).click();
  await page
    .getByRole("dialog", { name: L("eni.detach.title", { name: "e2e-app-eni" }) })
    .getByRole("button", { name: L("eni.action.detach") })
    .click();
  await expect(status).toHaveText(L("eni.status.Available"));
  await page.reload();
  await expect(status).toHaveText(L("eni.status.Available"));
  await page.getByRole("button", { name: L("eni.action.delete") }).click();
  await page
    .getByRole("dialog", { name: L("eni.delete.title", { name: "e2e-app-eni" }) })
    .getByRole("button", { name: L("eni.action.delete") })
    .click();
  await expect(h1(page, L("eni.list.title"))).toBeVisible();
  await expect(rowWith(list, "e2e-app-eni")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(list, "e2e-app-eni")).toHaveCount(0);
});

async function eniIdFromUrl(page: Page): Promise<string> {
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

test("ENI-4 the engine's refusals show next to the field: another zone on attach, mixed types on change", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(403);
  errors.allowApiStatus(400);
  await page.goto(`/cn-hangzhou/network-interfaces/${DEMO.spareEni}`);
  await expect(h1(page, "spare-eni")).toBeVisible();
  await page.getByRole("button", { name: L("eni.action.attach") }).click();
  const attach = page.getByRole("dialog", { name: L("eni.attach.title", { name: "spare-eni" }) });
  await attach.getByLabel(L("eni.field.instance")).selectOption({ label: web1Option });
  await expect(
    attach.getByText(L("eni.attach.otherZone", { zone: "cn-hangzhou-h", eniZone: "cn-hangzhou-i" })),
  ).toBeVisible();
  await attach.getByRole("button", { name: L("eni.action.attach") }).click();
  const field = attach.getByLabel(L("eni.field.instance"));
  await expect(attach.getByText("InvalidOperation.AvailabilityZoneMismatch")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await shot(page, "en-compute-26-attach-zone-error");
  await attach.getByRole("button", { name: L("common.cancel") }).click();

  // Mixing basic and enterprise: flagged while choosing, refused by the engine with its code.
  await page.getByRole("button", { name: L("eni.action.changeGroups") }).click();
  const change = page.getByRole("dialog", { name: L("eni.groups.title", { name: "spare-eni" }) });
  await change.getByRole("checkbox", { name: /prod-payments-enterprise-sg/ }).check();
  await expect(change.getByText(L("eni.issue.mixedTypes"))).toBeVisible();
  await change.getByRole("button", { name: L("common.save") }).click();
  await expect(change.getByText("InvalidOperation.MultiGroupType")).toBeVisible();
  await change.getByRole("button", { name: L("common.cancel") }).click();
  await page.reload();
  const groups = page.getByRole("table", { name: L("eni.detail.groupsLabel") });
  await expect(rowWith(groups, "prod-payments-enterprise-sg")).toHaveCount(0);

  // A primary ENI's groups belong to its instance: the page says where to change them.
  await page.goto(`/cn-hangzhou/network-interfaces/${DEMO.web1Eni}`);
  await expect(page.getByRole("button", { name: L("eni.action.changeGroups") })).toHaveCount(0);
  await page.getByRole("link", { name: L("eni.detail.primaryLink") }).click();
  await expect(h1(page, "web-1")).toBeVisible();
});

test("ENI-4 the attach drawer counts the instance's network interfaces against its type; the engine refuses one too many", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(403);
  const web3Option = L("eni.attach.option", {
    name: "web-3",
    id: DEMO.web3,
    zone: "cn-hangzhou-i",
    status: L("inst.status.Stopped"),
  });
  await page.goto(`/cn-hangzhou/network-interfaces/${DEMO.spareEni}`);
  await expect(h1(page, "spare-eni")).toBeVisible();
  // Two more ENIs in web-3's zone, made through the API: web-3 (ecs.g7.large) takes 3 in all.
  const created: string[] = [];
  for (const name of ["extra-eni-a", "extra-eni-b"]) {
    const eni = await callApi(page, "CreateNetworkInterface", {
      RegionId: "cn-hangzhou",
      VSwitchId: DEMO.vswitchI,
      SecurityGroupId: DEMO.web,
      NetworkInterfaceName: name,
    });
    created.push(String(eni.NetworkInterfaceId));
  }
  await page.getByRole("button", { name: L("eni.action.attach") }).click();
  const attach = page.getByRole("dialog", { name: L("eni.attach.title", { name: "spare-eni" }) });
  await attach.getByLabel(L("eni.field.instance")).selectOption({ label: web3Option });
  await expect(attach.getByText(L("eni.attach.room", { used: 1, limit: 3, type: "ecs.g7.large" }))).toBeVisible();
  await attach.getByRole("button", { name: L("eni.action.attach") }).click();
  await expect(attach).toBeHidden();
  await callApi(page, "AttachNetworkInterface", {
    RegionId: "cn-hangzhou",
    NetworkInterfaceId: String(created[0]),
    InstanceId: DEMO.web3,
  });

  await page.goto(`/cn-hangzhou/network-interfaces/${created[1]}`);
  await expect(h1(page, "extra-eni-b")).toBeVisible();
  await page.getByRole("button", { name: L("eni.action.attach") }).click();
  const full = page.getByRole("dialog", { name: L("eni.attach.title", { name: "extra-eni-b" }) });
  await full.getByLabel(L("eni.field.instance")).selectOption({ label: web3Option });
  await expect(full.getByText(L("eni.attach.full", { used: 3, type: "ecs.g7.large" }))).toBeVisible();
  await full.getByRole("button", { name: L("eni.action.attach") }).click();
  await expect(full.getByText("EniPerInstanceLimitExceeded")).toBeVisible();
  await expect(full.getByText(L("err.EniPerInstanceLimitExceeded"))).toBeVisible();
  await expect(full.getByLabel(L("eni.field.instance"))).toHaveAttribute("aria-invalid", "true");
  await shot(page, "en-compute-27-attach-eni-limit");
  await full.getByRole("button", { name: L("common.cancel") }).click();
  await page.reload();
  await expect(h1(page, "extra-eni-b")).toBeVisible();
  await expect(page.getByRole("button", { name: L("eni.action.attach") })).toBeVisible();
});

test("ENI-4 the list filters by type and status in the URL", async ({ page }) => {
  await page.goto("/cn-hangzhou/network-interfaces");
  const list = page.getByRole("table", { name: L("eni.list.tableLabel") });
  await page.getByLabel(L("eni.filter.type")).selectOption(L("eni.type.Secondary"));
  await expect(page).toHaveURL(/type=Secondary/);
  await expect(rowWith(list, DEMO.web1Eni)).toHaveCount(0);
  await page.reload();
  await expectRowVisible(list, "spare-eni");
  await expect(rowWith(list, DEMO.web1Eni)).toHaveCount(0);
  await page.getByLabel(L("inst.filter.status")).selectOption(L("eni.status.Available"));
  await expect(rowWith(list, "web-1-mgmt")).toHaveCount(0);
  await expectRowVisible(list, "spare-eni");
});

test("UX-4 the network interface pages have no serious or critical axe violations", async ({ page }) => {
  await page.goto("/cn-hangzhou/network-interfaces");
  await expectRowVisible(page.getByRole("table", { name: L("eni.list.tableLabel") }), "spare-eni");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: L("eni.list.create") }).click();
  await expect(page.getByRole("dialog", { name: L("eni.create.title") })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/cn-hangzhou/network-interfaces/${DEMO.spareEni}`);
  await expect(h1(page, "spare-eni")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: L("eni.action.changeGroups") }).click();
  await expect(page.getByRole("dialog", { name: L("eni.groups.title", { name: "spare-eni" }) })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/cn-hangzhou/security-groups/${DEMO.web}/network-interfaces`);
  await expectRowVisible(page.getByRole("table", { name: L("eni.members.enisLabel") }), "spare-eni");
  expect(await seriousViolations(page)).toEqual([]);
});
