import AxeBuilder from "@axe-core/playwright";
import { callApi, clickRowAction, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";
import { securityGroupFlow } from "./security-groups.flow";

const L = labels("en");
const WEB = "sg-bp1web00000000000000";
const DEV = "sg-bp1dev00000000000000";
const PROD_VPC = "vpc-bp1prod0000000000000";

test("SG-1 SG-4 SG-6 SG-7 SG-10 RULE-7 the whole flow in English, persisting across reloads", async ({ page }) => {
  await securityGroupFlow(page, "en");
});

test("SG-2 an enterprise group created in the console gets allow-all outbound rules for IPv4 and IPv6", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/security-groups/new");
  const create = page.getByRole("dialog", { name: L("sg.create.title") });
  await create.getByRole("radio", { name: new RegExp(L("sg.type.enterprise")) }).check();
  await expect(create.getByText(L("sg.create.enterpriseNote"))).toBeVisible();
  await create.getByLabel(L("sg.field.name")).fill("prod-payments-api-sg");
  await shot(page, "en-20-create-enterprise-group");
  await create.getByRole("button", { name: L("sg.create.submit"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "prod-payments-api-sg" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(L("sg.tab.outbound")) }).click();
  const outbound = page.getByRole("table", { name: L("rules.outboundLabel") });
  await expectRowVisible(outbound, "0.0.0.0/0");
  await expectRowVisible(outbound, "::/0");
  await page.reload();
  await expectRowVisible(outbound, "0.0.0.0/0");
  await expectRowVisible(outbound, "::/0");
  await expect(outbound.getByRole("row")).toHaveCount(3);
  await shot(page, "en-21-enterprise-outbound-rules");
  // Enterprise groups: allow rules with addresses only, and members always isolated.
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("rules.addTitle.egress") });
  const kinds = add
    .getByRole("group", { name: L("rules.rowLabel", { n: 1 }) })
    .getByLabel(L("rules.field.destinationType"));
  await expect(kinds.getByRole("option", { name: L("rules.peer.group") })).toHaveCount(0);
  await add.getByRole("button", { name: L("common.cancel") }).click();
  await page.getByRole("link", { name: L("sg.tab.details") }).click();
  await expect(page.getByText(L("sg.inner.enterprise"))).toBeVisible();
});

test("SG-1 create a group with tags: each bad tag is refused next to its row; the tags show in the list after a reload", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/security-groups/new");
  const create = page.getByRole("dialog", { name: L("sg.create.title") });
  await create.getByLabel(L("sg.field.name")).fill("prod-billing-api-sg");
  await create.getByRole("button", { name: L("tags.add") }).click();
  await create.getByLabel(L("tags.key", { n: 1 })).fill("aliyun:owner");
  await create.getByLabel(L("tags.value", { n: 1 })).fill("prod");
  await expect(create.getByLabel(L("tags.key", { n: 1 }))).toHaveAttribute("aria-invalid", "true");
  await expect(create.getByText("InvalidTagKey.Malformed")).toBeVisible();
  await expect(create.getByText(L("err.InvalidTagKey.Malformed"))).toBeVisible();
  await create.getByLabel(L("tags.key", { n: 1 })).fill("env");
  await create.getByRole("button", { name: L("tags.add") }).click();
  await create.getByLabel(L("tags.key", { n: 2 })).fill("env");
  await expect(create.getByLabel(L("tags.key", { n: 2 }))).toHaveAttribute("aria-invalid", "true");
  await expect(create.getByLabel(L("tags.key", { n: 1 }))).not.toHaveAttribute("aria-invalid", "true");
  await expect(create.getByText("Duplicate.TagKey")).toBeVisible();
  await create.getByText("Duplicate.TagKey").scrollIntoViewIfNeeded();
  await shot(page, "en-44-create-with-tags-duplicate");
  const axe = await new AxeBuilder({ page }).include("dialog").analyze();
  expect(
    axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical"),
  ).toEqual([]);
  // Submitting with the error moves focus to it and sends nothing.
  await create.getByRole("button", { name: L("sg.create.submit"), exact: true }).click();
  await expect(create.getByLabel(L("tags.key", { n: 2 }))).toBeFocused();
  await create.getByLabel(L("tags.key", { n: 2 })).fill("team");
  await create.getByLabel(L("tags.value", { n: 2 })).fill("billing");
  // A third row left blank is not sent.
  await create.getByRole("button", { name: L("tags.add") }).click();
  await expect(create.getByText(L("tags.count", { used: 2, limit: 20 }))).toBeVisible();
  await create.getByRole("button", { name: L("sg.create.submit"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "prod-billing-api-sg" })).toBeVisible();
  await page.goto("/cn-hangzhou/security-groups");
  await page.reload();
  const list = page.getByRole("table", { name: L("sg.list.tableLabel") });
  const row = rowWith(list, "prod-billing-api-sg");
  await expect(row).toContainText("env");
  await expect(row).toContainText("prod");
  await expect(row).toContainText("team");
  await expect(row).toContainText("billing");
});

