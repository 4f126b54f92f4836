import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createGroupWithRules, DEMO, setInstanceGroups } from "./compute.helpers";
import { clickRowAction, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";

const L = labels("en");
const h1 = (page: Page, text: string) => page.getByRole("heading", { level: 1, name: text });

async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("ENI-1 ENI-2 launch from the purchase page with quick setup; the SSH warning stays until the rule is restricted", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/instances");
  await expect(h1(page, L("inst.list.title"))).toBeVisible();
  const list = page.getByRole("table", { name: L("inst.list.tableLabel") });
  await expectRowVisible(list, "web-1");
  await shot(page, "en-compute-01-instance-list");
  await page.getByRole("link", { name: L("inst.list.create") }).click();
  await expect(h1(page, L("launch.title"))).toBeVisible();

  // The "Network and security group" section: a new basic group, name edited, quick setup.
  await expect(page.getByRole("radio", { name: L("launch.group.new") })).toBeChecked();
  await page.getByLabel(L("launch.group.name")).fill("e2e-launch-web-sg");
  const quick = page.getByRole("group", { name: L("launch.quick.legend") });
  await expect(quick.getByRole("checkbox", { name: "SSH (22)" })).toBeChecked();
  await quick.getByRole("checkbox", { name: "HTTP (80)" }).check();
  await quick.getByRole("checkbox", { name: "ICMP (IPv4)" }).check();
  await expect(page.getByText(L("launch.quick.warnTitle"))).toBeVisible();
  await page.getByLabel(L("launch.field.name")).fill("e2e-launch-web");
  await page.getByLabel(L("launch.field.amount")).fill("2");
  await page.getByRole("button", { name: L("tags.add") }).click();
  await page.getByLabel(L("tags.key", { n: 1 })).fill("env");
  await page.getByLabel(L("tags.value", { n: 1 })).fill("staging");
  await shot(page, "en-compute-02-launch-page");
  await page.getByRole("button", { name: L("launch.submit") }).click();

  // The result: both instances, the new group, and the warning with a link to its inbound rules.
  await expect(h1(page, L("launch.result.title"))).toBeVisible();
  const warning = page.getByText(L("inst.exposure.title", { ports: L("inst.exposure.ssh") }));
  const toRules = page.getByRole("link", { name: L("inst.exposure.link", { name: "e2e-launch-web-sg" }) });
  await expect(warning).toBeVisible();
  await expect(toRules).toBeVisible();
  await expect(page.getByRole("link", { name: "e2e-launch-web", exact: true })).toHaveCount(2);
  await shot(page, "en-compute-03-launch-result-warning");
  await page.reload();
  await expect(warning).toBeVisible();
  await expect(toRules).toBeVisible();

  // The created instance's detail shows the same warning, derived from the group's rules.
  await page.getByRole("link", { name: "e2e-launch-web", exact: true }).first().click();
  await expect(h1(page, "e2e-launch-web")).toBeVisible();
  await expect(warning).toBeVisible();
  await page.reload();
  await expect(warning).toBeVisible();
  await expect(page.locator(".summary .tag-list")).toContainText("staging");
  const merged = page.getByRole("table", { name: L("inst.rules.inboundLabel") });
  await expectRowVisible(merged, "22/22");
  await expectRowVisible(merged, "80/80");
  await shot(page, "en-compute-04-instance-detail-warning");

  // Restricting SSH on the group's page removes the warning.
  await toRules.click();
  await expect(h1(page, "e2e-launch-web-sg")).toBeVisible();
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await clickRowAction(inbound, "22/22", L("common.delete"));
  await page
    .getByRole("dialog")
    .getByRole("button", { name: L("common.delete"), exact: true })
    .click();
  await expect(rowWith(inbound, "22/22")).toHaveCount(0);
  await page.goBack();
  await expect(h1(page, "e2e-launch-web")).toBeVisible();
  await expectRowVisible(merged, "80/80");
  await expect(warning).toHaveCount(0);
  await page.reload();
  await expect(rowWith(merged, "22/22")).toHaveCount(0);
  await expect(warning).toHaveCount(0);

  // The list shows the new instances with their group and private IP.
  await page.goto("/cn-hangzhou/instances");
  await expect(rowWith(list, "e2e-launch-web")).toHaveCount(2);
  await expect(rowWith(list, "e2e-launch-web").first()).toContainText("e2e-launch-web-sg");
  await expect(rowWith(list, "e2e-launch-web").first()).toContainText(/192\.168\.1\.\d+ private/);
});

