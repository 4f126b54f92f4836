import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { callApi, clickRowAction, expect, expectRowVisible, labels, rowWith, shot, test } from "./fixtures";

const L = labels("en");
const LEGACY_APP = "sg-t4nlegacyapp00000000";
const LEGACY_DEFAULT = "sg-bp1legacydefault0000";
const WEB = "sg-bp1web00000000000000";
const PROD_VPC = "vpc-bp1prod0000000000000";

/** Serious and critical axe violations of what is on screen (dialogs included). */
async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const inboundTable = (page: Page) => page.getByRole("table", { name: L("rules.inboundLabel") });

test("HC-1 the health check lists the planted redundant rules, explains them and deletes them one at a time", async ({
  page,
}) => {
  await page.goto(`/ap-southeast-1/security-groups/${LEGACY_APP}/inbound`);
  await expect(page.getByRole("heading", { level: 1, name: "legacy-app-sg" })).toBeVisible();
  await expect(inboundTable(page).getByRole("row")).toHaveCount(8);
  await expect(page.getByRole("button", { name: L("tools.clone") })).toBeVisible();
  await shot(page, "en-rt-00-rules-tab-tools");
  await page.getByRole("button", { name: L("tools.healthCheck") }).click();

  const dialog = page.getByRole("dialog", { name: L("hc.title", { name: "legacy-app-sg" }) });
  await expect(dialog.getByText(L("hc.found", { count: 4 }))).toBeVisible();
  await expect(dialog.getByRole("heading", { name: L("hc.section.ingress", { count: 3 }) })).toBeVisible();
  await expect(dialog.getByRole("heading", { name: L("hc.section.egress", { count: 1 }) })).toBeVisible();
  // One of each kind, each with its sentence and the rules that make it redundant.
  await expect(dialog.getByText(L("hc.explain.Duplicate"))).toBeVisible();
  await expect(dialog.getByText(L("hc.explain.Covered.Accept"))).toHaveCount(2);
  await expect(dialog.getByText(L("hc.explain.Shadowed.Accept"))).toBeVisible();
  const shadowed = dialog.getByRole("listitem").filter({ hasText: L("hc.explain.Shadowed.Accept") });
  await expect(shadowed.getByRole("row", { name: /No RDP from anywhere/ })).toContainText(L("hc.role.Shadowed"));
  await expect(shadowed.getByRole("row", { name: /RDP from the branch office/ })).toContainText(L("hc.role.rule"));
  await shot(page, "en-rt-01-health-check-findings");
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole("checkbox", { name: L("hc.selectAll", { count: 4 }) }).check();
  await dialog.getByRole("button", { name: L("hc.delete", { count: 4 }) }).click();
  await expect(dialog.getByText(L("hc.done", { deleted: 4, kept: 0, failed: 0 }))).toBeVisible();
  await expect(dialog.getByText(L("hc.none.title"))).toBeVisible();
  await shot(page, "en-rt-02-health-check-deleted");
  await dialog
    .getByRole("button", { name: L("common.close") })
    .last()
    .click();
  await expect(dialog).toBeHidden();
  await expect(inboundTable(page).getByRole("row")).toHaveCount(5);

  await page.reload();
  await expect(inboundTable(page).getByRole("row")).toHaveCount(5);
  await expect(rowWith(inboundTable(page), "SSH from the ops subnet")).toHaveCount(0);
  await expectRowVisible(inboundTable(page), "SSH from the VPC");
  await page.getByRole("button", { name: L("tools.healthCheck") }).click();
  await expect(dialog.getByText(L("hc.none.title"))).toBeVisible();
});