test("RULE-7 a server error is shown next to the field it concerns, with its code and an explanation", async ({
  page,
  errors,
}) => {
  errors.allowApiStatus(400);
  await page.goto(`/cn-hangzhou/security-groups/${WEB}/inbound`);
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  await add.getByRole("button", { name: "MySQL (3306)" }).click();
  const rule1 = add.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await rule1.getByLabel(L("rules.field.sourceType")).selectOption({ label: L("rules.peer.group") });
  // dev-sandbox-sg lives in another VPC: only the engine knows, so the request is refused.
  await rule1.getByLabel(L("rules.field.source"), { exact: true }).fill(DEV);
  await add.getByRole("button", { name: L("rules.addSubmit") }).click();
  const source = rule1.getByLabel(L("rules.field.source"), { exact: true });
  await expect(rule1.getByText("InvalidSourceGroupId.Mismatch")).toBeVisible();
  await expect(rule1.getByText(L("err.InvalidSourceGroupId.Mismatch"))).toBeVisible();
  await expect(source).toHaveAttribute("aria-invalid", "true");
  await shot(page, "en-22-server-error-next-to-field");
  // Fixing the field clears the server's error; the dialog stays usable.
  await source.fill("sg-bp1db000000000000000");
  await expect(rule1.getByText("InvalidSourceGroupId.Mismatch")).toHaveCount(0);
  await add.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(add).toBeHidden();
  await expectRowVisible(page.getByRole("table", { name: L("rules.inboundLabel") }), "prod-mysql-db-sg");
});

test("RULE-4 emptying a rule's description says it stays, as the API keeps it; the saved rule still has it", async ({
  page,
}) => {
  await page.goto(`/cn-hangzhou/security-groups/${WEB}/inbound`);
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expectRowVisible(inbound, "Platform health checks");
  await clickRowAction(inbound, "Platform health checks", L("common.edit"));
  const editor = inbound.getByRole("group");
  const note = editor.getByText(L("rules.descriptionKept", { description: "Platform health checks" }));
  await expect(note).toHaveCount(0);
  await editor.getByLabel(L("rules.field.description")).fill("");
  await expect(note).toBeVisible();
  await editor.getByRole("button", { name: L("common.save") }).click();
  await expect(editor).toBeHidden();
  await page.reload();
  await expectRowVisible(inbound, "Platform health checks");
});

