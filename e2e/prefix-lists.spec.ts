import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { callApi, clickRowAction, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";

const L = labels("en");
const REGION = "cn-hangzhou";
const WEB = "sg-bp1web00000000000000";
const OFFICE = "pl-bp1officenetworks000";
const OFFICE_V6 = "pl-bp1officenetworksv60";

const h1 = (page: Page, text: string) => page.getByRole("heading", { level: 1, name: text });
/** The entries textarea ("Entries (optional)", not "Max entries"). */
const entriesBox = (scope: Locator, label: string) => scope.getByRole("textbox", { name: new RegExp(`^${label}`) });

/** No serious or critical axe violations on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function ruleCountOf(page: Page, securityGroupId: string): Promise<number> {
  const body = await callApi(page, "DescribeSecurityGroups", { RegionId: REGION, SecurityGroupId: securityGroupId });
  const groups = (body.SecurityGroups as { SecurityGroup: Array<{ RuleCount: number }> }).SecurityGroup;
  return groups[0]?.RuleCount ?? 0;
}

test("PL-1 PL-2 PL-3 RULE-8 create by pasting, use in a rule, delete refused, remove the rule, delete", async ({
  page,
}) => {
  const listName = "e2e-partner-networks";
  const pasted = [
    "198.18.0.0/15, Partner A",
    "192.0.2.0/24 Partner B",
    "10.20.30.1/16, lab",
    "172.31.0.0/16",
    "100.64.0.0/10, carrier NAT",
  ].join("\n");

  // 1. The list (PL-3): family, entries used / max, associations.
  await page.goto(`/${REGION}/prefix-lists`);
  await expect(h1(page, L("pl.list.title"))).toBeVisible();
  const lists = page.getByRole("table", { name: L("pl.list.tableLabel") });
  await expectRowVisible(lists, "office-networks-ipv6");
  await expect(rowWith(lists, OFFICE)).toContainText("3 / 10");
  await expect(rowWith(lists, OFFICE)).toContainText("IPv4");
  await expect(rowWith(lists, OFFICE_V6)).toContainText("IPv6");
  await shot(page, "en-pl-01-list");

  // 2. Create by pasting 5 CIDRs: the one with host bits is refused inline, with the engine's code.
  await page.getByRole("link", { name: L("pl.list.create") }).click();
  const create = page.getByRole("dialog", { name: L("pl.create.title") });
  await create.getByLabel(L("pl.field.name")).fill(listName);
  await create.getByRole("textbox", { name: L("pl.field.maxEntries") }).fill("10");
  const entries = entriesBox(create, L("pl.field.entries"));
  await entries.fill(pasted);
  const checked = create.getByRole("list", { name: L("pl.check.linesLabel") });
  await expect(checked.getByRole("listitem")).toHaveCount(5);
  const bad = checked.getByRole("listitem").filter({ hasText: L("pl.check.line", { line: 3 }) });
  await expect(bad.getByText("InvalidParameter.CidrMalformed")).toBeVisible();
  await expect(
    bad.getByText(L("pl.line.hostBits", { text: "10.20.30.1/16", suggestion: "10.20.0.0/16" })),
  ).toBeVisible();
  await expect(entries).toHaveAttribute("aria-invalid", "true");
  await expect(create.getByText(L("pl.check.count", { count: 4, max: 10 }))).toBeVisible();
  await bad.scrollIntoViewIfNeeded();
  await shot(page, "en-pl-02-create-invalid-line");
  // Submitting is refused before any request; the fix is one click.
  await create.getByRole("button", { name: L("pl.create.submit"), exact: true }).click();
  await expect(create).toBeVisible();
  await bad.getByRole("button", { name: L("pl.line.useSuggestion", { suggestion: "10.20.0.0/16" }) }).click();
  await expect(create.getByText("InvalidParameter.CidrMalformed")).toHaveCount(0);
  await expect(entries).toHaveValue(/10\.20\.0\.0\/16, lab/);
  await expect(create.getByText(L("pl.check.count", { count: 5, max: 10 }))).toBeVisible();
  await create.getByRole("button", { name: L("tags.add") }).click();
  await create.getByLabel(L("tags.key", { n: 1 })).fill("owner");
  await create.getByLabel(L("tags.value", { n: 1 })).fill("netops");
  await create.getByRole("button", { name: L("pl.create.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/prefix-lists\/pl-[0-9a-z]{20}\/entries$/);
  const listUrl = page.url();
  const listId = /\/prefix-lists\/(pl-[0-9a-z]{20})\//.exec(listUrl)?.[1] ?? "";
  await expect(h1(page, listName)).toBeVisible();
  await page.reload();
  await expect(h1(page, listName)).toBeVisible();
  await expect(page.locator(".summary .tag-list")).toContainText("owner");
  await expect(page.locator(".summary .tag-list")).toContainText("netops");
  const entryTable = page.getByRole("table", { name: L("pl.entries.tableLabel") });
  await expect(entryTable.getByRole("row")).toHaveCount(6);
  await expectRowVisible(entryTable, "10.20.0.0/16");
  await expectRowVisible(entryTable, "Partner B");
  await shot(page, "en-pl-03-detail-entries");

  // 3. Use it in an inbound rule: the picker offers it with its weight; the meter counts 10.
  const before = await ruleCountOf(page, WEB);
  await page.goto(`/${REGION}/security-groups/${WEB}/inbound`);
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  await add.getByRole("button", { name: "HTTPS (443)" }).click();
  const row = add.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await row.getByLabel(L("rules.field.sourceType")).selectOption({ label: L("rules.peer.prefixList") });
  const option = L("pl.picker.option", { name: listName, family: "IPv4", weight: 10 });
  await row.getByLabel(L("rules.field.source"), { exact: true }).selectOption({ label: option });
  await expect(row.getByText(L("pl.picker.weight", { weight: 10 }))).toBeVisible();
  await expect(add.getByText(L("rules.usageAfter", { used: before + 10, limit: 200 }))).toBeVisible();
  await shot(page, "en-pl-04-rule-with-prefix-list");
  await add.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(add).toBeHidden();
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expect(rowWith(inbound, listName).getByRole("link", { name: listName })).toBeVisible();
  await page.reload();
  await expect(rowWith(inbound, listName).getByRole("link", { name: listName })).toBeVisible();
  await expect(page.getByText(L("rules.usage", { used: before + 10, limit: 200 })).first()).toBeVisible();

  // The rule links to the list, whose associations link back to the group.
  await rowWith(inbound, listName).getByRole("link", { name: listName }).click();
  await expect(h1(page, listName)).toBeVisible();
  await page.getByRole("link", { name: new RegExp(L("pl.tab.associations")) }).click();
  const associated = page.getByRole("table", { name: L("pl.assoc.tableLabel") });
  await expect(associated.getByRole("link", { name: "prod-web-frontend-sg" })).toBeVisible();
  await shot(page, "en-pl-05-associations");

  // 4. Try to delete the list and read why not.
  await page.getByRole("button", { name: L("pl.detail.delete") }).click();
  const refused = page.getByRole("dialog", { name: L("pl.delete.title", { name: listName }) });
  await expect(refused.getByText(L("pl.delete.blocked"))).toBeVisible();
  await expect(refused.getByText("NotAllowed.AssociationExist")).toBeVisible();
  await expect(refused.getByText(L("err.NotAllowed.AssociationExist"))).toBeVisible();
  await expect(refused.getByRole("link", { name: "prod-web-frontend-sg" })).toBeVisible();
  await expect(refused.getByRole("button", { name: L("pl.delete.confirm"), exact: true })).toBeDisabled();
  await shot(page, "en-pl-06-delete-refused");
  await page.reload();
  await expect(h1(page, listName)).toBeVisible();

  // 5. Remove the rule (from the group the dialog links to).
  await page.getByRole("button", { name: L("pl.detail.delete") }).click();
  await refused.getByRole("link", { name: "prod-web-frontend-sg" }).click();
  await expect(h1(page, "prod-web-frontend-sg")).toBeVisible();
  await clickRowAction(inbound, listName, L("common.delete"));
  const confirmRule = page.getByRole("dialog", { name: /sgr-[0-9a-z]{20}/ });
  await confirmRule.getByRole("button", { name: L("common.delete"), exact: true }).click();
  await expect(confirmRule).toBeHidden();
  await expect(rowWith(inbound, listName)).toHaveCount(0);
  await page.reload();
  await expect(rowWith(inbound, listName)).toHaveCount(0);
  await expect(page.getByText(L("rules.usage", { used: before, limit: 200 })).first()).toBeVisible();

  // 6. Delete the list, now free.
  await page
    .getByRole("navigation", { name: L("nav.label") })
    .getByRole("link", { name: L("nav.prefixLists") })
    .click();
  await expect(rowWith(lists, listName)).toContainText("5 / 10");
  await clickRowAction(lists, listName, L("common.delete"));
  const free = page.getByRole("dialog", { name: L("pl.delete.title", { name: listName }) });
  await expect(free.getByText(L("pl.delete.free"))).toBeVisible();
  await free.getByRole("button", { name: L("pl.delete.confirm"), exact: true }).click();
  await expect(free).toBeHidden();
  await expect(rowWith(lists, listName)).toHaveCount(0);
  await page.reload();
  await expect(rowWith(lists, listName)).toHaveCount(0);
  await expectRowVisible(lists, OFFICE);
  // Its old address now says so plainly.
  await page.goto(listUrl);
  await expect(page.getByRole("heading", { name: L("notFound.title") }).first()).toBeVisible();
  expect(listId).toMatch(/^pl-/);
});

test("PL-3 entries: add (a present CIDR changes its description), edit a description, remove; each persists", async ({
  page,
}) => {
  await page.goto(`/${REGION}/prefix-lists/${OFFICE}/entries`);
  await expect(h1(page, "office-networks")).toBeVisible();
  const table = page.getByRole("table", { name: L("pl.entries.tableLabel") });
  await expect(table.getByRole("row")).toHaveCount(4);

  // Add two lines: one new, one already there with a new description.
  await page.getByRole("button", { name: L("pl.entries.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("pl.entries.addTitle", { name: "office-networks" }) });
  await entriesBox(add, L("pl.field.entries")).fill(
    "203.0.113.0/24, Osaka office\n192.0.2.128/25 Nagoya\n192.0.2.128/25",
  );
  const checked = add.getByRole("list", { name: L("pl.check.linesLabel") });
  await expect(checked.getByRole("listitem").nth(0)).toContainText(L("pl.line.update"));
  await expect(checked.getByRole("listitem").nth(2)).toContainText("InvalidParameter.CidrDuplicated");
  await expect(add.getByText(L("pl.check.countAfter", { count: 4, max: 10 }))).toBeVisible();
  await shot(page, "en-pl-07-add-entries");
  await entriesBox(add, L("pl.field.entries")).fill("203.0.113.0/24, Osaka office\n192.0.2.128/25 Nagoya");
  await add.getByRole("button", { name: L("pl.entries.addSubmit"), exact: true }).click();
  await expect(add).toBeHidden();
  await expectRowVisible(table, "Osaka office");
  await expectRowVisible(table, "192.0.2.128/25");
  await page.reload();
  await expectRowVisible(table, "Osaka office");
  await expect(table.getByRole("row")).toHaveCount(5);

  // Edit a description in place; a description of one character is refused inline.
  await clickRowAction(table, "192.0.2.128/25", L("pl.entries.editDescription"));
  const editor = page.getByRole("form", { name: L("pl.entries.editLabel", { cidr: "192.0.2.128/25" }) });
  const description = editor.getByLabel(L("pl.entries.description"));
  await description.fill("N");
  await editor.getByRole("button", { name: L("common.save") }).click();
  await expect(editor.getByText("InvalidDescription.Malformed")).toBeVisible();
  await shot(page, "en-pl-08-edit-entry-description");
  await description.fill("Nagoya branch");
  await editor.getByRole("button", { name: L("common.save") }).click();
  await expect(editor).toBeHidden();
  await page.reload();
  await expectRowVisible(table, "Nagoya branch");

  // Remove one, with confirmation.
  await clickRowAction(table, "198.51.100.64/26", L("pl.entries.remove"));
  const confirm = page.getByRole("dialog", { name: L("pl.entries.confirmRemoveOne", { cidr: "198.51.100.64/26" }) });
  await expect(confirm.getByText(L("pl.entries.confirmRemoveUnused"))).toBeVisible();
  await confirm.getByRole("button", { name: L("pl.entries.remove"), exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(rowWith(table, "198.51.100.64/26")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(table, "198.51.100.64/26")).toHaveCount(0);
  await expect(table.getByRole("row")).toHaveCount(4);
});

test("RULE-7 PL-2 the picker offers lists of the rule's family; an outbound rule uses one as destination", async ({
  page,
}) => {
  await page.goto(`/${REGION}/security-groups/${WEB}/outbound`);
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("rules.addTitle.egress") });
  const row = add.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await row.getByLabel(L("rules.field.destinationType")).selectOption({ label: L("rules.peer.prefixList") });
  const picker = row.getByLabel(L("rules.field.destination"), { exact: true });
  const v4 = L("pl.picker.option", { name: "office-networks", family: "IPv4", weight: 10 });
  const v6 = L("pl.picker.option", { name: "office-networks-ipv6", family: "IPv6", weight: 5 });
  await expect(picker.getByRole("option", { name: v4 })).toHaveCount(1);
  await expect(picker.getByRole("option", { name: v6 })).toHaveCount(1);
  await row.getByLabel(L("rules.field.protocol")).selectOption({ label: L("rules.protocol.ICMP") });
  await expect(picker.getByRole("option", { name: v6 })).toHaveCount(0);
  await row.getByLabel(L("rules.field.protocol")).selectOption({ label: L("rules.protocol.ICMPv6") });
  await expect(picker.getByRole("option", { name: v4 })).toHaveCount(0);
  await picker.selectOption({ label: v6 });
  await add.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(add).toBeHidden();
  const outbound = page.getByRole("table", { name: L("rules.outboundLabel") });
  await expect(
    rowWith(outbound, "office-networks-ipv6").getByRole("link", { name: "office-networks-ipv6" }),
  ).toBeVisible();
  await page.reload();
  await expect(
    rowWith(outbound, "office-networks-ipv6").getByRole("link", { name: "office-networks-ipv6" }),
  ).toBeVisible();
  // Edit in place (RULE-4): it may move to another list of its own family only.
  await clickRowAction(outbound, "office-networks-ipv6", L("common.edit"));
  const editor = outbound.getByRole("group");
  const editPicker = editor.getByLabel(L("rules.field.destination"), { exact: true });
  await expect(editPicker).toHaveValue(OFFICE_V6);
  await expect(editPicker.getByRole("option", { name: v4 })).toHaveCount(0);
  await expect(editor.getByText(L("pl.picker.weight", { weight: 5 }))).toBeVisible();
  await editor.getByRole("button", { name: L("common.cancel") }).click();
  // Its list now names the group among its associations.
  await page.goto(`/${REGION}/prefix-lists`);
  const lists = page.getByRole("table", { name: L("pl.list.tableLabel") });
  await expect(
    rowWith(lists, OFFICE_V6).getByRole("link", {
      name: L("pl.associationsLink", { count: 1, name: "office-networks-ipv6" }),
    }),
  ).toBeVisible();
});

test("PL-3 UX-4 the list, create dialog and detail pages have no serious axe violations", async ({ page }) => {
  await page.goto(`/${REGION}/prefix-lists`);
  await expect(page.getByRole("table", { name: L("pl.list.tableLabel") })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/${REGION}/prefix-lists/new`);
  const create = page.getByRole("dialog", { name: L("pl.create.title") });
  await entriesBox(create, L("pl.field.entries")).fill("10.0.0.1/8\n10.1.0.0/16, branch");
  await expect(create.getByRole("list", { name: L("pl.check.linesLabel") })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/${REGION}/prefix-lists/${OFFICE}/entries`);
  await expect(page.getByRole("table", { name: L("pl.entries.tableLabel") })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/${REGION}/prefix-lists/${OFFICE}/associations`);
  await expect(page.getByRole("table", { name: L("pl.assoc.tableLabel") })).toBeVisible();
  await expectAccessible(page);
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("PL-3 UX-1 the create dialog explains a bad line and the detail page reads in Japanese", async ({ page }) => {
    const J = labels("ja");
    await page.goto(`/${REGION}/prefix-lists/new?family=IPv6`);
    const create = page.getByRole("dialog", { name: J("pl.create.title") });
    await expect(create.getByRole("radio", { name: /IPv6/ })).toBeChecked();
    await create.getByLabel(J("pl.field.name")).fill("branch-v6");
    await entriesBox(create, J("pl.field.entries")).fill("2001:db8:1::/48, 東京\n10.0.0.0/8\n2001:db8:2::/48 大阪");
    await expect(create.getByText(J("pl.line.family", { text: "10.0.0.0/8", family: "IPv6" }))).toBeVisible();
    await create.getByRole("list", { name: J("pl.check.linesLabel") }).scrollIntoViewIfNeeded();
    await shot(page, "ja-pl-01-create-invalid-line");
    await page.goto(`/${REGION}/prefix-lists/${OFFICE}/entries`);
    await expect(h1(page, "office-networks")).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(J("pl.tab.associations")) })).toBeVisible();
    await shot(page, "ja-pl-02-detail");
  });
});
