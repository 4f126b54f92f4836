import { DEMO } from "../src/engine/seed/demo";
import { pb } from "../src/paths";
import { callApi, expect, test } from "./fixtures";

/**
 * HARD-5: the built console is served with a strict content security policy, the mock worker
 * still answers under it, and markup typed into any free-text field is shown as text.
 */
/** Runs (sets a global) if ever parsed as HTML; short enough for a prefix-list entry (32 characters). */
const MARKUP = "<img src=x onerror=__xss=1>";

test("HARD-5 the app is served with a strict policy and works under it (the worker answers, nothing is refused)", async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto("/");
  const policy = response?.headers()["content-security-policy"] ?? "";
  for (const directive of ["script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  await expect(page.getByRole("table", { name: "Security groups" }).getByText("doc-scenario-sg")).toBeVisible();
  // Another area's chunk and its API calls load under the policy too.
  await page.getByRole("link", { name: "Prefix lists" }).click();
  await expect(page.getByRole("table").getByText("office-networks", { exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("HARD-5 markup in every free-text field the API accepts is shown as text, and never runs", async ({ page }) => {
  await page.goto("/");
  const group = (await callApi(page, "CreateSecurityGroup", {
    RegionId: "cn-hangzhou",
    VpcId: DEMO.vpc,
    SecurityGroupName: "markup-group",
    Description: MARKUP,
    "Tag.1.Key": "owner",
    "Tag.1.Value": MARKUP,
  })) as { SecurityGroupId: string };
  expect(group.SecurityGroupId).toMatch(/^sg-/);
  await callApi(page, "AuthorizeSecurityGroup", {
    RegionId: "cn-hangzhou",
    SecurityGroupId: group.SecurityGroupId,
    "Permissions.1.IpProtocol": "TCP",
    "Permissions.1.PortRange": "443/443",
    "Permissions.1.SourceCidrIp": "10.0.0.0/8",
    "Permissions.1.Description": MARKUP,
  });
  const list = (await callApi(page, "CreatePrefixList", {
    RegionId: "cn-hangzhou",
    PrefixListName: "markup-list",
    AddressFamily: "IPv4",
    MaxEntries: "5",
    Description: MARKUP,
    "Entry.1.Cidr": "10.1.0.0/16",
    "Entry.1.Description": MARKUP,
  })) as { PrefixListId: string };
  expect(list.PrefixListId).toMatch(/^pl-/);
  const eni = (await callApi(page, "CreateNetworkInterface", {
    RegionId: "cn-hangzhou",
    VSwitchId: DEMO.vswitchH,
    SecurityGroupId: group.SecurityGroupId,
    NetworkInterfaceName: "markup-eni",
    Description: MARKUP,
  })) as { NetworkInterfaceId: string };
  expect(eni.NetworkInterfaceId).toMatch(/^eni-/);

  const region = { regionId: "cn-hangzhou" };
  for (const path of [
    pb.securityGroups(region),
    pb.securityGroup({ ...region, securityGroupId: group.SecurityGroupId }, "inbound"),
    pb.securityGroup({ ...region, securityGroupId: group.SecurityGroupId }, "details"),
    pb.prefixList({ ...region, prefixListId: list.PrefixListId }),
    pb.networkInterface({ ...region, networkInterfaceId: eni.NetworkInterfaceId }),
  ]) {
    await page.goto(path);
    await expect(page.getByText(MARKUP).first(), path).toBeVisible();
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
  }
});