test("SG-6 try force delete removes the rules that name a group, then deletes it", async ({ page }) => {
  await page.goto("/cn-hangzhou/security-groups");
  const created = await callApi(page, "CreateSecurityGroup", {
    RegionId: "cn-hangzhou",
    VpcId: PROD_VPC,
    SecurityGroupName: "stage-batch-jobs-sg",
  });
  const doomed = String(created.SecurityGroupId);
  await callApi(page, "AuthorizeSecurityGroup", {
    RegionId: "cn-hangzhou",
    SecurityGroupId: "sg-bp1db000000000000000",
    "Permissions.1.IpProtocol": "TCP",
    "Permissions.1.PortRange": "3306/3306",
    "Permissions.1.SourceGroupId": doomed,
  });
  await page.reload();
  const list = page.getByRole("table", { name: L("sg.list.tableLabel") });
  await clickRowAction(list, "stage-batch-jobs-sg", L("sg.action.delete"));
  const dialog = page.getByRole("dialog", { name: L("sg.delete.title", { name: "stage-batch-jobs-sg" }) });
  await expect(dialog.getByRole("link", { name: "prod-mysql-db-sg" })).toBeVisible();
  await expect(dialog.getByText(L("sg.delete.forceExplain", { count: 1 }))).toBeVisible();
  await expect(dialog.getByRole("button", { name: L("sg.delete.confirm"), exact: true })).toBeDisabled();
  await shot(page, "en-23-try-force-delete");
  await dialog.getByRole("button", { name: L("sg.delete.force") }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(L("sg.delete.deleted", { name: "stage-batch-jobs-sg" }))).toBeVisible();
  await expect(rowWith(list, "stage-batch-jobs-sg")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(list, "stage-batch-jobs-sg")).toHaveCount(0);
  await page.goto("/cn-hangzhou/security-groups/sg-bp1db000000000000000/inbound");
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expectRowVisible(inbound, "prod-web-frontend-sg");
  await expect(rowWith(inbound, doomed)).toHaveCount(0);
});

test("SG-6 deleting a free group from its page returns to the list", async ({ page }) => {
  await page.goto(`/cn-hangzhou/security-groups/${DEV}/inbound`);
  await page.getByRole("button", { name: L("sg.detail.delete") }).click();
  const dialog = page.getByRole("dialog", { name: L("sg.delete.title", { name: "dev-sandbox-sg" }) });
  await expect(dialog.getByText(L("sg.delete.free"))).toBeVisible();
  await dialog.getByRole("button", { name: L("sg.delete.confirm"), exact: true }).click();
  await expect(page).toHaveURL(/\/cn-hangzhou\/security-groups$/);
  const list = page.getByRole("table", { name: L("sg.list.tableLabel") });
  await expectRowVisible(list, "prod-web-frontend-sg");
  await expect(rowWith(list, "dev-sandbox-sg")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(list, "dev-sandbox-sg")).toHaveCount(0);
  // Its old address now says so plainly.
  await page.goto(`/cn-hangzhou/security-groups/${DEV}/inbound`);
  await expect(page.getByRole("heading", { name: L("notFound.title") }).first()).toBeVisible();
});

test("SG-8 a managed group is read-only and says why", async ({ page }) => {
  await page.goto("/cn-hangzhou/security-groups/sg-bp1managed0000000000/inbound");
  const service = L("sg.service.ack");
  await expect(page.getByText(L("sg.managed.title", { service }))).toBeVisible();
  await expect(page.getByText("InvalidOperation.ResourceManagedByCloudProduct")).toBeVisible();
  await expect(page.getByRole("button", { name: L("rules.add"), exact: true })).toHaveCount(0);
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expectRowVisible(inbound, "172.20.0.0/16");
  await expect(inbound.getByRole("button", { name: L("common.edit") })).toHaveCount(0);
  await shot(page, "en-24-managed-group");
  await page.getByRole("link", { name: L("sg.tab.details") }).click();
  await expect(page.getByRole("switch", { name: L("sg.inner.switchLabel") })).toBeDisabled();
  await page.getByRole("button", { name: L("sg.detail.delete") }).click();
  const dialog = page.getByRole("dialog", { name: L("sg.delete.title", { name: "ack-cluster-managed-sg" }) });
  await expect(dialog.getByText(L("sg.delete.managed", { service }))).toBeVisible();
  await expect(dialog.getByRole("button", { name: L("sg.delete.confirm"), exact: true })).toBeDisabled();
});