test("ENI-2 an enterprise group from the purchase page gets the console's outbound rules and the RDP warning", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/instances/launch");
  await page
    .getByLabel(L("launch.field.image"), { exact: true })
    .selectOption({ label: "Windows Server 2022 Datacenter" });
  await page.getByRole("radio", { name: new RegExp(L("sg.type.enterprise")) }).check();
  await page.getByLabel(L("launch.group.name")).fill("e2e-win-enterprise-sg");
  const quick = page.getByRole("group", { name: L("launch.quick.legend") });
  await expect(quick.getByRole("checkbox", { name: "RDP (3389)" })).toBeChecked();
  await expect(quick.getByRole("checkbox", { name: "SSH (22)" })).not.toBeChecked();
  await page.getByLabel(L("launch.field.name")).fill("e2e-win");
  await page.getByRole("button", { name: L("launch.submit") }).click();
  await expect(h1(page, L("launch.result.title"))).toBeVisible();
  await expect(page.getByText(L("inst.exposure.title", { ports: L("inst.exposure.rdp") }))).toBeVisible();
  await page.getByRole("link", { name: "e2e-win", exact: true }).click();
  await page
    .getByRole("button", { name: new RegExp(L("inst.rules.outbound", { count: 2 }).replace(/[()]/g, "\\$&")) })
    .click();
  const outbound = page.getByRole("table", { name: L("inst.rules.outboundLabel") });
  await expectRowVisible(outbound, "0.0.0.0/0");
  await expectRowVisible(outbound, "::/0");
  await expect(page).toHaveURL(/direction=egress/);
  await page.reload();
  await expectRowVisible(outbound, "::/0");
});

test("ENI-2 ENI-5 launch into existing groups: same VPC, no mixed types, shown before submitting", async ({ page }) => {
  await page.goto("/cn-hangzhou/instances/launch");
  await page.getByRole("radio", { name: L("launch.group.existing") }).check();
  const picker = page.getByRole("group", { name: L("launch.group.existingLegend") });
  await page.getByRole("button", { name: L("launch.submit") }).click();
  await expect(picker.getByText(L("eni.issue.empty"))).toBeVisible();
  await picker.getByRole("checkbox", { name: /prod-web-frontend-sg/ }).check();
  await picker.getByRole("checkbox", { name: /prod-payments-enterprise-sg/ }).check();
  await expect(picker.getByText(L("eni.issue.mixedTypes"))).toBeVisible();
  await picker.getByRole("checkbox", { name: /prod-payments-enterprise-sg/ }).uncheck();
  await picker.getByRole("checkbox", { name: /prod-mysql-db-sg/ }).check();
  await expect(picker.getByText(L("eni.issue.mixedTypes"))).toHaveCount(0);
  await expect(
    picker.getByText(L("eni.limit.rules", { used: 7, limit: 1000, target: L("launch.limit.eachInstance") })),
  ).toBeVisible();
  // Groups of another VPC are found by id and flagged next to them.
  await picker.getByLabel(L("eni.picker.search")).fill(DEMO.dev);
  await expect(picker.getByText(L("eni.candidate.otherVpc", { vpc: DEMO.devVpc, target: DEMO.prodVpc }))).toBeVisible();
  await shot(page, "en-compute-12-launch-existing-groups");
  await page.getByLabel(L("launch.field.name")).fill("e2e-existing");
  await page.getByRole("button", { name: L("launch.submit") }).click();
  await expect(h1(page, L("launch.result.title"))).toBeVisible();
  await expect(page.getByText(L("inst.exposure.title", { ports: L("inst.exposure.ssh") }))).toHaveCount(0);
  await page.getByRole("link", { name: "e2e-existing", exact: true }).click();
  const groups = page.getByRole("table", { name: L("inst.groups.tableLabel") });
  await expectRowVisible(groups, "prod-web-frontend-sg");
  await expectRowVisible(groups, "prod-mysql-db-sg");
  await page.reload();
  await expect(groups.getByRole("row")).toHaveCount(3);
});

