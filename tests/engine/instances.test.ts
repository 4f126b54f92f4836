import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_INSTANCES } from "../../src/engine/seed/demo-instances";
import {
  createVSwitch,
  describeInstances,
  ecsCount,
  eni,
  expectEcsCountsInStep,
  instance,
  REGION,
  runInstances,
  runOne,
} from "../helpers/compute";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

let t: TestEngine;
beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

interface GroupAttribute {
  SecurityGroupName: string;
  Description: string;
  Permissions: { Permission: Array<{ IpProtocol: string; PortRange: string; SourceCidrIp: string; Priority: number }> };
}

async function groupsOfVpc(vpcId: string): Promise<Array<{ SecurityGroupId: string; Description: string }>> {
  const body = (await t.call("DescribeSecurityGroups", { RegionId: REGION, VpcId: vpcId, MaxResults: "100" })) as {
    SecurityGroups: { SecurityGroup: Array<{ SecurityGroupId: string; Description: string }> };
  };
  return body.SecurityGroups.SecurityGroup;
}

describe("ENI-1 RunInstances", () => {
  it("ENI-1 launches a Running instance whose primary ENI takes the lowest free IP of the vSwitch", async () => {
    const before = await ecsCount(t, DEMO.db);
    const id = await runOne(t, {
      VSwitchId: DEMO.vswitchH,
      SecurityGroupId: DEMO.db,
      InstanceName: "db-2",
    });
    expect(id).toMatch(/^i-bp1[0-9a-z]{17}$/);
    const view = await instance(t, id);
    expect(view).toMatchObject({
      InstanceName: "db-2",
      Status: "Running",
      ZoneId: "cn-hangzhou-h",
      SecurityGroupIds: { SecurityGroupId: [DEMO.db] },
      VpcAttributes: { VpcId: DEMO.vpc, VSwitchId: DEMO.vswitchH, PrivateIpAddress: { IpAddress: ["192.168.1.4"] } },
      PublicIpAddress: { IpAddress: [] },
    });
    const primary = view.NetworkInterfaces.NetworkInterface[0];
    expect(primary).toMatchObject({ Type: "Primary", PrimaryIpAddress: "192.168.1.4" });
    expect(primary?.MacAddress).toMatch(/^00:16:3e(:[0-9a-f]{2}){3}$/);
    const primaryEni = await eni(t, String(primary?.NetworkInterfaceId));
    expect(primaryEni).toMatchObject({ Type: "Primary", Status: "InUse", InstanceId: id });
    expect(await ecsCount(t, DEMO.db)).toBe(before + 1);
  });

  it("ENI-1 Amount launches several instances at once with distinct addresses; the name defaults to the id", async () => {
    const ids = await runInstances(t, { VSwitchId: DEMO.vswitchI, SecurityGroupId: DEMO.web, Amount: "3" });
    expect(new Set(ids).size).toBe(3);
    const page = await describeInstances(t, { InstanceIds: JSON.stringify(ids) });
    const addresses = page.Instances.Instance.map((view) => view.VpcAttributes.PrivateIpAddress.IpAddress[0]);
    expect(addresses).toEqual(["192.168.2.4", "192.168.2.5", "192.168.2.6"]);
    expect(page.Instances.Instance.map((view) => view.InstanceName)).toEqual(ids);
    await expectEcsCountsInStep(t);
  });

  it("ENI-1 PrivateIpAddress picks the primary IP; it must be a free usable address of the vSwitch", async () => {
    const id = await runOne(t, {
      VSwitchId: DEMO.vswitchH,
      SecurityGroupId: DEMO.web,
      PrivateIpAddress: "192.168.1.200",
    });
    expect((await instance(t, id)).VpcAttributes.PrivateIpAddress.IpAddress).toEqual(["192.168.1.200"]);
    const launch = (PrivateIpAddress: string) =>
      runOne(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, PrivateIpAddress });
    await expectEcsError(launch("192.168.1"), "InvalidPrivateIpAddress.Malformed", 400);
    await expectEcsError(launch("10.0.0.5"), "InvalidPrivateIpAddress", 400);
    // The network address, the three after it and the broadcast address are reserved.
    for (const reserved of ["192.168.1.0", "192.168.1.1", "192.168.1.3", "192.168.1.255"]) {
      await expectEcsError(launch(reserved), "InvalidPrivateIpAddress", 400);
    }
    await expectEcsError(launch("192.168.1.10"), "InvalidPrivateIpAddress.Duplicated", 400);
    await expectEcsError(launch("192.168.1.200"), "InvalidPrivateIpAddress.Duplicated", 400);
    await expectEcsError(
      runInstances(t, { VSwitchId: DEMO.vswitchH, PrivateIpAddress: "192.168.1.201", Amount: "2" }),
      "InvalidParameter",
      400,
    );
  });

  it("ENI-1 a full vSwitch is InvalidVSwitchId.IpNotEnough 403, and a failed launch creates nothing", async () => {
    const small = await createVSwitch(t, { VpcId: DEMO.devVpc, ZoneId: "cn-hangzhou-h", CidrBlock: "10.2.0.0/29" });
    await expectEcsError(
      runInstances(t, { VSwitchId: small, SecurityGroupId: DEMO.dev, Amount: "4" }),
      "InvalidVSwitchId.IpNotEnough",
      403,
    );
    expect((await describeInstances(t, { VSwitchId: small })).Instances.Instance).toEqual([]);
    expect(await ecsCount(t, DEMO.dev)).toBe(0);
    const ids = await runInstances(t, { VSwitchId: small, SecurityGroupId: DEMO.dev, Amount: "3" });
    const page = await describeInstances(t, { VSwitchId: small });
    expect(page.Instances.Instance.map((view) => view.VpcAttributes.PrivateIpAddress.IpAddress[0])).toEqual([
      "10.2.0.4",
      "10.2.0.5",
      "10.2.0.6",
    ]);
    const error = await expectEcsError(
      runOne(t, { VSwitchId: small, SecurityGroupId: DEMO.dev }),
      "InvalidVSwitchId.IpNotEnough",
      403,
    );
    expect(error.message).toBe(`The specified VSwitch "${small}" has not enough IpAddress.`);
    expect(ids).toHaveLength(3);
  });

  it("ENI-1 InternetMaxBandwidthOut > 0 gives a public IP from 47.96.0.0/16; 0 gives none", async () => {
    const [a, b] = await runInstances(t, {
      VSwitchId: DEMO.vswitchH,
      SecurityGroupId: DEMO.web,
      InternetMaxBandwidthOut: "10",
      Amount: "2",
    });
    const first = await instance(t, String(a));
    const second = await instance(t, String(b));
    expect(first.PublicIpAddress.IpAddress[0]).toMatch(/^47\.96\.\d{1,3}\.\d{1,3}$/);
    expect(first.PublicIpAddress.IpAddress[0]).not.toBe(second.PublicIpAddress.IpAddress[0]);
    expect(first.InternetMaxBandwidthOut).toBe(10);
    const none = await runOne(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, InternetMaxBandwidthOut: "0" });
    expect((await instance(t, none)).PublicIpAddress.IpAddress).toEqual([]);
    for (const bad of ["101", "-1", "fast"]) {
      await expectEcsError(
        runOne(t, { VSwitchId: DEMO.vswitchH, InternetMaxBandwidthOut: bad }),
        "InvalidInternetMaxBandwidthOut.Malformed",
        400,
      );
    }
  });

  it("ENI-1 public IPs are reproducible: the same seed gives the same addresses", async () => {
    const other = await makeEngine();
    try {
      const launch = async (engine: TestEngine) => {
        const id = await runOne(engine, {
          VSwitchId: DEMO.vswitchH,
          SecurityGroupId: DEMO.web,
          InternetMaxBandwidthOut: "1",
        });
        return (await instance(engine, id)).PublicIpAddress.IpAddress;
      };
      expect(await launch(t)).toEqual(await launch(other));
    } finally {
      other.close();
    }
  });

  it("ENI-1 Amount must be 1 to 100: InvalidAmount.Malformed 403", async () => {
    for (const amount of ["0", "101", "two"]) {
      await expectEcsError(
        runInstances(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, Amount: amount }),
        "InvalidAmount.Malformed",
        403,
      );
    }
  });

  it("ENI-1 refuses missing or invalid launch parameters with the real codes", async () => {
    const base = { RegionId: REGION, VSwitchId: DEMO.vswitchH, ImageId: "img", InstanceType: "ecs.g7.large" };
    for (const missing of ["VSwitchId", "ImageId", "InstanceType"] as const) {
      const { [missing]: _left, ...params } = base;
      const error = await expectEcsError(t.call("RunInstances", params), "MissingParameter", 400);
      expect(error.field).toBe(missing);
    }
    await expectEcsError(t.call("RunInstances", { ...base, VSwitchId: "vsw-nope" }), "InvalidVSwitchId.NotFound", 404);
    await expectEcsError(
      t.call("RunInstances", { ...base, InstanceType: "large" }),
      "InvalidInstanceType.ValueNotSupported",
      400,
    );
    await expectEcsError(
      t.call("RunInstances", { ...base, InstanceName: "1-starts-with-digit" }),
      "InvalidInstanceName.Malformed",
      400,
    );
    const zone = await expectEcsError(
      t.call("RunInstances", { ...base, ZoneId: "cn-hangzhou-i" }),
      "InvalidParameter.Mismatch",
      400,
    );
    expect(zone.message).toBe("Specified virtual switch is not in the specified zone.");
    const vpc = await expectEcsError(
      t.call("RunInstances", { ...base, SecurityGroupId: DEMO.dev }),
      "InvalidParameter.Mismatch",
      400,
    );
    expect(vpc.message).toBe("Specified security group and virtual switch are not in the same VPC.");
    await expectEcsError(
      t.call("RunInstances", { ...base, SecurityGroupId: "sg-nope" }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("RunInstances", { ...base, SecurityGroupId: DEMO.web, "SecurityGroupIds.1": DEMO.db }),
      "InvalidParameter",
      400,
    );
    await expectEcsError(t.call("RunInstances", { ...base, RegionId: "" }), "MissingParameter.RegionId", 400);
  });

  it("ENI-1 ENI-5 launching into several groups follows the membership rules", async () => {
    const id = await runOne(t, {
      VSwitchId: DEMO.vswitchH,
      "SecurityGroupIds.1": DEMO.web,
      "SecurityGroupIds.2": DEMO.db,
    });
    expect((await instance(t, id)).SecurityGroupIds.SecurityGroupId).toEqual([DEMO.web, DEMO.db]);
    await expectEcsError(
      runOne(t, { VSwitchId: DEMO.vswitchH, "SecurityGroupIds.1": DEMO.web, "SecurityGroupIds.2": DEMO.enterprise }),
      "InvalidOperation.MultiGroupType",
      400,
    );
    await expectEcsError(
      runOne(t, { VSwitchId: DEMO.vswitchH, "SecurityGroupIds.1": DEMO.web, "SecurityGroupIds.2": DEMO.web }),
      "InvalidParameter.SecurityGroupIdRepeated",
      404,
    );
  });
});