test("RULE-5 RULE-7 several rules are deleted at once after one confirmation", async ({ page }) => {
  await page.goto("/cn-hangzhou/security-groups/sg-bp1legacydefault0000/inbound");
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expectRowVisible(inbound, "3389/3389");
  await inbound.getByRole("checkbox", { name: L("table.selectAll") }).check();
  await page.getByRole("button", { name: L("rules.deleteSelected", { count: 3 }) }).click();
  const confirm = page.getByRole("dialog", { name: L("rules.confirmDeleteMany", { count: 3 }) });
  await confirm.getByRole("button", { name: L("common.delete"), exact: true }).click();
  await expect(inbound.getByText(L("rules.emptyInbound"))).toBeVisible();
  await page.reload();
  await expect(inbound.getByText(L("rules.emptyInbound"))).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(L("sg.tab.inbound")) })).toContainText("0");
});

test("SG-5 rename and describe a group; the new name shows everywhere and persists", async ({ page }) => {
  await page.goto(`/cn-hangzhou/security-groups/${DEV}/details`);
  await page.getByRole("button", { name: L("sg.detail.editInfo") }).click();
  const edit = page.getByRole("dialog", { name: L("sg.edit.title") });
  await edit.getByLabel(L("sg.field.name")).fill("dev-sandbox-experiments-sg");
  await edit.getByLabel(L("sg.field.description")).fill("http://not-allowed");
  await edit.getByRole("button", { name: L("common.save") }).click();
  await expect(edit.getByText("InvalidSecurityGroupDiscription.Malformed")).toBeVisible();
  await shot(page, "en-25-edit-basic-information");
  await edit.getByLabel(L("sg.field.description")).fill("Experiments; safe to break");
  await edit.getByRole("button", { name: L("common.save") }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "dev-sandbox-experiments-sg" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "dev-sandbox-experiments-sg" })).toBeVisible();
  await expect(page.getByText("Experiments; safe to break").first()).toBeVisible();
});

