import { expect, test } from "@playwright/test";

test("UX-3 a group created in one tab appears in another tab's list without a reload", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("/cn-hangzhou/security-groups");
  await second.goto("/cn-hangzhou/security-groups");
  const table = second.getByRole("table");
  await expect(table.getByText("doc-scenario-sg")).toBeVisible();
  await expect(table.getByText("cross-tab-sg")).toHaveCount(0);

  // Created through the first tab's API (the same path the console's forms take).
  const status = await first.evaluate(async () => {
    const response = await fetch("/api/ecs", {
      method: "POST",
      headers: { "x-acs-action": "CreateSecurityGroup", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        RegionId: "cn-hangzhou",
        VpcId: "vpc-bp1prod0000000000000",
        SecurityGroupName: "cross-tab-sg",
      }),
    });
    return response.status;
  });
  expect(status).toBe(200);
  await expect(table.getByText("cross-tab-sg")).toBeVisible();
});
