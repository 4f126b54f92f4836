import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_INSTANCES } from "../../src/engine/seed/demo-instances";
import { makeSdkClient, sdkError, useSdkServer } from "./helpers";

useSdkServer();
const client = makeSdkClient();
const REGION = "cn-hangzhou";

async function describeOne(instanceId: string) {
  const response = await client.describeInstances(
    new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }),
  );
  const found = response.body?.instances?.instance?.[0];
  if (!found) throw new Error(`instance ${instanceId} not found`);
  return found;
}

async function describeEni(networkInterfaceId: string) {
  const response = await client.describeNetworkInterfaces(
    new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: [networkInterfaceId] }),
  );
  return response.body?.networkInterfaceSets?.networkInterfaceSet?.[0];
}

async function ecsCount(securityGroupId: string): Promise<number | undefined> {
  const response = await client.describeSecurityGroups(
    new $Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, securityGroupId }),
  );
  return response.body?.securityGroups?.securityGroup?.[0]?.ecsCount;
}

async function newGroup(name: string): Promise<string> {
  const response = await client.createSecurityGroup(
    new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId: DEMO.vpc, securityGroupName: name }),
  );
  return String(response.body?.securityGroupId);
}

describe("API-4 official SDK: instances (ENI-1, ENI-2)", () => {
  it("API-4 ENI-1 RunInstances launches instances that DescribeInstances returns with SDK-typed fields", async () => {
    const run = await client.runInstances(
      new $Ecs.RunInstancesRequest({
        regionId: REGION,
        vSwitchId: DEMO.vswitchH,
        imageId: "aliyun_3_x64_20G_alibase_20250629.vhd",
        instanceType: "ecs.g7.large",
        instanceName: "sdk-web",
        securityGroupIds: [DEMO.web, DEMO.cache],
        internetMaxBandwidthOut: 5,
        amount: 2,
      }),
    );
    const ids = run.body?.instanceIdSets?.instanceIdSet ?? [];
    expect(ids).toHaveLength(2);
    const view = await describeOne(String(ids[0]));
    expect(view.instanceName).toBe("sdk-web");
    expect(view.status).toBe("Running");
    expect(view.securityGroupIds?.securityGroupId).toEqual([DEMO.web, DEMO.cache]);
    expect(view.internetMaxBandwidthOut).toBe(5);
    expect(view.publicIpAddress?.ipAddress?.[0]).toMatch(/^47\.96\./);
    expect(view.vpcAttributes?.vpcId).toBe(DEMO.vpc);
    expect(view.vpcAttributes?.privateIpAddress?.ipAddress).toEqual(["192.168.1.4"]);
    const primary = view.networkInterfaces?.networkInterface?.[0];
    expect(primary?.type).toBe("Primary");
    expect(primary?.privateIpSets?.privateIpSet?.[0]).toMatchObject({ privateIpAddress: "192.168.1.4", primary: true });
    expect(view.ioOptimized).toBe(true);
    expect(view.operationLocks?.lockReason).toEqual([]);
  });

  it("API-4 ENI-2 RunInstances without a group uses the system default group", async () => {
    const run = await client.runInstances(
      new $Ecs.RunInstancesRequest({
        regionId: REGION,
        vSwitchId: DEMO.vswitchI,
        imageId: "win2022_21H2_x64_dtc_en-us_40G_alibase_20250610.vhd",
        instanceType: "ecs.g7.large",
      }),
    );
    const view = await describeOne(String(run.body?.instanceIdSets?.instanceIdSet?.[0]));
    const groupId = String(view.securityGroupIds?.securityGroupId?.[0]);
    expect(view.OSType).toBe("windows");
    const group = await client.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId: groupId }),
    );
    expect(group.body?.description).toBe("System created security group.");
    expect(group.body?.permissions?.permission?.map((rule) => rule.portRange).sort()).toEqual([
      "-1/-1",
      "22/22",
      "3389/3389",
    ]);
  });

  it("API-3 ENI-1 RunInstances errors reach the SDK with their status", async () => {
    const unknown = await sdkError(
      client.runInstances(
        new $Ecs.RunInstancesRequest({
          regionId: REGION,
          vSwitchId: "vsw-nope",
          imageId: "img",
          instanceType: "ecs.g7.large",
        }),
      ),
    );
    expect([unknown.code, unknown.statusCode]).toEqual(["InvalidVSwitchId.NotFound", 404]);
    const amount = await sdkError(
      client.runInstances(
        new $Ecs.RunInstancesRequest({
          regionId: REGION,
          vSwitchId: DEMO.vswitchH,
          imageId: "img",
          instanceType: "ecs.g7.large",
          amount: 101,
        }),
      ),
    );
    expect([amount.code, amount.statusCode]).toEqual(["InvalidAmount.Malformed", 403]);
  });

  it("API-4 ENI-1 DescribeInstances filters by SecurityGroupId and pages with NextToken", async () => {
    const first = await client.describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: REGION, securityGroupId: DEMO.web, maxResults: 10 }),
    );
    const names = first.body?.instances?.instance?.map((view) => view.instanceName).sort();
    expect(names).toEqual(["web-1", "web-2", "web-3"]);
    expect(first.body?.nextToken).toBe("");
    const numbered = await client.describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: REGION, pageNumber: 1, pageSize: 2 }),
    );
    expect(numbered.body?.totalCount).toBe(5);
    expect(numbered.body?.instances?.instance).toHaveLength(2);
    const tooMany = await sdkError(
      client.describeInstances(
        new $Ecs.DescribeInstancesRequest({
          regionId: REGION,
          instanceIds: JSON.stringify(Array.from({ length: 101 }, (_, i) => `i-${i}`)),
        }),
      ),
    );
    expect([tooMany.code, tooMany.statusCode]).toEqual(["InvalidInstanceIds.Malformed", 400]);
  });

  it("API-4 ENI-1 StopInstance and StartInstance; the same state twice is IncorrectInstanceStatus 403", async () => {
    await client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: DEMO_INSTANCES.db1 }));
    expect((await describeOne(DEMO_INSTANCES.db1)).status).toBe("Stopped");
    const again = await sdkError(client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: DEMO_INSTANCES.db1 })));
    expect([again.code, again.statusCode]).toEqual(["IncorrectInstanceStatus", 403]);
    await client.startInstance(new $Ecs.StartInstanceRequest({ instanceId: DEMO_INSTANCES.db1 }));
    expect((await describeOne(DEMO_INSTANCES.db1)).status).toBe("Running");
    const running = await sdkError(
      client.startInstance(new $Ecs.StartInstanceRequest({ instanceId: DEMO_INSTANCES.db1 })),
    );
    expect([running.code, running.statusCode]).toEqual(["IncorrectInstanceStatus", 403]);
  });

  it("API-4 ENI-1 DeleteInstance needs Force for a Running instance; an unknown one is 404", async () => {
    const refused = await sdkError(
      client.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: DEMO_INSTANCES.db1 })),
    );
    expect([refused.code, refused.statusCode]).toEqual(["IncorrectInstanceStatus", 403]);
    await client.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: DEMO_INSTANCES.db1, force: true }));
    const gone = await sdkError(
      client.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: DEMO_INSTANCES.db1 })),
    );
    expect([gone.code, gone.statusCode]).toEqual(["InvalidInstanceId.NotFound", 404]);
  });
});

