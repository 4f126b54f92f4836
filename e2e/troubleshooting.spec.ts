import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { callApi, expect, expectRowVisible, labels, shot, test } from "./fixtures";

const L = labels("en");
const REGION = "cn-hangzhou";
const BASTION = "i-bp1bastion0000000000";
const WEB1 = "i-bp1web10000000000000";
const DB1 = "i-bp1db100000000000000";
const WEB_GROUP = "sg-bp1web00000000000000";
const DB_GROUP = "sg-bp1db000000000000000";
const DOC_GROUP = "sg-bp1docscenario000000";
const SAMPLE_SOURCE = "203.0.113.10";

/** One check's result: the list item named by its title. */
function check(page: Page, title: string): Locator {
  return page.getByRole("listitem", { name: title, exact: true });
}

async function expectVerdict(result: Locator, verdict: "Allowed" | "Blocked"): Promise<void> {
  const key = verdict === "Allowed" ? "diag.verdict.allowed" : "diag.verdict.blocked";
  await expect(result.getByText(L(key), { exact: true }).first()).toBeVisible();
}

/** Picks an instance as a person does: narrow the list by name, then choose it. */
async function pickInstance(page: Page, name: string, id: string): Promise<void> {
  const target = page.getByRole("region", { name: L("diag.target.title") });
  await target.getByLabel(L("diag.target.filter", { what: L("diag.target.instance") })).fill(name);
  await target.getByLabel(L("diag.target.instance"), { exact: true }).selectOption(id);
  await expect(page).toHaveURL(new RegExp(`instance=${id}`));
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("DIAG-1 DIAG-3 one-click checks on bastion, the trace of a blocked SSH check, open port, green after reload", async ({
  page,
}) => {
  await page.goto(`/${REGION}/troubleshooting`);
  await expect(page.getByRole("heading", { level: 1, name: L("diag.title") })).toBeVisible();
  await expect(page.getByText(L("diag.empty.title"))).toBeVisible();
  await shot(page, "diag-01-empty");

  await pickInstance(page, "bastion", BASTION);
  const ssh = check(page, L("diag.check.ssh"));
  const titles = ["http", "https", "ssh", "rdp", "web8080", "ping"] as const;
  // All six run at once against doc-scenario-sg (SSH from 121.40.10.10 only): everything else is blocked.
  for (const id of titles) await expectVerdict(check(page, L(`diag.check.${id}`)), "Blocked");
  await expect(ssh.getByText(L("diag.detail.from", { traffic: "TCP 22", source: SAMPLE_SOURCE }))).toBeVisible();
  await expect(ssh.getByText(L("diag.reason.defaultDenyIn"))).toBeVisible();
  // DIAG-3: a blocked ping says why pings usually fail.
  await expect(check(page, L("diag.check.ping")).getByText(L("diag.guide.pingTitle"))).toBeVisible();
  await check(page, L("diag.check.ping")).scrollIntoViewIfNeeded();
  await shot(page, "diag-02-one-click-bastion");

  // The trace of the blocked SSH check: inbound at bastion's ENI, no rule matched, the notes.
  await ssh.getByRole("button", { name: L("diag.trace.toggleFor", { check: L("diag.check.ssh") }) }).click();
  const trace = ssh.getByRole("region", { name: /inbound at/i });
  await expect(trace.getByRole("heading", { level: 4 })).toContainText("eni-bp1bastion");
  await expect(trace.getByText(L("diag.hop.noMatch"))).toBeVisible();
  await expect(trace.getByRole("link", { name: "doc-scenario-sg" })).toHaveAttribute(
    "href",
    `/${REGION}/security-groups/${DOC_GROUP}/inbound`,
  );
  await expect(ssh.getByText(L("diag.note.stateful"))).toBeVisible();
  await expect(ssh.getByText(L("diag.note.outside", { address: SAMPLE_SOURCE }))).toBeVisible();
  await ssh.getByText(L("diag.note.stateful")).scrollIntoViewIfNeeded();
  await shot(page, "diag-03-ssh-trace-blocked");

  // "Open port": the rule dialog pre-filled with exactly this traffic, for doc-scenario-sg.
  await ssh.getByRole("button", { name: L("diag.openPort.labelFor", { check: L("diag.check.ssh") }) }).click();
  const dialog = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  await expect(dialog.getByText(L("diag.openPort.introTitle"))).toBeVisible();
  await expect(dialog.getByLabel(L("diag.openPort.group"))).toHaveValue(DOC_GROUP);
  const row = dialog.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await expect(row.getByLabel(L("rules.field.source"), { exact: true })).toHaveValue(`${SAMPLE_SOURCE}/32`);
  await expect(row.getByLabel(L("rules.field.port"))).toHaveValue("22/22");
  await expect(row.getByLabel(L("rules.field.protocol"))).toHaveValue("TCP");
  await expect(row.getByLabel(L("rules.field.policy"))).toHaveValue("accept");
  await expect(row.getByLabel(L("rules.field.priority"))).toHaveValue("1");
  await shot(page, "diag-04-open-port-dialog");
  await dialog.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(dialog).toBeHidden();

  // The check runs again and turns green; the trace names the new rule.
  await expectVerdict(ssh, "Allowed");
  await expect(ssh.getByText(/allows the packet at priority 1/).first()).toBeVisible();
  await expect(
    ssh.getByRole("button", { name: L("diag.openPort.labelFor", { check: L("diag.check.ssh") }) }),
  ).toHaveCount(0);
  await expectVerdict(check(page, L("diag.check.rdp")), "Blocked");
  await ssh.scrollIntoViewIfNeeded();
  await shot(page, "diag-05-ssh-green");

  await page.reload();
  await expectVerdict(check(page, L("diag.check.ssh")), "Allowed");
  await expectVerdict(check(page, L("diag.check.http")), "Blocked");
  const rdpOpen = L("diag.openPort.labelFor", { check: L("diag.check.rdp") });
  await expect(check(page, L("diag.check.rdp")).getByRole("button", { name: rdpOpen })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  // UX-4: a laptop screen keeps every control usable.
  await page.setViewportSize({ width: 1024, height: 768 });
  await check(page, L("diag.check.rdp")).scrollIntoViewIfNeeded();
  await expect(check(page, L("diag.check.rdp")).getByRole("button", { name: rdpOpen })).toBeInViewport();
  await shot(page, "diag-10-narrow");

  // The rule is in the group, with the checked address only.
  await page.goto(`/${REGION}/security-groups/${DOC_GROUP}/inbound`);
  await expectRowVisible(page.getByRole("table", { name: L("rules.inboundLabel") }), `${SAMPLE_SOURCE}/32`);
});

test("DIAG-1 the source address is editable and kept in the URL; a drop beats accept at equal priority and open port outranks it", async ({
  page,
}) => {
  await page.goto(`/${REGION}/troubleshooting?instance=${WEB1}`);
  // Prepare: a drop for one office network at HTTP's priority 10 in prod-web-frontend-sg.
  await callApi(page, "AuthorizeSecurityGroup", {
    RegionId: REGION,
    SecurityGroupId: WEB_GROUP,
    "Permissions.1.IpProtocol": "TCP",
    "Permissions.1.PortRange": "80/80",
    "Permissions.1.SourceCidrIp": "198.51.100.0/24",
    "Permissions.1.Policy": "drop",
    "Permissions.1.Priority": "10",
  });
  const http = check(page, L("diag.check.http"));
  await expectVerdict(http, "Allowed");
  await expect(http.getByText(/allows the packet at priority 10/)).toBeVisible();

  const oneClick = page.getByRole("region", { name: L("diag.oneClick.title") });
  const source = oneClick.getByLabel(L("diag.field.source"));
  await source.fill("198.51.100.7/24");
  await oneClick.getByRole("button", { name: L("diag.oneClick.run") }).click();
  await expect(oneClick.getByText(L("diag.source.invalid"))).toBeVisible();
  await source.fill("198.51.100.7");
  await oneClick.getByRole("button", { name: L("diag.oneClick.run") }).click();
  await expect(page).toHaveURL(/source=198\.51\.100\.7/);
  await expectVerdict(http, "Blocked");
  await expect(http.getByText(/^Drop beats accept at priority 10/)).toBeVisible();

  await http.getByRole("button", { name: L("diag.trace.toggleFor", { check: L("diag.check.http") }) }).click();
  const matched = http.getByRole("table");
  await expect(matched.getByRole("row")).toHaveCount(3);
  await expect(matched.getByRole("row").nth(1)).toContainText(L("diag.col.decided"));
  await expect(matched.getByRole("row").nth(1)).toContainText("198.51.100.0/24");
  await expect(matched.getByRole("row").nth(2)).toContainText(L("diag.col.outranked"));
  await http.evaluate((element) => element.scrollIntoView({ block: "start" }));
  await shot(page, "diag-06-drop-beats-accept");

  await page.reload();
  await expect(
    page.getByRole("region", { name: L("diag.oneClick.title") }).getByLabel(L("diag.field.source")),
  ).toHaveValue("198.51.100.7");
  await http.getByRole("button", { name: L("diag.openPort.labelFor", { check: L("diag.check.http") }) }).click();
  const dialog = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  const row = dialog.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await expect(row.getByLabel(L("rules.field.priority"))).toHaveValue("9");
  await expect(row.getByLabel(L("rules.field.source"), { exact: true })).toHaveValue("198.51.100.7/32");
  await expect(dialog.getByText(/this rule gets priority 9/)).toBeVisible();
  await dialog.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(dialog).toBeHidden();
  await expectVerdict(http, "Allowed");
  await page.reload();
  await expectVerdict(check(page, L("diag.check.http")), "Allowed");
  await expect(check(page, L("diag.check.http")).getByText(/allows the packet at priority 9/)).toBeVisible();
});

test("DIAG-3 after a deny-all rule the page suggests allowing 100.64.0.0/10; a custom check proves it", async ({
  page,
}) => {
  await page.goto(`/${REGION}/troubleshooting?instance=${DB1}`);
  await callApi(page, "AuthorizeSecurityGroup", {
    RegionId: REGION,
    SecurityGroupId: DB_GROUP,
    "Permissions.1.IpProtocol": "ALL",
    "Permissions.1.PortRange": "-1/-1",
    "Permissions.1.SourceCidrIp": "0.0.0.0/0",
    "Permissions.1.Policy": "drop",
    "Permissions.1.Priority": "50",
    "Permissions.1.Description": "Deny all",
  });
  await page.reload();
  const ping = check(page, L("diag.check.ping"));
  await expectVerdict(ping, "Blocked");
  await expect(ping.getByText(L("diag.guide.healthTitle"))).toBeVisible();
  await ping.getByRole("button", { name: L("diag.guide.healthButton") }).click();
  const dialog = page.getByRole("dialog", { name: L("rules.addTitle.ingress") });
  const row = dialog.getByRole("group", { name: L("rules.rowLabel", { n: 1 }) });
  await expect(row.getByLabel(L("rules.field.source"), { exact: true })).toHaveValue("100.64.0.0/10");
  await expect(row.getByLabel(L("rules.field.protocol"))).toHaveValue("ALL");
  await expect(row.getByLabel(L("rules.field.priority"))).toHaveValue("49");
  await expect(dialog.getByText(L("diag.guide.healthIntroTitle"))).toBeVisible();
  await shot(page, "diag-07-health-check-dialog");
  await dialog.getByRole("button", { name: L("rules.addSubmit") }).click();
  await expect(dialog).toBeHidden();

  // Custom check (DIAG-1): a health-check address on the MySQL port now passes.
  const custom = page.getByRole("region", { name: L("diag.custom.title") });
  await custom.getByLabel(L("diag.field.source")).fill("100.64.1.1");
  await custom.getByLabel(L("diag.field.protocol")).selectOption("TCP");
  await custom.getByLabel(L("diag.field.port")).fill("3306");
  await custom.getByRole("button", { name: L("diag.custom.run"), exact: true }).click();
  await expect(page).toHaveURL(/csource=100\.64\.1\.1/);
  const result = check(page, L("diag.custom.resultTitle", { traffic: "TCP 3306" }));
  await expectVerdict(result, "Allowed");
  await expect(result.getByText(/allows the packet at priority 49/)).toBeVisible();
  await page.reload();
  await expectVerdict(check(page, L("diag.custom.resultTitle", { traffic: "TCP 3306" })), "Allowed");
  await check(page, L("diag.custom.resultTitle", { traffic: "TCP 3306" })).scrollIntoViewIfNeeded();
  await shot(page, "diag-08-custom-check");
});

test("DIAG-1 a drop at priority 1 cannot be outranked: no open port, the page says so", async ({ page }) => {
  await page.goto(`/${REGION}/troubleshooting?instance=${BASTION}`);
  await callApi(page, "AuthorizeSecurityGroup", {
    RegionId: REGION,
    SecurityGroupId: DOC_GROUP,
    "Permissions.1.IpProtocol": "TCP",
    "Permissions.1.PortRange": "3389/3389",
    "Permissions.1.SourceCidrIp": "0.0.0.0/0",
    "Permissions.1.Policy": "drop",
    "Permissions.1.Priority": "1",
  });
  await page.reload();
  const rdp = check(page, L("diag.check.rdp"));
  await expectVerdict(rdp, "Blocked");
  await expect(rdp.getByText(L("diag.openPort.priorityOneTitle"))).toBeVisible();
  await expect(
    rdp.getByRole("button", { name: L("diag.openPort.labelFor", { check: L("diag.check.rdp") }) }),
  ).toHaveCount(0);
  await expect(rdp.getByRole("link", { name: "doc-scenario-sg" }).first()).toBeVisible();
});

test("DIAG-2 instance to instance: both hops, group-to-group authorisation and the inner policy", async ({ page }) => {
  await page.goto(`/${REGION}/troubleshooting?instance=${DB1}`);
  const peer = page.getByRole("region", { name: L("diag.peer.title") });
  await peer.getByLabel(L("diag.peer.in", { here: "db-1" })).check();
  await peer.getByLabel(L("diag.target.filter", { what: L("diag.peer.other") })).fill("web-1");
  await peer.getByLabel(L("diag.peer.other"), { exact: true }).selectOption(WEB1);
  await peer.getByLabel(L("diag.field.port")).fill("3306");
  await peer.getByRole("button", { name: L("diag.peer.run"), exact: true }).click();
  const mysql = check(page, L("diag.peer.resultTitle", { from: "web-1", to: "db-1" }));
  await expectVerdict(mysql, "Allowed");
  await mysql.getByRole("button", { name: /^Trace of/ }).click();
  await expect(mysql.getByRole("region", { name: /Step 1 of 2: outbound at/ })).toContainText(
    L("diag.reason.defaultAllow"),
  );
  const inbound = mysql.getByRole("region", { name: /Step 2 of 2: inbound at/ });
  await expect(inbound).toContainText(/allows the packet at priority 5/);
  await expect(inbound.getByRole("link", { name: "prod-web-frontend-sg" }).first()).toBeVisible();
  await inbound.scrollIntoViewIfNeeded();
  await shot(page, "diag-09-instance-to-instance");
  await page.reload();
  await expectVerdict(check(page, L("diag.peer.resultTitle", { from: "web-1", to: "db-1" })), "Allowed");

  // web-1 and web-2 share prod-web-frontend-sg, whose inner policy is Accept.
  await page.goto(
    `/${REGION}/troubleshooting?instance=${WEB1}&peer=i-bp1web20000000000000&pdir=out&pproto=TCP&pport=6379`,
  );
  const redis = check(page, L("diag.peer.resultTitle", { from: "web-1", to: "web-2" }));
  await expectVerdict(redis, "Allowed");
  await expect(redis.getByText(/may talk to each other: inner policy Accept/)).toBeVisible();
});

test("DIAG-1 the group page's Troubleshoot link opens the page with a member instance picked", async ({ page }) => {
  await page.goto(`/${REGION}/security-groups/${DOC_GROUP}/inbound`);
  await page.getByRole("link", { name: L("diag.link.troubleshoot"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/troubleshooting\\?instance=${BASTION}`));
  await expect(page.getByLabel(L("diag.target.instance"), { exact: true })).toHaveValue(BASTION);
  await expectVerdict(check(page, L("diag.check.ssh")), "Blocked");
});

test("DIAG-1 the instance page's Troubleshoot link opens the page with that instance picked", async ({ page }) => {
  await page.goto(`/${REGION}/instances/${WEB1}/security-groups`);
  await page.getByRole("link", { name: L("diag.link.troubleshoot"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/troubleshooting\\?instance=${WEB1}$`));
  await expect(page.getByLabel(L("diag.target.instance"), { exact: true })).toHaveValue(WEB1);
  await expectVerdict(check(page, L("diag.check.https")), "Allowed");
  // Its secondary network interface can be checked too (it is in the same group).
  const secondary = "eni-bp1web1mgmt000000000";
  await page.getByLabel(L("diag.target.eni"), { exact: true }).selectOption(secondary);
  await expect(page).toHaveURL(new RegExp(`eni=${secondary}`));
  await expect(page.getByText(L("diag.oneClick.intro", { eni: secondary }))).toBeVisible();
  await expectVerdict(check(page, L("diag.check.https")), "Allowed");
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("DIAG-1 UX-1 the checks and their reasons read in Japanese", async ({ page }) => {
    const J = labels("ja");
    await page.goto(`/${REGION}/troubleshooting?instance=${BASTION}`);
    await expect(page.getByRole("heading", { level: 1, name: J("diag.title") })).toBeVisible();
    const ssh = page.getByRole("listitem", { name: J("diag.check.ssh"), exact: true });
    await expect(ssh.getByText(J("diag.verdict.blocked"), { exact: true })).toBeVisible();
    await expect(ssh.getByText(J("diag.reason.defaultDenyIn"))).toBeVisible();
    await ssh.getByRole("button", { name: J("diag.trace.toggleFor", { check: J("diag.check.ssh") }) }).click();
    await expect(ssh.getByText(J("diag.note.stateful"))).toBeVisible();
    await ssh.getByText(J("diag.note.stateful")).scrollIntoViewIfNeeded();
    await shot(page, "diag-ja-01-one-click");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
