import type { Page } from "@playwright/test";
import { clickRowAction, expect, expectRowVisible, labels, rowWith, shot } from "./fixtures";

/**
 * The flow, clicked as a person would, in one language: list -> create a group -> add two
 * inbound rules in one dialog -> edit one -> a bad port shows an inline error -> delete one ->
 * switch the inner policy -> try to delete a referenced group and read why -> delete a free
 * group. A reload after each step proves the change persisted (IndexedDB behind the API).
 */
export async function securityGroupFlow(page: Page, language: "en" | "ja"): Promise<void> {
  const L = labels(language);
  const name = (step: string) => `${language}-${step}`;
  const groupName = `e2e-${language}-web-sg`;
  const h1 = (text: string) => page.getByRole("heading", { level: 1, name: text });

  // 1. The list (SG-4), with a search that lives in the URL.
  await page.goto("/");
  await expect(page).toHaveURL(/\/cn-hangzhou\/security-groups$/);
  await expect(h1(L("sg.list.title"))).toBeVisible();
  const list = page.getByRole("table", { name: L("sg.list.tableLabel") });
  await expectRowVisible(list, "prod-web-frontend-sg");
  await expectRowVisible(list, "dev-sandbox-sg");
  await shot(page, name("01-group-list"));
  const search = page.getByLabel(L("sg.filter.searchText"));
  await search.fill("prod");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=prod/);
  await expect(rowWith(list, "dev-sandbox-sg")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(list, "dev-sandbox-sg")).toHaveCount(0);
  await expectRowVisible(list, "prod-mysql-db-sg");
  await shot(page, name("02-group-list-search"));
  await page.getByRole("button", { name: L("common.clearFilters") }).click();
  await expectRowVisible(list, "dev-sandbox-sg");

  // 2. Create a group (SG-1, SG-10): inline validation, then the group's page.
  await page.getByRole("link", { name: L("sg.list.create") }).click();
  const create = page.getByRole("dialog", { name: L("sg.create.title") });
  await expect(create.getByRole("table", { name: L("sg.compare.caption") })).toBeVisible();
  await expect(create.getByText(L("sg.naming.advice"))).toBeVisible();
  const nameField = create.getByLabel(L("sg.field.name"));
  await nameField.fill("9-lives");
  await nameField.blur();
  await expect(create.getByText("InvalidSecurityGroupName.Malformed")).toBeVisible();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await shot(page, name("03-create-group-invalid-name"));
  await nameField.fill(groupName);
  await create.getByLabel(L("sg.field.description")).fill("Created by the end-to-end flow");
  await expect(create.getByText("InvalidSecurityGroupName.Malformed")).toHaveCount(0);
  await create.getByRole("button", { name: L("sg.create.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/security-groups\/sg-[0-9a-z]{20}\/inbound$/);
  await expect(h1(groupName)).toBeVisible();
  await page.reload();
  await expect(h1(groupName)).toBeVisible();
  const inbound = page.getByRole("table", { name: L("rules.inboundLabel") });
  await expect(inbound.getByText(L("rules.emptyInbound"))).toBeVisible();
  await shot(page, name("04-new-group-detail"));

  // 3. Two inbound rules in one dialog (RULE-7): quick ports, the internet-exposure warning.
  await page.getByRole("button", { name: L("rules.add"), exact: true }).click();
  const add = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  await add.getByRole("button", { name: "HTTPS (443)" }).click();
  const rule1 = add.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await rule1.getByLabel(L("rules.field.source"), { exact: true }).fill("0.0.0.0/0");
  await add.getByRole("button", { name: "SSH (22)" }).click();
  const rule2 = add.getByRole("group", { name: L("rules.rowLabel", { n: 2 }) });
  await rule2.getByLabel(L("rules.field.source"), { exact: true }).fill("0.0.0.0/0");
  await expect(rule2.getByText(L("rules.warn.title"))).toBeVisible();
  await expect(rule1.getByText(L("rules.warn.title"))).toHaveCount(0);
  await shot(page, name("05-add-rules-ssh-warning"));
  await rule2.getByLabel(L("rules.field.source"), { exact: true }).fill("121.40.10.10");
  await expect(rule2.getByText(L("rules.warn.title"))).toHaveCount(0);
  await add.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(add).toBeHidden();
  await expectRowVisible(inbound, "443/443");
  await expectRowVisible(inbound, "121.40.10.10/32");
  await page.reload();
  await expectRowVisible(inbound, "443/443");
  await expectRowVisible(inbound, "121.40.10.10/32");
  await shot(page, name("06-inbound-rules"));

  // 4. Edit one in place; a bad port is refused inline, with the engine's code, before any request.
  await clickRowAction(inbound, "443/443", L("common.edit"));
  const editor = inbound.getByRole("group");
  const port = editor.getByLabel(L("rules.field.port"));
  await port.fill("99999");
  await editor.getByRole("button", { name: L("common.save") }).click();
  await expect(editor.getByText("InvalidParam.PortRange")).toBeVisible();
  await expect(port).toHaveAttribute("aria-invalid", "true");
  await shot(page, name("07-edit-rule-bad-port"));
  await port.fill("8080/8080");
  await expect(editor.getByText("InvalidParam.PortRange")).toHaveCount(0);
  await editor.getByRole("button", { name: L("common.save") }).click();
  await expect(editor).toBeHidden();
  await expectRowVisible(inbound, "8080/8080");
  await page.reload();
  await expectRowVisible(inbound, "8080/8080");
  await expect(rowWith(inbound, "443/443")).toHaveCount(0);

  // 5. Delete one rule, with confirmation.
  await clickRowAction(inbound, "22/22", L("common.delete"));
  const confirmDelete = page.getByRole("dialog", { name: /sgr-[0-9a-z]{20}/ });
  await expect(confirmDelete.getByText(L("rules.confirmDeleteBody"))).toBeVisible();
  await shot(page, name("08-confirm-delete-rule"));
  await confirmDelete.getByRole("button", { name: L("common.delete"), exact: true }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(rowWith(inbound, "22/22")).toHaveCount(0);
  await page.reload();
  await expect(rowWith(inbound, "22/22")).toHaveCount(0);
  await expectRowVisible(inbound, "8080/8080");

  // 6. Switch the inner access policy (SG-7), its consequence spelled out first.
  await page.getByRole("link", { name: L("sg.tab.details") }).click();
  const innerSwitch = page.getByRole("switch", { name: L("sg.inner.switchLabel") });
  await expect(innerSwitch).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(L("sg.inner.explainAccept"))).toBeVisible();
  await shot(page, name("09-basic-information"));
  await innerSwitch.click();
  const isolate = page.getByRole("dialog", { name: L("sg.inner.toDropTitle", { name: groupName }) });
  await expect(isolate.getByText(L("sg.inner.toDropBody"))).toBeVisible();
  await shot(page, name("10-confirm-isolate-members"));
  await isolate.getByRole("button", { name: L("sg.inner.toDropConfirm") }).click();
  await expect(innerSwitch).toHaveAttribute("aria-checked", "false");
  await page.reload();
  await expect(innerSwitch).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText(L("sg.inner.explainDrop"))).toBeVisible();

  // 7. Try to delete a referenced group (SG-6) and read why it cannot go.
  await page
    .getByRole("navigation", { name: L("nav.label") })
    .getByRole("link", { name: L("nav.securityGroups") })
    .click();
  await clickRowAction(list, "prod-web-frontend-sg", L("sg.action.delete"));
  const blocked = page.getByRole("dialog", { name: L("sg.delete.title", { name: "prod-web-frontend-sg" }) });
  await expect(blocked.getByText(L("sg.delete.irreversible"))).toBeVisible();
  await expect(blocked.getByText(L("sg.delete.referenced"))).toBeVisible();
  await expect(blocked.getByRole("link", { name: "prod-mysql-db-sg" })).toBeVisible();
  await expect(blocked.getByRole("link", { name: "prod-redis-cache-sg" })).toBeVisible();
  await expect(blocked.getByRole("button", { name: L("sg.delete.confirm"), exact: true })).toBeDisabled();
  await shot(page, name("11-delete-referenced-group"));
  await blocked.getByRole("link", { name: "prod-mysql-db-sg" }).click();
  await expect(h1("prod-mysql-db-sg")).toBeVisible();
  await expectRowVisible(inbound, "prod-web-frontend-sg");
  await page.reload();
  await expectRowVisible(inbound, "prod-web-frontend-sg");

  // 8. Delete a free group: the one created above.
  await page
    .getByRole("navigation", { name: L("nav.label") })
    .getByRole("link", { name: L("nav.securityGroups") })
    .click();
  await clickRowAction(list, groupName, L("sg.action.delete"));
  const free = page.getByRole("dialog", { name: L("sg.delete.title", { name: groupName }) });
  await expect(free.getByText(L("sg.delete.free"))).toBeVisible();
  await shot(page, name("12-delete-free-group"));
  await free.getByRole("button", { name: L("sg.delete.confirm"), exact: true }).click();
  await expect(free).toBeHidden();
  await expect(rowWith(list, groupName)).toHaveCount(0);
  await page.reload();
  await expect(rowWith(list, groupName)).toHaveCount(0);
  await expectRowVisible(list, "prod-web-frontend-sg");
}