test("ENI-1 start, stop and release an instance, each after a confirmation", async ({ page }) => {
  await page.goto(`/cn-hangzhou/instances/${DEMO.web3}/security-groups`);
  await expect(h1(page, "web-3")).toBeVisible();
  const status = page.locator(".page-title-badges");
  await expect(status).toHaveText(L("inst.status.Stopped"));
  await page.getByRole("button", { name: L("inst.action.start"), exact: true }).click();
  await page
    .getByRole("dialog", { name: L("inst.start.title", { name: "web-3" }) })
    .getByRole("button", { name: L("inst.action.start") })
    .click();
  await expect(status).toHaveText(L("inst.status.Running"));
  await page.reload();
  await expect(status).toHaveText(L("inst.status.Running"));
  await page.getByRole("button", { name: L("inst.action.stop"), exact: true }).click();
  await page
    .getByRole("dialog", { name: L("inst.stop.title", { name: "web-3" }) })
    .getByRole("button", { name: L("inst.action.stop") })
    .click();
  await expect(status).toHaveText(L("inst.status.Stopped"));
  await page.reload();
  await expect(status).toHaveText(L("inst.status.Stopped"));
  await page.getByRole("button", { name: L("inst.action.delete") }).click();
  const release = page.getByRole("dialog", { name: L("inst.delete.title", { name: "web-3" }) });
  await expect(release.getByText(L("inst.delete.body"))).toBeVisible();
  await shot(page, "en-compute-13-confirm-release");
  await release.getByRole("button", { name: L("inst.action.delete") }).click();
  await expect(h1(page, L("inst.list.title"))).toBeVisible();
  const list = page.getByRole("table", { name: L("inst.list.tableLabel") });
  await expectRowVisible(list, "web-2");
  await expect(rowWith(list, "web-3")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(list, "web-3")).toHaveCount(0);
});