describe("ENI-2 the system default security group", () => {
  it("ENI-2 a launch without a group creates the VPC's default group with the three system rules", async () => {
    const before = await groupsOfVpc(DEMO.vpc);
    const id = await runOne(t, { VSwitchId: DEMO.vswitchH });
    const [groupId] = (await instance(t, id)).SecurityGroupIds.SecurityGroupId;
    expect(before.map((group) => group.SecurityGroupId)).not.toContain(groupId);
    const attribute = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: String(groupId),
    })) as unknown as GroupAttribute;
    expect(attribute.SecurityGroupName).toBe(groupId);
    expect(attribute.Description).toBe("System created security group.");
    const rules = attribute.Permissions.Permission.map((rule) => [
      rule.IpProtocol,
      rule.PortRange,
      rule.SourceCidrIp,
      Number(rule.Priority),
    ]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ["TCP", "22/22", "0.0.0.0/0", 100],
        ["TCP", "3389/3389", "0.0.0.0/0", 100],
        ["ICMP", "-1/-1", "0.0.0.0/0", 100],
      ]),
    );
    expect(rules).toHaveLength(3);
    expect(await ecsCount(t, String(groupId))).toBe(1);
  });

  it("ENI-2 later launches in the VPC reuse it; another VPC gets its own; a deleted one is replaced", async () => {
    const first = await runOne(t, { VSwitchId: DEMO.vswitchH });
    const second = await runOne(t, { VSwitchId: DEMO.vswitchI });
    const groupId = (await instance(t, first)).SecurityGroupIds.SecurityGroupId[0];
    expect((await instance(t, second)).SecurityGroupIds.SecurityGroupId).toEqual([groupId]);
    expect(await ecsCount(t, String(groupId))).toBe(2);
    const dev = await runOne(t, { VSwitchId: DEMO.devVswitch });
    const devGroup = (await instance(t, dev)).SecurityGroupIds.SecurityGroupId[0];
    expect(devGroup).not.toBe(groupId);
    expect((await groupsOfVpc(DEMO.devVpc)).map((group) => group.SecurityGroupId)).toContain(devGroup);

    for (const id of [first, second]) await t.call("DeleteInstance", { InstanceId: id, Force: "true" });
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: String(groupId) });
    const third = await runOne(t, { VSwitchId: DEMO.vswitchH });
    const replacement = (await instance(t, third)).SecurityGroupIds.SecurityGroupId[0];
    expect(replacement).not.toBe(groupId);
    expect(
      (await groupsOfVpc(DEMO.vpc)).filter((group) => group.Description === "System created security group."),
    ).toHaveLength(1);
  });

  it("ENI-2 the default group counts against the region quota: QuotaExceed.SecurityGroup 403", async () => {
    const quotas = (await t.call("DescribeQuotas", { RegionId: REGION })) as {
      Quotas: { Quota: Array<{ Usage: number }> };
    };
    const usage = quotas.Quotas.Quota[0]?.Usage ?? 0;
    await t.call("ModifyQuota", { RegionId: REGION, QuotaName: "q_security-groups", Value: String(usage) });
    await expectEcsError(runOne(t, { VSwitchId: DEMO.vswitchH }), "QuotaExceed.SecurityGroup", 403);
  });
});