describe("API-4 official SDK: network interfaces (ENI-4)", () => {
  it("API-4 ENI-4 CreateNetworkInterface returns the ENI with SDK-typed fields", async () => {
    const created = await client.createNetworkInterface(
      new $Ecs.CreateNetworkInterfaceRequest({
        regionId: REGION,
        vSwitchId: DEMO.vswitchI,
        securityGroupIds: [DEMO.web, DEMO.db],
        networkInterfaceName: "sdk-eni",
        description: "Created by the SDK",
        primaryIpAddress: "192.168.2.77",
        privateIpAddress: ["192.168.2.78"],
        tag: [new $Ecs.CreateNetworkInterfaceRequestTag({ key: "team", value: "ops" })],
      }),
    );
    expect(created.body).toMatchObject({
      status: "Available",
      type: "Secondary",
      vpcId: DEMO.vpc,
      privateIpAddress: "192.168.2.77",
      networkInterfaceName: "sdk-eni",
      ownerId: "1234567890123456",
      serviceManaged: false,
    });
    expect(created.body?.securityGroupIds?.securityGroupId).toEqual([DEMO.web, DEMO.db]);
    expect(created.body?.privateIpSets?.privateIpSet?.map((set) => [set.privateIpAddress, set.primary])).toEqual([
      ["192.168.2.77", true],
      ["192.168.2.78", false],
    ]);
    expect(created.body?.tags?.tag).toEqual([expect.objectContaining({ tagKey: "team", tagValue: "ops" })]);
    const taken = await sdkError(
      client.createNetworkInterface(
        new $Ecs.CreateNetworkInterfaceRequest({
          regionId: REGION,
          vSwitchId: DEMO.vswitchI,
          securityGroupId: DEMO.web,
          primaryIpAddress: "192.168.2.77",
        }),
      ),
    );
    expect([taken.code, taken.statusCode]).toEqual(["InvalidIp.IpAssigned", 403]);
  });

  it("API-4 ENI-4 DescribeNetworkInterfaces by id and by instance, with the attachment", async () => {
    const byInstance = await client.describeNetworkInterfaces(
      new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, instanceId: DEMO_INSTANCES.web1, maxResults: 50 }),
    );
    const sets = byInstance.body?.networkInterfaceSets?.networkInterfaceSet ?? [];
    expect(sets.map((set) => set.type).sort()).toEqual(["Primary", "Secondary"]);
    const secondary = sets.find((set) => set.type === "Secondary");
    expect(secondary?.attachment).toMatchObject({ instanceId: DEMO_INSTANCES.web1, deviceIndex: 1 });
    expect(secondary?.deleteOnRelease).toBe(false);
    const spare = await describeEni(DEMO_INSTANCES.spareEni);
    expect(spare?.status).toBe("Available");
    expect(spare?.privateIpSets?.privateIpSet).toHaveLength(2);
    const bad = await sdkError(
      client.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, type: "Other" })),
    );
    expect([bad.code, bad.statusCode]).toEqual(["InvalidParameter", 400]);
  });

  it("API-4 ENI-4 ModifyNetworkInterfaceAttribute replaces a secondary ENI's groups, not a primary one's", async () => {
    await client.modifyNetworkInterfaceAttribute(
      new $Ecs.ModifyNetworkInterfaceAttributeRequest({
        regionId: REGION,
        networkInterfaceId: DEMO_INSTANCES.spareEni,
        securityGroupId: [DEMO.db, DEMO.cache],
        networkInterfaceName: "spare-renamed",
      }),
    );
    const spare = await describeEni(DEMO_INSTANCES.spareEni);
    expect(spare?.securityGroupIds?.securityGroupId).toEqual([DEMO.db, DEMO.cache]);
    expect(spare?.networkInterfaceName).toBe("spare-renamed");
    const primary = await sdkError(
      client.modifyNetworkInterfaceAttribute(
        new $Ecs.ModifyNetworkInterfaceAttributeRequest({
          regionId: REGION,
          networkInterfaceId: DEMO_INSTANCES.web1Eni,
          securityGroupId: [DEMO.db],
        }),
      ),
    );
    expect([primary.code, primary.statusCode]).toEqual([
      "InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc",
      404,
    ]);
  });

  it("API-4 ENI-4 AttachNetworkInterface and DetachNetworkInterface, with their state errors", async () => {
    await client.attachNetworkInterface(
      new $Ecs.AttachNetworkInterfaceRequest({
        regionId: REGION,
        networkInterfaceId: DEMO_INSTANCES.spareEni,
        instanceId: DEMO_INSTANCES.web2,
      }),
    );
    expect((await describeEni(DEMO_INSTANCES.spareEni))?.status).toBe("InUse");
    const twice = await sdkError(
      client.attachNetworkInterface(
        new $Ecs.AttachNetworkInterfaceRequest({
          regionId: REGION,
          networkInterfaceId: DEMO_INSTANCES.spareEni,
          instanceId: DEMO_INSTANCES.web2,
        }),
      ),
    );
    expect([twice.code, twice.statusCode]).toEqual(["InvalidOperation.InvalidEniState", 400]);
    await client.detachNetworkInterface(
      new $Ecs.DetachNetworkInterfaceRequest({
        regionId: REGION,
        networkInterfaceId: DEMO_INSTANCES.spareEni,
        instanceId: DEMO_INSTANCES.web2,
      }),
    );
    expect((await describeEni(DEMO_INSTANCES.spareEni))?.status).toBe("Available");
    const primary = await sdkError(
      client.detachNetworkInterface(
        new $Ecs.DetachNetworkInterfaceRequest({
          regionId: REGION,
          networkInterfaceId: DEMO_INSTANCES.web2Eni,
          instanceId: DEMO_INSTANCES.web2,
        }),
      ),
    );
    expect([primary.code, primary.statusCode]).toEqual(["InvalidOperation.DetachPrimaryEniNotAllowed", 400]);
  });

  it("API-4 ENI-4 one ENI past the instance type's limit is EniPerInstanceLimitExceeded 403 through the SDK", async () => {
    const attach = (networkInterfaceId: string) =>
      client.attachNetworkInterface(
        new $Ecs.AttachNetworkInterfaceRequest({
          regionId: REGION,
          networkInterfaceId,
          instanceId: DEMO_INSTANCES.web2,
        }),
      );
    const created: string[] = [];
    for (const name of ["sdk-eni-a", "sdk-eni-b"]) {
      const response = await client.createNetworkInterface(
        new $Ecs.CreateNetworkInterfaceRequest({
          regionId: REGION,
          vSwitchId: DEMO.vswitchI,
          securityGroupId: DEMO.web,
          networkInterfaceName: name,
        }),
      );
      created.push(String(response.body?.networkInterfaceId));
    }
    // web-2 is an ecs.g7.large (3 ENIs): its primary, the spare one, then one more.
    await attach(DEMO_INSTANCES.spareEni);
    await attach(String(created[0]));
    const refused = await sdkError(attach(String(created[1])));
    expect([refused.code, refused.statusCode]).toEqual(["EniPerInstanceLimitExceeded", 403]);
    expect((await describeEni(String(created[1])))?.status).toBe("Available");
  });

  it("API-4 ENI-4 DeleteNetworkInterface removes an Available ENI and refuses one in use", async () => {
    const inUse = await sdkError(
      client.deleteNetworkInterface(
        new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: DEMO_INSTANCES.web1Secondary }),
      ),
    );
    expect([inUse.code, inUse.statusCode]).toEqual(["InvalidOperation.InvalidEniState", 400]);
    await client.deleteNetworkInterface(
      new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: DEMO_INSTANCES.spareEni }),
    );
    expect(await describeEni(DEMO_INSTANCES.spareEni)).toBeUndefined();
  });
});

