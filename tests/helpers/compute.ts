import { expect } from "vitest";
import type { RequestParams } from "../../src/engine/params";
import type { TestEngine } from "./engine";

/** Helpers for the instance, ENI and membership tests (ENI-1..ENI-6). */
export const REGION = "cn-hangzhou";

export interface InstanceView {
  InstanceId: string;
  InstanceName: string;
  Status: string;
  ZoneId: string;
  InstanceType: string;
  InternetMaxBandwidthOut: number;
  SecurityGroupIds: { SecurityGroupId: string[] };
  VpcAttributes: { VpcId: string; VSwitchId: string; PrivateIpAddress: { IpAddress: string[] } };
  PublicIpAddress: { IpAddress: string[] };
  NetworkInterfaces: {
    NetworkInterface: Array<{
      NetworkInterfaceId: string;
      Type: string;
      PrimaryIpAddress: string;
      MacAddress: string;
      PrivateIpSets: { PrivateIpSet: Array<{ PrivateIpAddress: string; Primary: boolean }> };
    }>;
  };
}

export interface InstancePage {
  Instances: { Instance: InstanceView[] };
  NextToken?: string;
  TotalCount?: number;
  PageNumber?: number;
  PageSize?: number;
}

export interface EniView {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  Status: string;
  Type: string;
  VpcId: string;
  VSwitchId: string;
  ZoneId: string;
  InstanceId: string;
  PrivateIpAddress: string;
  MacAddress: string;
  SecurityGroupIds: { SecurityGroupId: string[] };
  PrivateIpSets: { PrivateIpSet: Array<{ PrivateIpAddress: string; Primary: boolean }> };
  Attachment?: { InstanceId: string; DeviceIndex: number };
}

export interface EniPage {
  NetworkInterfaceSets: { NetworkInterfaceSet: EniView[] };
  NextToken?: string;
  TotalCount?: number;
}

export async function runInstances(t: TestEngine, params: RequestParams): Promise<string[]> {
  const body = (await t.call("RunInstances", {
    RegionId: REGION,
    ImageId: "aliyun_3_x64_20G_alibase_20250629.vhd",
    InstanceType: "ecs.g7.large",
    ...params,
  })) as { InstanceIdSets: { InstanceIdSet: string[] } };
  return body.InstanceIdSets.InstanceIdSet;
}

export async function runOne(t: TestEngine, params: RequestParams): Promise<string> {
  const [id] = await runInstances(t, params);
  if (!id) throw new Error("RunInstances returned no id");
  return id;
}

export async function describeInstances(t: TestEngine, params: RequestParams = {}): Promise<InstancePage> {
  return (await t.call("DescribeInstances", { RegionId: REGION, ...params })) as unknown as InstancePage;
}

export async function instance(t: TestEngine, instanceId: string): Promise<InstanceView> {
  const page = await describeInstances(t, { InstanceIds: JSON.stringify([instanceId]) });
  const found = page.Instances.Instance[0];
  if (!found) throw new Error(`instance ${instanceId} not listed`);
  return found;
}

export async function describeEnis(t: TestEngine, params: RequestParams = {}): Promise<EniPage> {
  return (await t.call("DescribeNetworkInterfaces", { RegionId: REGION, ...params })) as unknown as EniPage;
}

export async function eni(t: TestEngine, networkInterfaceId: string): Promise<EniView | undefined> {
  const page = await describeEnis(t, { "NetworkInterfaceId.1": networkInterfaceId });
  return page.NetworkInterfaceSets.NetworkInterfaceSet[0];
}

export async function createEni(t: TestEngine, params: RequestParams): Promise<EniView> {
  return (await t.call("CreateNetworkInterface", { RegionId: REGION, ...params })) as unknown as EniView;
}

export async function createGroup(t: TestEngine, params: RequestParams): Promise<string> {
  const body = await t.call("CreateSecurityGroup", { RegionId: REGION, ...params });
  return String(body.SecurityGroupId);
}

export async function createVSwitch(t: TestEngine, params: RequestParams): Promise<string> {
  const body = await t.call("CreateVSwitch", { RegionId: REGION, ...params });
  return String(body.VSwitchId);
}

/** The group's EcsCount as DescribeSecurityGroups reports it. */
export async function ecsCount(t: TestEngine, groupId: string): Promise<number> {
  const body = (await t.call("DescribeSecurityGroups", { RegionId: REGION, SecurityGroupId: groupId })) as {
    SecurityGroups: { SecurityGroup: Array<{ EcsCount: number }> };
  };
  const group = body.SecurityGroups.SecurityGroup[0];
  if (!group) throw new Error(`group ${groupId} not listed`);
  return group.EcsCount;
}

/** Adds `count` distinct inbound rules to a group, 100 per call. */
export async function fillRules(t: TestEngine, groupId: string, count: number, start = 1): Promise<void> {
  for (let done = 0; done < count; done += 100) {
    const params: Record<string, string> = { RegionId: REGION, SecurityGroupId: groupId };
    for (let i = 0; i < Math.min(100, count - done); i++) {
      const port = start + done + i;
      params[`Permissions.${i + 1}.IpProtocol`] = "TCP";
      params[`Permissions.${i + 1}.PortRange`] = `${port}/${port}`;
      params[`Permissions.${i + 1}.SourceCidrIp`] = "10.9.9.9/32";
    }
    await t.call("AuthorizeSecurityGroup", params);
  }
}

/** Every group's EcsCount equals the ENIs that list it (membership kept in step, ENI-5). */
export async function expectEcsCountsInStep(t: TestEngine): Promise<void> {
  const tx = t.engine.db.transaction(["securityGroups", "networkInterfaces"]);
  const groups = await tx.objectStore("securityGroups").getAll();
  const index = tx.objectStore("networkInterfaces").index("bySecurityGroup");
  for (const group of groups) {
    expect(group.EcsCount, group.SecurityGroupId).toBe(await index.count(group.SecurityGroupId));
  }
}