test("ENI-3 add and remove a group on the instance page; merged rules in evaluation order", async ({ page }) => {
  await page.goto(`/cn-hangzhou/instances/${DEMO.web1}/security-groups`);
  await expect(h1(page, "web-1")).toBeVisible();
  const groups = page.getByRole("table", { name: L("inst.groups.tableLabel") });
  await expectRowVisible(groups, "prod-web-frontend-sg");
  await expect(groups.getByText(L("inst.groups.lastGroup"))).toBeVisible();

  await page.getByRole("button", { name: L("inst.groups.add") }).click();
  const add = page.getByRole("dialog", { name: L("inst.add.title", { name: "web-1" }) });
  await expect(add.getByRole("checkbox", { name: /prod-web-frontend-sg/ })).toBeDisabled();
  // An enterprise group cannot join basic ones: said next to it before anything is sent.
  await expect(
    add
      .getByRole("listitem")
      .filter({ hasText: "prod-payments-enterprise-sg" })
      .getByText(L("eni.candidate.otherType")),
  ).toBeVisible();
  await add.getByRole("checkbox", { name: /prod-mysql-db-sg/ }).check();
  await expect(add.getByText(L("eni.limit.rules", { used: 7, limit: 1000, target: DEMO.web1Eni }))).toBeVisible();
  await expect(add.getByText(L("eni.limit.groups", { used: 2, limit: 10 }))).toBeVisible();
  await shot(page, "en-compute-05-add-groups");
  await add.getByRole("button", { name: L("inst.add.submit"), exact: true }).click();
  await expect(add).toBeHidden();
  await expectRowVisible(groups, "prod-mysql-db-sg");
  await page.reload();
  await expectRowVisible(groups, "prod-mysql-db-sg");

  // Evaluation order over both groups: priority first, then deny before allow.
  const merged = page.getByRole("table", { name: L("inst.rules.inboundLabel") });
  const rows = merged.getByRole("row");
  await expect(rows).toHaveCount(1 + 7);
  await expect(rows.nth(1)).toContainText("121.40.10.10");
  await expect(rows.nth(3)).toContainText("3306/3306");
  await expect(rows.nth(3)).toContainText("prod-mysql-db-sg");
  await expect(rows.nth(7)).toContainText(L("rules.policy.drop"));
  await shot(page, "en-compute-06-instance-groups-merged");

  await page.getByRole("button", { name: L("inst.groups.removeLabel", { name: "prod-mysql-db-sg" }) }).click();
  const confirm = page.getByRole("dialog", { name: L("inst.leave.title", { name: "prod-mysql-db-sg" }) });
  await shot(page, "en-compute-07-confirm-remove-group");
  await confirm.getByRole("button", { name: L("inst.leave.confirm") }).click();
  await expect(rowWith(groups, "prod-mysql-db-sg")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(groups, "prod-mysql-db-sg")).toHaveCount(0);
  await expect(groups.getByText(L("inst.groups.lastGroup"))).toBeVisible();

  // The instance's network interfaces tab.
  const tabs = page.getByRole("navigation", { name: L("inst.detail.tabs") });
  await tabs.getByRole("link", { name: new RegExp(L("inst.tab.enis")) }).click();
  const enis = page.getByRole("table", { name: L("inst.enis.tableLabel") });
  await expectRowVisible(enis, DEMO.web1Eni);
  await expectRowVisible(enis, "web-1-mgmt");
  await shot(page, "en-compute-08-instance-enis");
});

test("ENI-5 an 11th group: the limit shows before submitting and the engine's error after", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(400);
  await page.goto("/cn-hangzhou/instances");
  const ten = [DEMO.db];
  for (let index = 1; index <= 9; index++) {
    ten.push(await createGroupWithRules(page, `e2e-limit-${String(index).padStart(2, "0")}-sg`));
  }
  await setInstanceGroups(page, DEMO.db1, ten);
  await page.goto(`/cn-hangzhou/instances/${DEMO.db1}/security-groups`);
  await expect(page.getByText(L("eni.limit.groups", { used: 10, limit: 10 })).first()).toBeVisible();
  await page.getByRole("button", { name: L("inst.groups.add") }).click();
  const add = page.getByRole("dialog", { name: L("inst.add.title", { name: "db-1" }) });
  await add.getByRole("checkbox", { name: /prod-redis-cache-sg/ }).check();
  const before = add.getByText(L("eni.issue.tooManyGroups", { count: 11, limit: 10 }));
  await expect(before).toBeVisible();
  await expect(add.getByText(L("eni.limit.groups", { used: 11, limit: 10 }))).toBeVisible();
  await add.getByRole("button", { name: L("inst.add.submit"), exact: true }).click();
  await expect(add.getByText("JoinedGroupLimitExceed")).toBeVisible();
  await expect(add.getByText(L("err.JoinedGroupLimitExceed"))).toBeVisible();
  await expect(before).toBeVisible();
  await shot(page, "en-compute-09-eleventh-group-error");
  await add.getByRole("button", { name: L("common.cancel") }).click();
  await page.reload();
  const groups = page.getByRole("table", { name: L("inst.groups.tableLabel") });
  await expect(groups.getByRole("row")).toHaveCount(11);
  await expect(rowWith(groups, "prod-redis-cache-sg")).toHaveCount(0);
});