describe("API-4 official SDK: membership (ENI-3, ENI-5)", () => {
  it("API-4 ENI-3 ModifyInstanceAttribute replaces the groups; an 11th group fails and changes nothing", async () => {
    await client.modifyInstanceAttribute(
      new $Ecs.ModifyInstanceAttributeRequest({
        instanceId: DEMO_INSTANCES.db1,
        securityGroupIds: [DEMO.db, DEMO.cache],
        instanceName: "db-1-renamed",
      }),
    );
    const renamed = await describeOne(DEMO_INSTANCES.db1);
    expect(renamed.securityGroupIds?.securityGroupId).toEqual([DEMO.db, DEMO.cache]);
    expect(renamed.instanceName).toBe("db-1-renamed");

    const groups: string[] = [];
    for (let i = 0; i < 9; i++) groups.push(await newGroup(`sdk-member-${i}`));
    const before = await Promise.all([DEMO.db, DEMO.cache, ...groups].map(ecsCount));
    const error = await sdkError(
      client.modifyInstanceAttribute(
        new $Ecs.ModifyInstanceAttributeRequest({
          instanceId: DEMO_INSTANCES.db1,
          securityGroupIds: [DEMO.db, DEMO.cache, ...groups],
        }),
      ),
    );
    expect([error.code, error.statusCode]).toEqual(["JoinedGroupLimitExceed", 400]);
    expect(error.data.Parameter).toBe("SecurityGroupIds");
    expect((await describeOne(DEMO_INSTANCES.db1)).securityGroupIds?.securityGroupId).toEqual([DEMO.db, DEMO.cache]);
    expect(await Promise.all([DEMO.db, DEMO.cache, ...groups].map(ecsCount))).toEqual(before);
  });

  it("API-4 ENI-3 JoinSecurityGroup and LeaveSecurityGroup, by instance and by ENI", async () => {
    await client.joinSecurityGroup(
      new $Ecs.JoinSecurityGroupRequest({ instanceId: DEMO_INSTANCES.db1, securityGroupId: DEMO.cache }),
    );
    expect((await describeOne(DEMO_INSTANCES.db1)).securityGroupIds?.securityGroupId).toEqual([DEMO.db, DEMO.cache]);
    const twice = await sdkError(
      client.joinSecurityGroup(
        new $Ecs.JoinSecurityGroupRequest({ instanceId: DEMO_INSTANCES.db1, securityGroupId: DEMO.cache }),
      ),
    );
    expect([twice.code, twice.statusCode]).toEqual(["InvalidInstanceId.AlreadyExists", 403]);
    await client.leaveSecurityGroup(
      new $Ecs.LeaveSecurityGroupRequest({ instanceId: DEMO_INSTANCES.db1, securityGroupId: DEMO.db }),
    );
    const last = await sdkError(
      client.leaveSecurityGroup(
        new $Ecs.LeaveSecurityGroupRequest({ instanceId: DEMO_INSTANCES.db1, securityGroupId: DEMO.cache }),
      ),
    );
    expect([last.code, last.statusCode]).toEqual(["InstanceLastSecurityGroup", 403]);

    await client.joinSecurityGroup(
      new $Ecs.JoinSecurityGroupRequest({
        regionId: REGION,
        networkInterfaceId: DEMO_INSTANCES.spareEni,
        securityGroupId: DEMO.db,
      }),
    );
    expect((await describeEni(DEMO_INSTANCES.spareEni))?.securityGroupIds?.securityGroupId).toEqual([
      DEMO.web,
      DEMO.db,
    ]);
    const other = await sdkError(
      client.joinSecurityGroup(
        new $Ecs.JoinSecurityGroupRequest({
          regionId: REGION,
          networkInterfaceId: DEMO_INSTANCES.spareEni,
          securityGroupId: DEMO.dev,
        }),
      ),
    );
    expect([other.code, other.statusCode]).toEqual(["InvalidInstanceId.Mismatch", 400]);
    const notIn = await sdkError(
      client.leaveSecurityGroup(
        new $Ecs.LeaveSecurityGroupRequest({
          regionId: REGION,
          networkInterfaceId: DEMO_INSTANCES.spareEni,
          securityGroupId: DEMO.cache,
        }),
      ),
    );
    expect([notIn.code, notIn.statusCode]).toEqual(["InvalidSecurityGroupAssociation.NotFound", 400]);
  });
});
