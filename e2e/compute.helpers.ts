import type { Page } from "@playwright/test";
import { callApi, expect } from "./fixtures";

/** Fixed ids of the demo data (src/engine/seed/demo.ts: `<prefix>-<label padded to 20>`). */
export function demoId(prefix: string, label: string): string {
  return `${prefix}-${label
    .toLowerCase()
    .replace(/[^0-9a-z]/g, "")
    .padEnd(20, "0")
    .slice(0, 20)}`;
}

export const DEMO = {
  prodVpc: demoId("vpc", "bp1prod"),
  devVpc: demoId("vpc", "bp1dev"),
  dev: demoId("sg", "bp1dev"),
  web: demoId("sg", "bp1web"),
  db: demoId("sg", "bp1db"),
  cache: demoId("sg", "bp1cache"),
  web1: demoId("i", "bp1web1"),
  web1Eni: demoId("eni", "bp1web1"),
  db1: demoId("i", "bp1db1"),
  web3: demoId("i", "bp1web3stopped"),
  bastion: demoId("i", "bp1bastion"),
  bastionEni: demoId("eni", "bp1bastion"),
  spareEni: demoId("eni", "bp1spare"),
  vswitchI: demoId("vsw", "bp1prodi"),
} as const;

/** Setup shortcut: a basic group in the prod VPC, optionally with `rules` distinct inbound rules. */
export async function createGroupWithRules(page: Page, name: string, rules = 0): Promise<string> {
  const created = await callApi(page, "CreateSecurityGroup", {
    RegionId: "cn-hangzhou",
    VpcId: DEMO.prodVpc,
    SecurityGroupName: name,
  });
  const groupId = String(created.SecurityGroupId);
  expect(groupId).toMatch(/^sg-/);
  for (let start = 0; start < rules; start += 100) {
    const params: Record<string, string> = { RegionId: "cn-hangzhou", SecurityGroupId: groupId };
    // Rule k: port 1000+k, priority k%100+1; the second hundred are drops, so every priority
    // has one allow and one deny (the merged order must put the deny first).
    for (let index = 0; index < Math.min(100, rules - start); index++) {
      const ruleIndex = start + index;
      const port = 1000 + ruleIndex;
      const n = index + 1;
      params[`Permissions.${n}.IpProtocol`] = "TCP";
      params[`Permissions.${n}.PortRange`] = `${port}/${port}`;
      params[`Permissions.${n}.SourceCidrIp`] = "10.0.0.0/8";
      params[`Permissions.${n}.Priority`] = String((ruleIndex % 100) + 1);
      params[`Permissions.${n}.Policy`] = ruleIndex >= 100 ? "drop" : "accept";
    }
    const answer = await callApi(page, "AuthorizeSecurityGroup", params);
    expect(answer.Code, JSON.stringify(answer)).toBeUndefined();
  }
  return groupId;
}

/** Setup shortcut: replaces an instance's groups (ModifyInstanceAttribute). */
export async function setInstanceGroups(page: Page, instanceId: string, groupIds: readonly string[]): Promise<void> {
  const params: Record<string, string> = { RegionId: "cn-hangzhou", InstanceId: instanceId };
  groupIds.forEach((id, index) => {
    params[`SecurityGroupIds.${index + 1}`] = id;
  });
  const answer = await callApi(page, "ModifyInstanceAttribute", params);
  expect(answer.Code, JSON.stringify(answer)).toBeUndefined();
}