test("HC-1 rules that cover each other are never all deleted: the re-check keeps what is still needed", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/security-groups");
  const created = await callApi(page, "CreateSecurityGroup", {
    RegionId: "cn-hangzhou",
    VpcId: PROD_VPC,
    SecurityGroupName: "overlapping-ports-sg",
  });
  const groupId = String(created.SecurityGroupId);
  for (const [range, description] of [
    ["1/50", "low ports"],
    ["40/100", "middle ports"],
    ["1/100", "all of them"],
  ]) {
    await callApi(page, "AuthorizeSecurityGroup", {
      RegionId: "cn-hangzhou",
      SecurityGroupId: groupId,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": range ?? "",
      "Permissions.1.SourceCidrIp": "10.0.0.0/8",
      "Permissions.1.Description": description ?? "",
    });
  }
  await page.goto(`/cn-hangzhou/security-groups/${groupId}/inbound`);
  await page.getByRole("button", { name: L("tools.healthCheck") }).click();
  const dialog = page.getByRole("dialog", { name: L("hc.title", { name: "overlapping-ports-sg" }) });
  await expect(dialog.getByText(L("hc.found", { count: 3 }))).toBeVisible();
  await dialog.getByRole("checkbox", { name: L("hc.selectAll", { count: 3 }) }).check();
  await dialog.getByRole("button", { name: L("hc.delete", { count: 3 }) }).click();
  await expect(dialog.getByText(L("hc.outcome.kept"))).toBeVisible();
  await expect(dialog.getByText(L("hc.none.title"))).toBeVisible();
  await shot(page, "en-rt-03-health-check-kept");
  await dialog
    .getByRole("button", { name: L("common.close") })
    .last()
    .click();

  await page.reload();
  // Ports 1-100 stay open: either the wide rule or both halves survive.
  const ruleBoxes = inboundTable(page).getByRole("checkbox", { name: /^Select rule / });
  await expect(ruleBoxes.first()).toBeVisible();
  const left = await ruleBoxes.count();
  expect(left).toBeGreaterThanOrEqual(1);
  expect(left).toBeLessThanOrEqual(2);
});

test("CLONE-1 clone a group to another region from the list: skipped rules explained, the copy opens there", async ({
  page,
}) => {
  await page.goto("/cn-hangzhou/security-groups");
  const list = page.getByRole("table", { name: L("sg.list.tableLabel") });
  await clickRowAction(list, "prod-mysql-db-sg", L("sg.action.clone"));
  const form = page.getByRole("dialog", { name: L("clone.title") });
  await expect(form.getByLabel(L("clone.field.name"))).toHaveValue("prod-mysql-db-sg-copy");
  await form.getByLabel(L("clone.field.region")).selectOption("cn-shanghai");
  await expect(form.getByLabel(L("clone.field.vpc"))).toHaveValue("vpc-defaultcnshanghai000");
  await expect(form.getByText(/cannot exist in China \(Shanghai\)/)).toBeVisible();
  await form.getByLabel(L("clone.field.name")).fill("prod-mysql-db-shanghai-sg");
  await form.getByRole("checkbox", { name: L("clone.copyTags") }).check();
  await shot(page, "en-rt-04-clone-form");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: L("clone.submit"), exact: true }).click();

  const summary = page.getByRole("dialog", { name: L("clone.done.title") });
  await expect(summary.getByText(L("clone.skipped.title", { count: 1 }))).toBeVisible();
  await expect(summary.getByText("NotSupported.CrossRegionReference")).toBeVisible();
  await expect(summary.getByText(L("err.NotSupported.CrossRegionReference"))).toBeVisible();
  await expect(summary.getByText(L("clone.done.copied", { count: 1, total: 2 }))).toBeVisible();
  await shot(page, "en-rt-05-clone-summary");
  expect(await seriousViolations(page)).toEqual([]);
  await summary.getByRole("link", { name: L("clone.open") }).click();

  await expect(page).toHaveURL(/\/cn-shanghai\/security-groups\/sg-uf6[0-9a-z]{17}\/inbound$/);
  const h1 = page.getByRole("heading", { level: 1, name: "prod-mysql-db-shanghai-sg" });
  await expect(h1).toBeVisible();
  await page.reload();
  await expect(h1).toBeVisible();
  await expect(page.getByLabel(L("header.region"))).toHaveValue("cn-shanghai");
  await expectRowVisible(inboundTable(page), "No MySQL from anywhere else");
  await expect(inboundTable(page).getByRole("row")).toHaveCount(2);
  await page.goto("/cn-shanghai/security-groups");
  const shanghai = page.getByRole("table", { name: L("sg.list.tableLabel") });
  await expect(rowWith(shanghai, "prod-mysql-db-shanghai-sg")).toContainText("mysql");
});