describe("ENI-1 DescribeInstances", () => {
  it("ENI-1 lists the demo instances with their groups, addresses and ENIs, doubly wrapped", async () => {
    const page = await describeInstances(t);
    const byName = new Map(page.Instances.Instance.map((view) => [view.InstanceName, view]));
    expect([...byName.keys()].sort()).toEqual(["bastion", "db-1", "web-1", "web-2", "web-3"]);
    expect(byName.get("web-2")?.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.web, DEMO.cache]);
    expect(byName.get("web-3")?.Status).toBe("Stopped");
    const web1 = byName.get("web-1");
    expect(web1?.PublicIpAddress.IpAddress).toEqual(["47.96.10.11"]);
    expect(web1?.NetworkInterfaces.NetworkInterface.map((item) => [item.Type, item.PrimaryIpAddress])).toEqual([
      ["Primary", "192.168.1.10"],
      ["Secondary", "192.168.1.11"],
    ]);
    expect(web1?.NetworkInterfaces.NetworkInterface[0]?.PrivateIpSets.PrivateIpSet).toEqual([
      { PrivateIpAddress: "192.168.1.10", Primary: true },
    ]);
    expect(page.NextToken).toBe("");
  });

  it("ENI-1 filters: InstanceIds, SecurityGroupId, VpcId, VSwitchId, ZoneId, Status, InstanceName with *, Tag", async () => {
    const names = async (params: Record<string, string>) =>
      (await describeInstances(t, params)).Instances.Instance.map((view) => view.InstanceName).sort();
    expect(await names({ InstanceIds: JSON.stringify([DEMO_INSTANCES.db1, "i-unknown"]) })).toEqual(["db-1"]);
    expect(await names({ SecurityGroupId: DEMO.web })).toEqual(["web-1", "web-2", "web-3"]);
    expect(await names({ SecurityGroupId: DEMO.cache })).toEqual(["web-2"]);
    expect(await names({ SecurityGroupId: DEMO.dev })).toEqual([]);
    expect(await names({ VpcId: DEMO.vpc })).toHaveLength(5);
    expect(await names({ VpcId: DEMO.devVpc })).toEqual([]);
    expect(await names({ VSwitchId: DEMO.vswitchI })).toEqual(["web-2", "web-3"]);
    expect(await names({ ZoneId: "cn-hangzhou-h" })).toEqual(["bastion", "db-1", "web-1"]);
    expect(await names({ Status: "Stopped" })).toEqual(["web-3"]);
    expect(await names({ InstanceName: "web-*" })).toEqual(["web-1", "web-2", "web-3"]);
    expect(await names({ InstanceName: "*-1" })).toEqual(["db-1", "web-1"]);
    expect(await names({ InstanceName: "db-1" })).toEqual(["db-1"]);
    expect(await names({ InstanceName: "db" })).toEqual([]);
    expect(await names({ "Tag.1.Key": "env", "Tag.1.Value": "prod", Status: "Running" })).toHaveLength(4);
    expect(await names({ "Tag.1.Key": "team" })).toEqual([]);
    expect(await names({ RegionId: "cn-shanghai" })).toEqual([]);
  });

  it("ENI-1 refuses more than 100 InstanceIds (InvalidInstanceIds.Malformed 400), bad JSON and bad Status", async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `i-${index}`);
    await expectEcsError(
      describeInstances(t, { InstanceIds: JSON.stringify(ids) }),
      "InvalidInstanceIds.Malformed",
      400,
    );
    await expectEcsError(describeInstances(t, { InstanceIds: "i-1" }), "InvalidParameter", 400);
    await expectEcsError(describeInstances(t, { Status: "Sleeping" }), "InvalidParameter", 400);
  });

  it("ENI-1 pages with MaxResults (clamped to 10-100) and NextToken, or PageNumber and PageSize", async () => {
    await runInstances(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, Amount: "12" });
    const first = await describeInstances(t, { MaxResults: "3" });
    expect(first.Instances.Instance).toHaveLength(10);
    expect(first.NextToken).not.toBe("");
    const second = await describeInstances(t, { MaxResults: "3", NextToken: String(first.NextToken) });
    expect(second.Instances.Instance).toHaveLength(7);
    expect(second.NextToken).toBe("");
    const all = [...first.Instances.Instance, ...second.Instances.Instance].map((view) => view.InstanceId);
    expect(new Set(all).size).toBe(17);
    expect((await describeInstances(t, { MaxResults: "1000" })).Instances.Instance).toHaveLength(17);

    const numbered = await describeInstances(t, { PageNumber: "2", PageSize: "5" });
    expect(numbered).toMatchObject({ TotalCount: 17, PageNumber: 2, PageSize: 5 });
    expect(numbered.Instances.Instance.map((view) => view.InstanceId)).toEqual(all.slice(5, 10));
    await expectEcsError(
      describeInstances(t, { MaxResults: "10", PageNumber: "1" }),
      "NotSupported.PageNumberAndPageSize",
      400,
    );
    await expectEcsError(describeInstances(t, { NextToken: "nope" }), "InValidParameter.NextToken", 400);
  });
});