test("SG-4 search, filters and pagination live in the URL and survive a reload", async ({ page }) => {
  await page.goto("/cn-hangzhou/security-groups");
  for (const name of ["qa-one-sg", "qa-two-sg", "qa-three-sg"]) {
    await callApi(page, "CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: PROD_VPC, SecurityGroupName: name });
  }
  await page.goto("/cn-hangzhou/security-groups?size=10");
  const list = page.getByRole("table", { name: L("sg.list.tableLabel") });
  await expectRowVisible(list, "doc-scenario-sg");
  await expect(rowWith(list, "qa-three-sg")).toHaveCount(0);
  await page.getByRole("button", { name: L("pager.next") }).click();
  await expect(page).toHaveURL(/token=/);
  await expectRowVisible(list, "qa-three-sg");
  await expect(page.getByText(L("pager.page", { page: 2 }))).toBeVisible();
  await page.reload();
  await expectRowVisible(list, "qa-three-sg");
  await expect(rowWith(list, "doc-scenario-sg")).toHaveCount(0);
  await page.getByRole("button", { name: L("pager.previous") }).click();
  await expectRowVisible(list, "doc-scenario-sg");

  await page.getByLabel(L("sg.filter.type")).selectOption({ label: L("sg.type.enterprise") });
  await expect(page).toHaveURL(/type=enterprise/);
  await expectRowVisible(list, "prod-payments-enterprise-sg");
  await expect(list.getByRole("row")).toHaveCount(2);
  await page.getByLabel(L("sg.filter.type")).selectOption({ label: L("sg.filter.allTypes") });
  await expect(page).not.toHaveURL(/type=/);
  await page.getByLabel(L("sg.filter.vpc")).selectOption({ label: "dev-vpc (vpc-bp1dev00000000000000)" });
  await expect(page).toHaveURL(/vpc=vpc-bp1dev/);
  await page.reload();
  await expectRowVisible(list, "dev-sandbox-sg");
  await expect(list.getByRole("row")).toHaveCount(2);

  await page.getByRole("button", { name: L("common.clearFilters") }).click();
  await page.getByLabel(L("sg.filter.searchBy")).selectOption({ label: L("sg.filter.byTag") });
  await page.getByLabel(L("sg.filter.searchText")).fill("app=mysql");
  await page.getByLabel(L("sg.filter.searchText")).press("Enter");
  await expectRowVisible(list, "prod-mysql-db-sg");
  await expect(list.getByRole("row")).toHaveCount(2);
  await page.getByLabel(L("sg.filter.searchText")).fill("no-such=tag");
  await page.getByLabel(L("sg.filter.searchText")).press("Enter");
  await expect(list.getByText(L("sg.list.emptyTitle"))).toBeVisible();
  await shot(page, "en-26-list-no-match");
});

test("UX-1 the shell: region in the URL, remembered language, every area, not-found pages", async ({ page }) => {
  await page.goto("/cn-hangzhou/security-groups");
  await page.getByLabel(L("header.region")).selectOption({ label: "Japan (Tokyo)" });
  await expect(page).toHaveURL(/\/ap-northeast-1\/security-groups$/);
  await expect(page.getByText(L("sg.list.emptyRegionTitle"))).toBeVisible();
  await shot(page, "en-30-empty-region");
  await page.reload();
  await expect(page.getByLabel(L("header.region"))).toHaveValue("ap-northeast-1");

  const nav = page.getByRole("navigation", { name: L("nav.label") });
  // Every area of the side navigation opens its own page in the chosen region.
  const areas = [
    ["nav.instances", "instances"],
    ["nav.networkInterfaces", "network-interfaces"],
    ["nav.prefixLists", "prefix-lists"],
    ["nav.snapshots", "snapshots"],
    ["nav.troubleshooting", "troubleshooting"],
  ] as const;
  for (const [key, slug] of areas) {
    await nav.getByRole("link", { name: L(key) }).click();
    await expect(page).toHaveURL(new RegExp(`/ap-northeast-1/${slug}`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  await page.goto(`/cn-hangzhou/security-groups/${WEB}/instances`);
  await expect(page.getByRole("table", { name: L("inst.members.instancesLabel") })).toBeVisible();
  await shot(page, "en-32-group-instances-tab");
  const tabs = page.getByRole("navigation", { name: L("sg.detail.tabs") });
  await tabs.getByRole("link", { name: L("sg.tab.networkInterfaces") }).click();
  await expect(page.getByRole("table", { name: L("eni.members.enisLabel") })).toBeVisible();
  await tabs.getByRole("link", { name: L("sg.tab.snapshots") }).click();
  await expect(page.getByRole("table", { name: L("snap.tab.tableLabel") })).toBeVisible();
  await tabs.getByRole("link", { name: new RegExp(L("sg.tab.outbound")) }).click();
  await expect(
    page.getByRole("table", { name: L("rules.outboundLabel") }).getByText(L("rules.emptyOutbound")),
  ).toBeVisible();
  await shot(page, "en-33-group-outbound-tab");

  await page.goto("/cn-hangzhou/no-such-page");
  await expect(page.getByRole("heading", { name: L("notFound.title") }).first()).toBeVisible();
  await shot(page, "en-34-not-found");
  await page.goto("/mars-1/security-groups");
  await expect(page.getByText(L("notFound.unknownRegion", { region: "mars-1" }))).toBeVisible();

  // The language follows the browser until chosen, then the choice is remembered.
  await page.goto("/cn-hangzhou/security-groups");
  await page.getByRole("button", { name: "日本語" }).click();
  const ja = labels("ja");
  await expect(page.getByRole("heading", { level: 1, name: ja("sg.list.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: ja("sg.list.title") })).toBeVisible();
  await expect(page.getByLabel(ja("header.region"))).toContainText("中国 (杭州)");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: L("sg.list.title") })).toBeVisible();
});

test("UX-4 the list and detail pages have no serious or critical axe violations", async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  await page.goto("/cn-hangzhou/security-groups");
  await expectRowVisible(page.getByRole("table", { name: L("sg.list.tableLabel") }), "doc-scenario-sg");
  expect(await serious()).toEqual([]);
  await page.goto(`/cn-hangzhou/security-groups/${WEB}/inbound`);
  await expectRowVisible(page.getByRole("table", { name: L("rules.inboundLabel") }), "Platform health checks");
  await shot(page, "en-13-web-group-inbound-rules");
  expect(await serious()).toEqual([]);
  await page.getByRole("link", { name: L("sg.tab.details") }).click();
  await expect(page.getByRole("switch", { name: L("sg.inner.switchLabel") })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole("link", { name: new RegExp(L("sg.tab.inbound")) }).click();
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  await expect(page.getByRole("dialog", { name: L("rules.addTitle.ingress") })).toBeVisible();
  expect(await serious()).toEqual([]);
});

test("UX-4 long names keep the layout on a 1280x800 laptop screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/cn-hangzhou/security-groups");
  const longName = `prod-${"very-long-application-name-".repeat(4)}sg`.slice(0, 120);
  const created = await callApi(page, "CreateSecurityGroup", {
    RegionId: "cn-hangzhou",
    VpcId: PROD_VPC,
    SecurityGroupName: longName,
    Description: "A description that goes on and on. ".repeat(7).trim(),
    "Tag.1.Key": "a-rather-long-tag-key-for-a-cost-centre",
    "Tag.1.Value": "a-rather-long-tag-value-0123456789",
  });
  const id = String(created.SecurityGroupId);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.reload();
  await expectRowVisible(page.getByRole("table", { name: L("sg.list.tableLabel") }), longName);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(page, "en-40-long-name-list-1280");
  await page.goto(`/cn-hangzhou/security-groups/${id}/inbound`);
  await expect(page.getByRole("heading", { level: 1, name: longName })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  await expect(page.getByRole("dialog", { name: L("rules.addTitle.ingress") })).toBeVisible();
  await shot(page, "en-41-add-rules-1280");
  await page.getByRole("button", { name: L("common.cancel") }).click();
  await page.getByRole("button", { name: L("sg.detail.delete") }).click();
  await expect(page.getByRole("dialog", { name: L("sg.delete.title", { name: longName }) })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(page, "en-42-long-name-delete-1280");
  await page.goto(`/cn-hangzhou/security-groups/${WEB}/inbound`);
  await expectRowVisible(page.getByRole("table", { name: L("rules.inboundLabel") }), "Platform health checks");
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(page, "en-43-rules-1280");
});

test("SG-1 the region's group quota is shown and can be raised, as in the quota center", async ({ page }) => {
  await page.goto("/cn-hangzhou/security-groups");
  await expect(page.getByText(L("sg.list.quota", { used: 8, quota: 1000 }))).toBeVisible();
  await page.getByRole("button", { name: L("sg.quota.open") }).click();
  const drawer = page.getByRole("dialog", { name: L("sg.quota.title") });
  const value = drawer.getByLabel(L("sg.quota.value"));
  await value.fill("3");
  await drawer.getByRole("button", { name: L("common.save") }).click();
  await expect(drawer.getByText(L("sg.quota.invalid", { min: 8, max: 100000 }))).toBeVisible();
  await shot(page, "en-27-raise-quota");
  await value.fill("2500");
  await drawer.getByRole("button", { name: L("common.save") }).click();
  await expect(drawer).toHaveCount(0);
  await expect(page.getByText(L("sg.list.quota", { used: 8, quota: 2500 }))).toBeVisible();
  await page.reload();
  await expect(page.getByText(L("sg.list.quota", { used: 8, quota: 2500 }))).toBeVisible();
});