test("CLONE-1 clone the legacy default group from its page: priorities above 100 become 100", async ({ page }) => {
  await page.goto(`/cn-hangzhou/security-groups/${LEGACY_DEFAULT}/inbound`);
  await page.getByRole("button", { name: L("tools.clone") }).click();
  const form = page.getByRole("dialog", { name: L("clone.title") });
  await expect(form.getByText(L("clone.legacyRules", { count: 3 }))).toBeVisible();
  const name = form.getByLabel(L("clone.field.name"));
  await name.fill("9-lives");
  await name.blur();
  await expect(form.getByText("InvalidSecurityGroupName.Malformed")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("legacy-default-modern-sg");
  await form.getByRole("button", { name: L("clone.submit"), exact: true }).click();
  const summary = page.getByRole("dialog", { name: L("clone.done.title") });
  await expect(summary.getByText(L("clone.skipped.none"))).toBeVisible();
  await summary.getByRole("link", { name: L("clone.open") }).click();
  await expect(page.getByRole("heading", { level: 1, name: "legacy-default-modern-sg" })).toBeVisible();
  await page.reload();
  const rows = inboundTable(page).getByRole("row");
  await expect(rows).toHaveCount(4);
  for (const port of ["22/22", "3389/3389", "-1/-1"]) {
    await expect(rowWith(inboundTable(page), port).getByRole("cell").nth(2)).toHaveText("100");
  }
});

test("IO-1 IO-2 export CSV and JSON, import the CSV into a new group, then files with broken rows and a broken file", async ({
  page,
}, testInfo) => {
  await page.goto(`/cn-hangzhou/security-groups/${WEB}/inbound`);
  await expectRowVisible(inboundTable(page), "Platform health checks");

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: L("tools.exportCsv") }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^ecs_sgRule_sg-bp1web00000000000000_cn-hangzhou_\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = testInfo.outputPath(csv.suggestedFilename());
  await csv.saveAs(csvPath);
  // A byte-order mark first, so Excel reads the UTF-8 (Japanese descriptions) right; import skips it.
  expect((await readFile(csvPath, "utf8")).split("\r\n")[0]).toMatch(/^\uFEFFSecurityGroupRuleId,Direction,IpProtocol/);
  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: L("tools.exportJson") }).click();
  expect((await jsonDownload).suggestedFilename()).toBe("ecs_cn-hangzhou_sg-bp1web00000000000000.json");

  // A new group, created as a person would.
  await page.goto("/cn-hangzhou/security-groups/new");
  const create = page.getByRole("dialog", { name: L("sg.create.title") });
  await create.getByLabel(L("sg.field.name")).fill("imported-web-sg");
  await create.getByRole("button", { name: L("sg.create.submit"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "imported-web-sg" })).toBeVisible();
  await expect(inboundTable(page).getByText(L("rules.emptyInbound"))).toBeVisible();

  await page.getByRole("button", { name: L("tools.import") }).click();
  const dialog = page.getByRole("dialog", { name: L("io.title", { name: "imported-web-sg" }) });
  await expect(dialog.getByText(L("io.req.count"))).toBeVisible();
  await shot(page, "en-rt-06-import-choose");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel(L("io.choose")).setInputFiles(csvPath);
  const preview = dialog.getByRole("table", { name: L("io.preview.table") });
  await expect(preview.getByRole("row")).toHaveCount(6);
  await expectRowVisible(preview, "HTTPS over IPv6");
  await shot(page, "en-rt-07-import-preview");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: L("io.submit", { count: 5 }) }).click();
  const results = dialog.getByRole("table", { name: L("io.result.table") });
  await expect(dialog.getByText(L("io.result.summary", { success: 5, failure: 0 }))).toBeVisible();
  await expect(results.getByText(L("io.result.added"))).toHaveCount(5);
  await dialog
    .getByRole("button", { name: L("common.close") })
    .last()
    .click();
  await page.reload();
  await expect(inboundTable(page).getByRole("row")).toHaveCount(6);
  await expectRowVisible(inboundTable(page), "Platform health checks");

  // A file whose rows are partly wrong: each row succeeds or fails on its own.
  const rowsWithErrors = [
    "Direction,IpProtocol,PortRange,SourceCidrIp,Policy,Priority,Description",
    "ingress,TCP,8080/8080,10.0.0.0/8,accept,1,App port",
    "ingress,TCP,99999/99999,10.0.0.0/8,accept,1,Bad port",
    "ingress,TCP,22/22,not-an-ip,accept,1,Bad address",
    "ingress,TCP,443/443,0.0.0.0/0,accept,110,Legacy priority",
    "ingress,TCP,80/80,0.0.0.0/0,accept,10,HTTP",
  ].join("\r\n");
  await page.getByRole("button", { name: L("tools.import") }).click();
  await dialog.getByLabel(L("io.choose")).setInputFiles({
    name: "rules-with-errors.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(rowsWithErrors),
  });
  await expect(preview.getByRole("row")).toHaveCount(6);
  await dialog.getByRole("button", { name: L("io.submit", { count: 5 }) }).click();
  await expect(dialog.getByText(L("io.result.summary", { success: 2, failure: 3 }))).toBeVisible();
  await expect(rowWith(results, "App port")).toContainText(L("io.result.added"));
  await expect(rowWith(results, "8080/8080").getByText(/^sgr-/)).toBeVisible();
  // HTTP 80 from anywhere is already in the group: the row succeeds and adds nothing.
  await expect(rowWith(results, /TCP 80\/80 /)).toContainText(L("io.result.present"));
  for (const [text, code] of [
    ["99999/99999", "InvalidParam.PortRange"],
    ["not-an-ip", "InvalidSourceCidrIp.Malformed"],
    ["443/443", "InvalidPriority.Malformed"],
  ] as const) {
    const row = rowWith(results, text);
    await expect(row).toContainText(L("io.result.failed"));
    await expect(row.getByText(code, { exact: true })).toBeVisible();
    await expect(row.getByText(L(`err.${code}`))).toBeVisible();
  }
  await expect(rowWith(results, "443/443")).toContainText("It must be an integer from 1 to 100.");
  await shot(page, "en-rt-08-import-results-with-errors");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog
    .getByRole("button", { name: L("common.close") })
    .last()
    .click();
  await page.reload();
  await expect(inboundTable(page).getByRole("row")).toHaveCount(7);
  await expectRowVisible(inboundTable(page), "App port");

  // A broken file, dropped on the zone: one clear error, nothing sent, nothing changed.
  await page.getByRole("button", { name: L("tools.import") }).click();
  const zone = dialog.getByRole("region", { name: L("io.dropZone") });
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["Direction,Colour\r\ningress,blue\r\n"], "colours.csv", { type: "text/csv" }));
    return transfer;
  });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  const refused = dialog.getByRole("alert");
  await expect(refused).toContainText(L("io.fileRefused", { file: "colours.csv" }));
  await expect(refused.getByText("InvalidParameter.Content")).toBeVisible();
  await expect(refused).toContainText("unknown column 'Colour' in the CSV header.");
  await expect(dialog.getByRole("button", { name: L("io.submitIdle"), exact: true })).toBeDisabled();
  await shot(page, "en-rt-09-import-broken-file");
  await dialog.getByLabel(L("io.choose")).setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not rules"),
  });
  await expect(dialog.getByRole("alert")).toContainText(L("io.unknownFormat"));
  await dialog.getByRole("button", { name: L("common.cancel") }).click();
  await page.reload();
  await expect(inboundTable(page).getByRole("row")).toHaveCount(7);
});

