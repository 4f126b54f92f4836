import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { callApi, clickRowAction, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";

const L = labels("en");
const REGION = "cn-hangzhou";
const WEB = "sg-bp1web00000000000000";
const DOC = "sg-bp1docscenario000000";
const DEMO_POLICY = "doc-scenario-daily-backup";
const PROD_VPC = "vpc-bp1prod0000000000000";

const h1 = (page: Page, text: string) => page.getByRole("heading", { level: 1, name: text });
const policyTable = (page: Page) => page.getByRole("table", { name: L("snap.list.tableLabel") });
const snapshotTable = (page: Page) => page.getByRole("table", { name: L("snap.tab.tableLabel") });
const inboundTable = (page: Page) => page.getByRole("table", { name: L("rules.inboundLabel") });
const groupTabs = (page: Page) => page.getByRole("navigation", { name: L("sg.detail.tabs") });

/** Opens a page; the first load starts the in-page API and seeds the demo data (slow on a busy machine). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible({ timeout: 30_000 });
}

/** Data rows of a table (the header row left out; an empty table shows one empty-state row). */
const dataRows = (table: ReturnType<Page["getByRole"]>) => table.locator("tbody tr");

test("SNAP-1 SNAP-2 SNAP-3 SNAP-4 create a policy, associate a group, change rules, fast-forward, restore", async ({
  page,
}) => {
  // 1. The Snapshots area: the demo policy and the note that OSS stores and bills the snapshots.
  await open(page, `/${REGION}/snapshots`);
  await expect(h1(page, L("snap.list.title"))).toBeVisible();
  await expect(page.getByText(L("snap.ossNote"))).toBeVisible();
  await expectRowVisible(policyTable(page), DEMO_POLICY);
  await expect(rowWith(policyTable(page), DEMO_POLICY)).toContainText(L("snap.groupsCount", { used: 1, limit: 10 }));
  await shot(page, "snapshots-01-policy-list");

  // 2. The first policy asks once for the service-linked role, then the form checks as it is typed.
  await page
    .getByRole("link", { name: L("snap.list.create") })
    .first()
    .click();
  const role = page.getByRole("dialog", { name: L("snap.role.title") });
  await expect(role.getByText("ALIYUNSECURITYGROUPSNAPSHOTROLE")).toBeVisible();
  await expect(role.getByText(L("snap.role.allowWrite"))).toBeVisible();
  await shot(page, "snapshots-02-service-linked-role");
  await role.getByRole("button", { name: L("snap.role.authorise") }).click();
  const form = page.getByRole("dialog", { name: L("snap.create.title") });
  await form.getByLabel(L("snap.field.name")).fill("web-rules-backup");
  await form.getByLabel(L("snap.field.retention")).fill("7");
  const bucket = form.getByLabel(L("snap.field.bucket"));
  await bucket.fill("My_Bucket");
  await bucket.blur();
  await expect(form.getByText("InvalidBucketName")).toBeVisible();
  await expect(bucket).toHaveAttribute("aria-invalid", "true");
  await shot(page, "snapshots-03-create-policy");
  await bucket.fill("");
  await form.getByRole("button", { name: L("common.create"), exact: true }).click();
  await expect(h1(page, "web-rules-backup")).toBeVisible();
  await expect(page).toHaveURL(/\/snapshots\/sgsp-[0-9a-z]{20}$/);
  await page.reload();
  await expect(h1(page, "web-rules-backup")).toBeVisible();
  await expect(page.getByText("7 days")).toBeVisible();
  await expect(page.getByText(`sg-snapshot-`)).toBeVisible();

  // 3. Associate a group: the count against the limit, then a snapshot is taken at once.
  await page.getByRole("button", { name: L("snap.action.associate") }).click();
  const associate = page.getByRole("dialog", { name: L("snap.associate.title", { name: "web-rules-backup" }) });
  await associate.getByLabel(L("snap.associate.search")).fill("prod-web");
  await associate.getByLabel(L("snap.associate.search")).press("Enter");
  await associate.getByRole("checkbox", { name: /prod-web-frontend-sg/ }).check();
  await expect(associate.getByText(L("snap.groupsUsed", { used: 1, limit: 10 }))).toBeVisible();
  await shot(page, "snapshots-04-associate-groups");
  await associate.getByRole("button", { name: L("snap.associate.submit"), exact: true }).click();
  await expect(associate).toBeHidden();
  const covered = page.getByRole("table", { name: L("snap.detail.groupsTable") });
  await expectRowVisible(covered, "prod-web-frontend-sg");
  await page.reload();
  await expectRowVisible(covered, "prod-web-frontend-sg");
  await expect(page.getByText(L("snap.groupsUsed", { used: 1, limit: 10 }))).toBeVisible();
  await shot(page, "snapshots-05-policy-detail");
  await clickRowAction(covered, "prod-web-frontend-sg", L("snap.action.viewSnapshots"));
  await expect(page).toHaveURL(new RegExp(`/security-groups/${WEB}/snapshots$`));
  await expect(dataRows(snapshotTable(page))).toHaveCount(1);
  await expectRowVisible(snapshotTable(page), "web-rules-backup");
  await page.reload();
  await expect(dataRows(snapshotTable(page))).toHaveCount(1);

  // 4. Change the rules: edit one rule's description, delete another.
  await groupTabs(page)
    .getByRole("link", { name: new RegExp(L("sg.tab.inbound")) })
    .click();
  await clickRowAction(inboundTable(page), "SSH from the office", L("common.edit"));
  const editor = inboundTable(page).getByRole("group");
  await editor.getByLabel(L("rules.field.description")).fill("SSH from the new office");
  await editor.getByRole("button", { name: L("common.save") }).click();
  await expect(editor).toBeHidden();
  await clickRowAction(inboundTable(page), "Platform health checks", L("common.delete"));
  const confirmDelete = page.getByRole("dialog", { name: /sgr-[0-9a-z]{20}/ });
  await confirmDelete.getByRole("button", { name: L("common.delete"), exact: true }).click();
  await expect(rowWith(inboundTable(page), "Platform health checks")).toHaveCount(0);
  await page.reload();
  await expectRowVisible(inboundTable(page), "SSH from the new office");
  await expect(rowWith(inboundTable(page), "Platform health checks")).toHaveCount(0);

  // 5. Demo controls: fast-forward 5 minutes, and the window's snapshot appears.
  await page.getByRole("switch", { name: L("clock.toggle") }).click();
  const bar = page.getByRole("region", { name: L("clock.barLabel") });
  await expect(bar.getByText(L("clock.engineTime"))).toBeVisible();
  await bar.getByRole("button", { name: L("clock.plus5min") }).click();
  await expect(bar.getByText(L("clock.ahead", { duration: L("clock.minutes", { count: 5 }) }))).toBeVisible();
  await groupTabs(page)
    .getByRole("link", { name: L("sg.tab.snapshots") })
    .click();
  await expect(dataRows(snapshotTable(page))).toHaveCount(2);
  await page.reload();
  await expect(dataRows(snapshotTable(page))).toHaveCount(2);
  await expect(bar.getByText(L("clock.ahead", { duration: L("clock.minutes", { count: 5 }) }))).toBeVisible();
  await shot(page, "snapshots-06-group-snapshots-tab");

  // 6. Restore the newest snapshot: read the comparison first.
  await dataRows(snapshotTable(page))
    .first()
    .getByRole("button", { name: L("snap.action.restore") })
    .click();
  const restore = page.getByRole("dialog", { name: L("snap.restore.title") });
  await expect(restore.getByText(L("snap.restore.irreversibleTitle"))).toBeVisible();
  const inboundTab = restore.getByRole("tab", { name: new RegExp(L("snap.diff.inbound")) });
  await expect(inboundTab).toHaveAttribute("aria-selected", "true");
  await expect(inboundTab).toContainText(L("snap.diff.changes", { count: 2 }));
  const diff = restore.getByRole("table", {
    name: L("snap.diff.tableLabel", { direction: L("snap.diff.inbound") }),
  });
  await expect(rowWith(diff, "Platform health checks")).toContainText(L("snap.diff.kind.added"));
  const changed = rowWith(diff, "SSH from the office");
  await expect(changed).toContainText(L("snap.diff.kind.changed"));
  await expect(changed).toContainText(L("snap.diff.aspect.description"));
  await expect(changed.locator("del")).toContainText("SSH from the new office");
  await expect(changed.locator("ins")).toContainText("SSH from the office");
  await expect(rowWith(diff, "HTTPS over IPv6")).toContainText(L("snap.diff.kind.unchanged"));
  await shot(page, "snapshots-07-restore-diff");
  await restore.getByRole("tab", { name: new RegExp(L("snap.diff.outbound")) }).click();
  await expect(restore.getByText(L("snap.diff.noneOutbound"))).toBeVisible();
  await restore.getByRole("tab", { name: new RegExp(L("snap.diff.inbound")) }).click();
  await restore.getByRole("button", { name: L("snap.restore.confirm"), exact: true }).click();
  await expect(restore).toBeHidden();

  // 7. The old rules are back, at once and after a reload.
  await expect(page).toHaveURL(new RegExp(`/security-groups/${WEB}/inbound$`));
  await expectRowVisible(inboundTable(page), "Platform health checks");
  await expectRowVisible(inboundTable(page), "SSH from the office");
  await expect(rowWith(inboundTable(page), "SSH from the new office")).toHaveCount(0);
  await page.reload();
  await expectRowVisible(inboundTable(page), "Platform health checks");
  await expectRowVisible(inboundTable(page), "SSH from the office");
  await expect(rowWith(inboundTable(page), "SSH from the new office")).toHaveCount(0);
  await shot(page, "snapshots-08-rules-restored");
});

test("SNAP-1 the role is asked for only once; the form refuses a bad retention and name inline", async ({ page }) => {
  await open(page, `/${REGION}/snapshots/new`);
  await page
    .getByRole("dialog", { name: L("snap.role.title") })
    .getByRole("button", { name: L("snap.role.authorise") })
    .click();
  const form = page.getByRole("dialog", { name: L("snap.create.title") });
  await expect(form).toBeVisible();
  await page.reload();
  await expect(form).toBeVisible();
  await expect(page.getByRole("dialog", { name: L("snap.role.title") })).toHaveCount(0);
  await form.getByLabel(L("snap.field.name")).fill("1-bad");
  await form.getByLabel(L("snap.field.retention")).fill("31");
  await form.getByRole("button", { name: L("common.create"), exact: true }).click();
  await expect(form.getByText("InvalidSnapshotPolicyName.Malformed")).toBeVisible();
  await expect(form.getByText("InvalidRetentionDays.Malformed")).toBeVisible();
  await form.getByLabel(L("snap.field.name")).fill("db-rules-backup");
  await form.getByLabel(L("snap.field.retention")).fill("30");
  await form.getByLabel(L("snap.field.bucket")).fill("db-rules-bucket");
  await form.getByRole("radio", { name: L("snap.status.disabled") }).check();
  await form.getByRole("button", { name: L("common.create"), exact: true }).click();
  await expect(h1(page, "db-rules-backup")).toBeVisible();
  await expect(page.getByText(L("snap.detail.disabledNote"))).toBeVisible();
  await page.reload();
  await expect(page.getByText("db-rules-bucket")).toBeVisible();
  await expect(
    page.getByRole("switch", { name: L("snap.status.switchLabel", { name: "db-rules-backup" }) }),
  ).toHaveAttribute("aria-checked", "false");
});

test("SNAP-1 disable and enable, edit and delete a policy, each persisting", async ({ page }) => {
  await open(page, `/${REGION}/snapshots`);
  const status = page.getByRole("switch", { name: L("snap.status.switchLabel", { name: DEMO_POLICY }) });
  await expect(status).toHaveAttribute("aria-checked", "true");
  await status.click();
  const disable = page.getByRole("dialog", { name: L("snap.status.disableTitle", { name: DEMO_POLICY }) });
  await expect(disable.getByText(L("snap.status.disableBody", { count: 1 }))).toBeVisible();
  await disable.getByRole("button", { name: L("snap.status.disableConfirm") }).click();
  await expect(status).toHaveAttribute("aria-checked", "false");
  await page.reload();
  await expect(status).toHaveAttribute("aria-checked", "false");
  await status.click();
  await expect(status).toHaveAttribute("aria-checked", "true");
  await page.reload();
  await expect(status).toHaveAttribute("aria-checked", "true");

  await clickRowAction(policyTable(page), DEMO_POLICY, L("common.edit"));
  const edit = page.getByRole("dialog", { name: L("snap.edit.title") });
  await expect(edit.getByLabel(L("snap.field.bucket"))).toHaveValue("doc-scenario-sg-snapshots");
  await edit.getByLabel(L("snap.field.retention")).fill("0");
  await edit.getByRole("button", { name: L("common.save") }).click();
  await expect(edit.getByText("InvalidRetentionDays.Malformed")).toBeVisible();
  await edit.getByLabel(L("snap.field.retention")).fill("14");
  await edit.getByLabel(L("snap.field.name")).fill("doc-scenario-fortnightly");
  await shot(page, "snapshots-09-edit-policy");
  await edit.getByRole("button", { name: L("common.save") }).click();
  await expect(edit).toBeHidden();
  await expect(rowWith(policyTable(page), "doc-scenario-fortnightly")).toContainText("14 days");
  await page.reload();
  await expect(rowWith(policyTable(page), "doc-scenario-fortnightly")).toContainText("14 days");

  await clickRowAction(policyTable(page), "doc-scenario-fortnightly", L("common.delete"));
  const remove = page.getByRole("dialog", { name: L("snap.delete.title", { name: "doc-scenario-fortnightly" }) });
  await expect(remove.getByText(L("snap.delete.snapshotsStay"))).toBeVisible();
  await remove.getByRole("button", { name: L("common.delete"), exact: true }).click();
  await expect(remove).toBeHidden();
  await expect(policyTable(page).getByText(L("snap.list.emptyTitle"))).toBeVisible();
  await page.reload();
  await expect(policyTable(page).getByText(L("snap.list.emptyTitle"))).toBeVisible();
  // Its snapshot stays until it expires.
  await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
  await expect(dataRows(snapshotTable(page))).toHaveCount(1);
  await expect(snapshotTable(page).getByText(L("snap.tab.policyGone"))).toBeVisible();
});

test("SNAP-2 the associate picker refuses an 11th group before any request; disassociate", async ({ page }) => {
  await open(page, `/${REGION}/snapshots`);
  const ids: string[] = [];
  for (let n = 1; n <= 10; n++) {
    const created = await callApi(page, "CreateSecurityGroup", {
      RegionId: REGION,
      VpcId: PROD_VPC,
      SecurityGroupName: `limit-${String(n).padStart(2, "0")}-sg`,
    });
    ids.push(String(created.SecurityGroupId));
  }
  const policy = await callApi(page, "CreateSecurityGroupSnapshotPolicy", {
    RegionId: REGION,
    SnapshotPolicyName: "limit-policy",
  });
  const policyId = String(policy.SnapshotPolicyId);
  await callApi(page, "AssociateSecurityGroupSnapshotPolicy", {
    RegionId: REGION,
    SnapshotPolicyId: policyId,
    ...Object.fromEntries(ids.slice(0, 9).map((id, index) => [`SecurityGroupId.${index + 1}`, id])),
  });
  await open(page, `/${REGION}/snapshots/${policyId}`);
  await expect(page.getByText(L("snap.groupsUsed", { used: 9, limit: 10 }))).toBeVisible();

  await page.getByRole("button", { name: L("snap.action.associate") }).click();
  const picker = page.getByRole("dialog", { name: L("snap.associate.title", { name: "limit-policy" }) });
  await picker.getByLabel(L("snap.associate.search")).fill("limit-");
  await picker.getByRole("button", { name: L("common.search") }).click();
  await expect(picker.getByRole("checkbox", { name: /limit-01-sg/ })).toBeDisabled();
  await expect(picker.getByRole("checkbox", { name: /limit-01-sg/ })).toBeChecked();
  await picker.getByRole("checkbox", { name: /limit-10-sg/ }).check();
  await expect(picker.getByText(L("snap.groupsUsed", { used: 10, limit: 10 }))).toBeVisible();
  await expect(picker.getByText(L("snap.associate.limitReached", { limit: 10 }))).toBeVisible();
  // Any other group can no longer be ticked.
  await picker.getByLabel(L("snap.associate.search")).fill("prod");
  await picker.getByLabel(L("snap.associate.search")).press("Enter");
  await expect(picker.getByRole("checkbox", { name: /prod-web-frontend-sg/ })).toBeDisabled();
  await shot(page, "snapshots-10-associate-limit");
  // Unticking one (from the selection) frees a place again.
  await picker.getByRole("button", { name: L("snap.associate.unpick", { name: "limit-10-sg" }) }).click();
  await expect(picker.getByRole("checkbox", { name: /prod-web-frontend-sg/ })).toBeEnabled();
  await picker.getByLabel(L("snap.associate.search")).fill("limit-10");
  await picker.getByLabel(L("snap.associate.search")).press("Enter");
  await picker.getByRole("checkbox", { name: /limit-10-sg/ }).check();
  await picker.getByRole("button", { name: L("snap.associate.submit"), exact: true }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByText(L("snap.groupsUsed", { used: 10, limit: 10 }))).toBeVisible();
  await page.reload();
  await expect(page.getByText(L("snap.groupsUsed", { used: 10, limit: 10 }))).toBeVisible();
  await page.getByRole("button", { name: L("snap.action.associate") }).click();
  await expect(picker.getByText(L("snap.associate.full", { limit: 10 }))).toBeVisible();
  await picker.getByRole("button", { name: L("common.cancel") }).click();

  // Disassociate one: 9 / 10, after a reload too.
  const covered = page.getByRole("table", { name: L("snap.detail.groupsTable") });
  await clickRowAction(covered, "limit-03-sg", L("snap.action.disassociate"));
  await page
    .getByRole("dialog", { name: L("snap.disassociate.title", { name: "limit-03-sg" }) })
    .getByRole("button", { name: L("snap.disassociate.confirm") })
    .click();
  await expect(rowWith(covered, "limit-03-sg")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(covered, "limit-03-sg")).toHaveCount(0);
  await expect(page.getByText(L("snap.groupsUsed", { used: 9, limit: 10 }))).toBeVisible();
});

test("SNAP-3 the clock control is remembered, and a day of fast-forward lets a 1-day snapshot expire", async ({
  page,
}) => {
  await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
  await expect(page.getByRole("region", { name: L("clock.barLabel") })).toHaveCount(0);
  const policy = await callApi(page, "CreateSecurityGroupSnapshotPolicy", {
    RegionId: REGION,
    SnapshotPolicyName: "one-day",
  });
  await callApi(page, "AssociateSecurityGroupSnapshotPolicy", {
    RegionId: REGION,
    SnapshotPolicyId: String(policy.SnapshotPolicyId),
    "SecurityGroupId.1": DOC,
  });
  await page.reload();
  await expect(dataRows(snapshotTable(page))).toHaveCount(2);
  await expectRowVisible(snapshotTable(page), "one-day");
  await page.getByRole("switch", { name: L("clock.toggle") }).click();
  const bar = page.getByRole("region", { name: L("clock.barLabel") });
  await page.reload();
  await expect(bar).toBeVisible();
  await expect(page.getByRole("switch", { name: L("clock.toggle") })).toHaveAttribute("aria-checked", "true");
  await bar.getByRole("button", { name: L("clock.plus1day") }).click();
  await expect(bar.getByText(L("clock.ahead", { duration: L("clock.days", { count: 1 }) }))).toBeVisible();
  await expect(rowWith(snapshotTable(page), "one-day")).toHaveCount(0);
  await expectRowVisible(snapshotTable(page), DEMO_POLICY);
  await page.reload();
  await expect(rowWith(snapshotTable(page), "one-day")).toHaveCount(0);
  await bar.getByRole("button", { name: L("clock.plus1hour") }).click();
  await expect(
    bar.getByText(L("clock.ahead", { duration: `${L("clock.days", { count: 1 })} ${L("clock.hours", { count: 1 })}` })),
  ).toBeVisible();
  await page.getByRole("switch", { name: L("clock.toggle") }).click();
  await expect(bar).toHaveCount(0);
  await page.reload();
  await expect(bar).toHaveCount(0);
});

test("SNAP-3 SNAP-4 the open snapshots tab shows a snapshot that falls due, without a reload", async ({ page }) => {
  // The page's clock is Playwright's: 5 minutes pass in a moment, timers included.
  await page.clock.install();
  await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
  await expectRowVisible(snapshotTable(page), DEMO_POLICY);
  const before = await dataRows(snapshotTable(page)).count();
  // A rule change made elsewhere (the SDK, another tab) opens the 5-minute window.
  await callApi(page, "AuthorizeSecurityGroup", {
    RegionId: REGION,
    SecurityGroupId: DOC,
    "Permissions.1.IpProtocol": "TCP",
    "Permissions.1.PortRange": "8443/8443",
    "Permissions.1.SourceCidrIp": "10.0.0.0/8",
  });
  await page.clock.fastForward("05:30");
  await expect(dataRows(snapshotTable(page))).toHaveCount(before + 1);
  await page.reload();
  await expect(dataRows(snapshotTable(page))).toHaveCount(before + 1);
});

test("SNAP-4 restoring the demo snapshot brings back the rules before the risky-site block", async ({ page }) => {
  await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
  await expectRowVisible(snapshotTable(page), DEMO_POLICY);
  await snapshotTable(page)
    .getByRole("button", { name: L("snap.action.restore") })
    .click();
  const restore = page.getByRole("dialog", { name: L("snap.restore.title") });
  const outbound = restore.getByRole("tab", { name: new RegExp(L("snap.diff.outbound")) });
  await expect(outbound).toContainText(L("snap.diff.changes", { count: 1 }));
  await outbound.click();
  await expect(outbound).toHaveAttribute("aria-selected", "true");
  const diff = restore.getByRole("table", {
    name: L("snap.diff.tableLabel", { direction: L("snap.diff.outbound") }),
  });
  await expect(rowWith(diff, "Known high-risk site")).toContainText(L("snap.diff.kind.removed"));
  await shot(page, "snapshots-11-restore-removes-outbound");
  await restore.getByRole("button", { name: L("snap.restore.confirm"), exact: true }).click();
  await expect(restore).toBeHidden();
  await groupTabs(page)
    .getByRole("link", { name: new RegExp(L("sg.tab.outbound")) })
    .click();
  const outboundRules = page.getByRole("table", { name: L("rules.outboundLabel") });
  await expect(outboundRules.getByText(L("rules.emptyOutbound"))).toBeVisible();
  await page.reload();
  await expect(outboundRules.getByText(L("rules.emptyOutbound"))).toBeVisible();
});

test("UX-4 the snapshot pages and dialogs have no serious or critical axe violations", async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  await open(page, `/${REGION}/snapshots`);
  await page.getByRole("switch", { name: L("clock.toggle") }).click();
  await expectRowVisible(policyTable(page), DEMO_POLICY);
  await expect(page.getByRole("region", { name: L("clock.barLabel") }).getByRole("time")).toBeVisible();
  expect(await serious()).toEqual([]);
  await page
    .getByRole("link", { name: L("snap.list.create") })
    .first()
    .click();
  await expect(page.getByRole("dialog", { name: L("snap.role.title") })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole("button", { name: L("snap.role.authorise") }).click();
  await expect(page.getByRole("dialog", { name: L("snap.create.title") })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole("button", { name: L("common.cancel") }).click();
  await policyTable(page).getByRole("link", { name: DEMO_POLICY }).click();
  await expect(h1(page, DEMO_POLICY)).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole("button", { name: L("snap.action.associate") }).click();
  await expect(page.getByRole("checkbox", { name: /doc-scenario-sg/ })).toBeVisible();
  expect(await serious()).toEqual([]);
  await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
  await expectRowVisible(snapshotTable(page), DEMO_POLICY);
  expect(await serious()).toEqual([]);
  await snapshotTable(page)
    .getByRole("button", { name: L("snap.action.restore") })
    .click();
  await expect(page.getByRole("tab", { name: new RegExp(L("snap.diff.inbound")) })).toBeVisible();
  expect(await serious()).toEqual([]);
});

test("UX-4 the demo bar, the snapshot tab and the restore dialog fit a 1280x800 laptop screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
  await page.getByRole("switch", { name: L("clock.toggle") }).click();
  await page
    .getByRole("region", { name: L("clock.barLabel") })
    .getByRole("button", { name: L("clock.plus1hour") })
    .click();
  await expectRowVisible(snapshotTable(page), DEMO_POLICY);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(page, "snapshots-12-group-tab-1280");
  await snapshotTable(page)
    .getByRole("button", { name: L("snap.action.restore") })
    .click();
  await expect(page.getByRole("tab", { name: new RegExp(L("snap.diff.inbound")) })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(page, "snapshots-13-restore-1280");
  await open(page, `/${REGION}/snapshots`);
  await expectRowVisible(policyTable(page), DEMO_POLICY);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(page, "snapshots-14-policy-list-1280");
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });
  const J = labels("ja");

  test("SNAP-1 SNAP-4 UX-1 the policy list and the restore comparison read in Japanese", async ({ page }) => {
    await open(page, `/${REGION}/snapshots`);
    await expect(h1(page, J("snap.list.title"))).toBeVisible();
    await expect(page.getByText(J("snap.ossNote"))).toBeVisible();
    await page.getByRole("switch", { name: J("clock.toggle") }).click();
    await shot(page, "snapshots-ja-01-policy-list");
    await open(page, `/${REGION}/security-groups/${DOC}/snapshots`);
    await page
      .getByRole("table", { name: J("snap.tab.tableLabel") })
      .getByRole("button", { name: J("snap.action.restore") })
      .click();
    const restore = page.getByRole("dialog", { name: J("snap.restore.title") });
    await expect(restore.getByText(J("snap.restore.irreversibleTitle"))).toBeVisible();
    await restore.getByRole("tab", { name: new RegExp(J("snap.diff.outbound")) }).click();
    await expect(restore.getByText(J("snap.diff.kind.removed"), { exact: true })).toBeVisible();
    await shot(page, "snapshots-ja-02-restore-diff");
  });
});