describe("ENI-1 StartInstance, StopInstance", () => {
  it("ENI-1 stops a Running instance and starts a Stopped one", async () => {
    await t.call("StopInstance", { InstanceId: DEMO_INSTANCES.web1 });
    expect((await instance(t, DEMO_INSTANCES.web1)).Status).toBe("Stopped");
    await t.call("StartInstance", { InstanceId: DEMO_INSTANCES.web1 });
    expect((await instance(t, DEMO_INSTANCES.web1)).Status).toBe("Running");
  });

  it("ENI-1 an instance already in that state is IncorrectInstanceStatus 403; an unknown one 404", async () => {
    await expectEcsError(t.call("StartInstance", { InstanceId: DEMO_INSTANCES.web1 }), "IncorrectInstanceStatus", 403);
    await expectEcsError(t.call("StopInstance", { InstanceId: DEMO_INSTANCES.web3 }), "IncorrectInstanceStatus", 403);
    await expectEcsError(t.call("StartInstance", { InstanceId: "i-nope" }), "InvalidInstanceId.NotFound", 404);
    await expectEcsError(t.call("StopInstance", {}), "MissingParameter", 400);
  });
});

describe("ENI-1 DeleteInstance", () => {
  it("ENI-1 a Running instance needs Force: IncorrectInstanceStatus 403 without it", async () => {
    await expectEcsError(t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.db1 }), "IncorrectInstanceStatus", 403);
    await expectEcsError(
      t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.db1, Force: "false" }),
      "IncorrectInstanceStatus",
      403,
    );
    await t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.db1, Force: "true" });
    expect(
      (await describeInstances(t, { InstanceIds: JSON.stringify([DEMO_INSTANCES.db1]) })).Instances.Instance,
    ).toEqual([]);
    await expectEcsError(
      t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.db1 }),
      "InvalidInstanceId.NotFound",
      404,
    );
  });

  it("ENI-1 deletes a Stopped instance with its primary ENI, which leaves its groups", async () => {
    const before = await ecsCount(t, DEMO.web);
    await t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.web3 });
    expect(await eni(t, DEMO_INSTANCES.web3Eni)).toBeUndefined();
    expect(await ecsCount(t, DEMO.web)).toBe(before - 1);
    await expectEcsCountsInStep(t);
  });

  it("ENI-1 secondary ENIs are detached and stay Available, keeping their groups", async () => {
    await t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.web1, Force: "true" });
    const secondary = await eni(t, DEMO_INSTANCES.web1Secondary);
    expect(secondary).toMatchObject({
      Status: "Available",
      InstanceId: "",
      SecurityGroupIds: { SecurityGroupId: [DEMO.web] },
    });
    expect(secondary?.Attachment).toBeUndefined();
    expect(await eni(t, DEMO_INSTANCES.web1Eni)).toBeUndefined();
    await expectEcsCountsInStep(t);
  });

  it("ENI-1 the freed private IP can be used again", async () => {
    await t.call("DeleteInstance", { InstanceId: DEMO_INSTANCES.db1, Force: "true" });
    const id = await runOne(t, {
      VSwitchId: DEMO.vswitchH,
      SecurityGroupId: DEMO.db,
      PrivateIpAddress: "192.168.1.20",
    });
    expect((await instance(t, id)).VpcAttributes.PrivateIpAddress.IpAddress).toEqual(["192.168.1.20"]);
  });
});

describe("UX-2 demo instances", () => {
  it("UX-2 ENI-1 the demo keeps DEMO.dev and DEMO.managed free and every EcsCount in step", async () => {
    expect(await ecsCount(t, DEMO.dev)).toBe(0);
    expect(await ecsCount(t, DEMO.managed)).toBe(0);
    expect(await ecsCount(t, DEMO.web)).toBe(5);
    await expectEcsCountsInStep(t);
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: DEMO.dev });
    expect(await groupsOfVpc(DEMO.devVpc)).toEqual([]);
  });
});