test("UX-1 the rule tools in Japanese: health check and import dialog", async ({ page }) => {
  const J = labels("ja");
  await page.goto(`/ap-southeast-1/security-groups/${LEGACY_APP}/inbound`);
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("button", { name: J("tools.healthCheck") }).click();
  const dialog = page.getByRole("dialog", { name: J("hc.title", { name: "legacy-app-sg" }) });
  await expect(dialog.getByText(J("hc.explain.Shadowed.Accept"))).toBeVisible();
  await shot(page, "ja-rt-01-health-check-findings");
  await dialog
    .getByRole("button", { name: J("common.close") })
    .last()
    .click();
  await page.getByRole("button", { name: J("tools.import") }).click();
  const importDialog = page.getByRole("dialog", { name: J("io.title", { name: "legacy-app-sg" }) });
  await importDialog.getByLabel(J("io.choose")).setInputFiles({
    name: "legacy.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        RegionId: "cn-hangzhou",
        Permissions: [
          { Direction: "ingress", IpProtocol: "TCP", PortRange: "8443/8443", SourceCidrIp: "10.0.0.0/8" },
          { Direction: "ingress", IpProtocol: "TCP", PortRange: "3306/3306", SourceGroupId: WEB },
        ],
      }),
    ),
  });
  await expect(importDialog.getByText(J("io.preview.otherRegion", { region: "cn-hangzhou" }))).toBeVisible();
  await importDialog.getByRole("button", { name: J("io.submit", { count: 2 }) }).click();
  await expect(importDialog.getByText(J("io.result.summary", { success: 1, failure: 1 }))).toBeVisible();
  await expect(importDialog.getByText("NotSupported.CrossRegionReference")).toBeVisible();
  await shot(page, "ja-rt-02-import-results");
});