test("ENI-3 an instance with 1,000 rules renders them in evaluation order in a virtualised, scrollable table", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/instances");
  const groupIds: string[] = [];
  for (let index = 1; index <= 5; index++) groupIds.push(await createGroupWithRules(page, `e2e-big-${index}-sg`, 200));
  await setInstanceGroups(page, DEMO.bastion, groupIds);
  await page.goto(`/cn-hangzhou/instances/${DEMO.bastion}/security-groups`);
  const merged = page.getByRole("table", { name: L("inst.rules.inboundLabel") });
  await expect(merged).toHaveAttribute("aria-rowcount", "1001");
  await expect(
    page.getByText(L("eni.limit.rulesNow", { used: 1000, limit: 1000, target: DEMO.bastionEni })),
  ).toBeVisible();
  const rendered = await merged.locator("tbody tr:not(.virtual-spacer)").count();
  expect(rendered).toBeLessThan(100);
  // Priority 1 holds an allow and a deny in each group: the denies come first.
  const first = merged.locator("tbody tr:not(.virtual-spacer)").first();
  await expect(first).toContainText(L("rules.policy.drop"));
  await expect(first).toContainText("1100/1100");
  await merged.evaluate((table) => {
    const wrap = table.parentElement;
    if (wrap) wrap.scrollTop = wrap.scrollHeight;
  });
  await expect(merged.locator("tbody tr:not(.virtual-spacer)").last()).toContainText("1000");
  await merged.scrollIntoViewIfNeeded();
  await shot(page, "en-compute-10-thousand-rules");
});

test("ENI-2 /instances/new opens the purchase page, as /new does in the other areas", async ({ page }) => {
  await page.goto("/cn-hangzhou/instances/new");
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances\/launch$/);
  await expect(page.getByRole("heading", { level: 1, name: L("launch.title") })).toBeVisible();
});

test("UX-4 the instance pages have no serious or critical axe violations", async ({ page }) => {
  await page.goto("/cn-hangzhou/instances");
  await expectRowVisible(page.getByRole("table", { name: L("inst.list.tableLabel") }), "web-1");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/cn-hangzhou/instances/${DEMO.web1}/security-groups`);
  await expectRowVisible(page.getByRole("table", { name: L("inst.groups.tableLabel") }), "prod-web-frontend-sg");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: L("inst.groups.add") }).click();
  await expect(page.getByRole("dialog", { name: L("inst.add.title", { name: "web-1" }) })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/cn-hangzhou/instances/launch");
  await expect(h1(page, L("launch.title"))).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("radio", { name: L("launch.group.existing") }).check();
  await expect(page.getByRole("checkbox", { name: /prod-web-frontend-sg/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/cn-hangzhou/security-groups/${DEMO.web}/instances`);
  await expectRowVisible(page.getByRole("table", { name: L("inst.members.instancesLabel") }), "web-2");
  await shot(page, "en-compute-11-group-instances-tab");
  expect(await seriousViolations(page)).toEqual([]);
});

test("UX-1 the purchase page and an instance page in Japanese", async ({ page }) => {
  const J = labels("ja");
  await page.goto("/cn-hangzhou/instances/launch");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(h1(page, J("launch.title"))).toBeVisible();
  await expect(page.getByRole("heading", { name: J("launch.section.network") })).toBeVisible();
  await shot(page, "ja-compute-02-launch-page");
  await page.goto(`/cn-hangzhou/instances/${DEMO.web1}/security-groups`);
  await expect(page.getByRole("table", { name: J("inst.rules.inboundLabel") })).toBeVisible();
  await shot(page, "ja-compute-06-instance-groups");
  await page.getByRole("button", { name: "English" }).click();
});
