import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_INSTANCES } from "../../src/engine/seed/demo-instances";
import { eniLimitOf } from "../../src/engine/validate/eni-limits";
import {
  createEni,
  createGroup,
  createVSwitch,
  describeEnis,
  ecsCount,
  eni,
  expectEcsCountsInStep,
  instance,
  REGION,
  runOne,
} from "../helpers/compute";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

let t: TestEngine;
beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

const ids = async (params: Record<string, string>) =>
  (await describeEnis(t, params)).NetworkInterfaceSets.NetworkInterfaceSet.map(
    (item) => item.NetworkInterfaceId,
  ).sort();

describe("ENI-4 CreateNetworkInterface", () => {
  it("ENI-4 creates an Available secondary ENI at once, with a free IP of the vSwitch, in its groups", async () => {
    const before = await ecsCount(t, DEMO.db);
    const created = await createEni(t, {
      VSwitchId: DEMO.vswitchH,
      SecurityGroupId: DEMO.db,
      NetworkInterfaceName: "db-replication",
      Description: "Replication traffic",
      "Tag.1.Key": "app",
      "Tag.1.Value": "mysql",
    });
    expect(created).toMatchObject({
      Status: "Available",
      Type: "Secondary",
      VpcId: DEMO.vpc,
      VSwitchId: DEMO.vswitchH,
      ZoneId: "cn-hangzhou-h",
      PrivateIpAddress: "192.168.1.4",
      NetworkInterfaceName: "db-replication",
      Description: "Replication traffic",
      SecurityGroupIds: { SecurityGroupId: [DEMO.db] },
      PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: "192.168.1.4", Primary: true }] },
    });
    expect(created.NetworkInterfaceId).toMatch(/^eni-bp1[0-9a-z]{17}$/);
    expect(await ecsCount(t, DEMO.db)).toBe(before + 1);
    expect(await eni(t, created.NetworkInterfaceId)).toMatchObject({ Status: "Available", InstanceId: "" });
  });

  it("ENI-4 takes PrimaryIpAddress, PrivateIpAddress.N or SecondaryPrivateIpAddressCount", async () => {
    const chosen = await createEni(t, {
      VSwitchId: DEMO.vswitchI,
      "SecurityGroupIds.1": DEMO.web,
      "SecurityGroupIds.2": DEMO.cache,
      PrimaryIpAddress: "192.168.2.100",
      "PrivateIpAddress.1": "192.168.2.101",
      "PrivateIpAddress.2": "192.168.2.102",
    });
    expect(chosen.PrivateIpSets.PrivateIpSet).toEqual([
      { PrivateIpAddress: "192.168.2.100", Primary: true },
      { PrivateIpAddress: "192.168.2.101", Primary: false },
      { PrivateIpAddress: "192.168.2.102", Primary: false },
    ]);
    expect(chosen.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.web, DEMO.cache]);
    const counted = await createEni(t, {
      VSwitchId: DEMO.vswitchI,
      SecurityGroupId: DEMO.web,
      SecondaryPrivateIpAddressCount: "2",
    });
    expect(counted.PrivateIpSets.PrivateIpSet.map((set) => set.PrivateIpAddress)).toEqual([
      "192.168.2.4",
      "192.168.2.5",
      "192.168.2.6",
    ]);
    await expectEcsError(
      createEni(t, {
        VSwitchId: DEMO.vswitchI,
        SecurityGroupId: DEMO.web,
        "PrivateIpAddress.1": "192.168.2.120",
        SecondaryPrivateIpAddressCount: "1",
      }),
      "InvalidParameter",
      400,
    );
    await expectEcsError(
      createEni(t, { VSwitchId: DEMO.vswitchI, SecurityGroupId: DEMO.web, SecondaryPrivateIpAddressCount: "50" }),
      "InvalidParameter",
      400,
    );
  });

  it("ENI-4 refuses unusable, taken or repeated addresses with the ENI codes", async () => {
    const base = { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web };
    await expectEcsError(
      createEni(t, { ...base, PrimaryIpAddress: "192.168.1.x" }),
      "InvalidPrivateIpAddress.Malformed",
      400,
    );
    const outside = await expectEcsError(
      createEni(t, { ...base, PrimaryIpAddress: "192.168.2.7" }),
      "InvalidVSwitchId.IpInvalid",
      403,
    );
    expect(outside.field).toBe("PrimaryIpAddress");
    await expectEcsError(
      createEni(t, { ...base, "PrivateIpAddress.1": "192.168.1.2" }),
      "InvalidVSwitchId.IpInvalid",
      403,
    );
    await expectEcsError(createEni(t, { ...base, PrimaryIpAddress: "192.168.1.10" }), "InvalidIp.IpAssigned", 403);
    const repeated = await expectEcsError(
      createEni(t, { ...base, "PrivateIpAddress.1": "192.168.1.70", "PrivateIpAddress.2": "192.168.1.70" }),
      "InvalidIp.IpRepeated",
      403,
    );
    expect(repeated.field).toBe("PrivateIpAddress.2");
    const small = await createVSwitch(t, { VpcId: DEMO.devVpc, ZoneId: "cn-hangzhou-h", CidrBlock: "10.3.0.0/29" });
    await expectEcsError(
      createEni(t, { VSwitchId: small, SecurityGroupId: DEMO.dev, SecondaryPrivateIpAddressCount: "3" }),
      "InvalidVSwitchId.IpNotEnough",
      403,
    );
  });

  it("ENI-4 refuses missing or conflicting groups, bad names and unknown vSwitches", async () => {
    await expectEcsError(createEni(t, { VSwitchId: DEMO.vswitchH }), "MissingParameter", 400);
    await expectEcsError(
      createEni(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, "SecurityGroupIds.1": DEMO.db }),
      "InvalidParameter",
      400,
    );
    await expectEcsError(
      createEni(t, { VSwitchId: "vsw-nope", SecurityGroupId: DEMO.web }),
      "InvalidVSwitchId.NotFound",
      404,
    );
    await expectEcsError(
      createEni(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, NetworkInterfaceName: "x" }),
      "InvalidParameter",
      400,
    );
    await expectEcsError(
      createEni(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web, Description: "http://spam" }),
      "InvalidDescription.Malformed",
      400,
    );
  });

  it("ENI-4 ENI-5 the groups must be of the vSwitch's VPC, VPC groups, of one type, at most 10, distinct", async () => {
    const base = { VSwitchId: DEMO.vswitchH };
    await expectEcsError(createEni(t, { ...base, SecurityGroupId: DEMO.dev }), "InvalidOperation.VpcMismatch", 403);
    const classic = await createGroup(t, { SecurityGroupName: "classic-sg" });
    await expectEcsError(createEni(t, { ...base, SecurityGroupId: classic }), "InvalidSecurityGroupId.NotVpc", 403);
    await expectEcsError(
      createEni(t, { ...base, "SecurityGroupIds.1": DEMO.web, "SecurityGroupIds.2": DEMO.enterprise }),
      "InvalidOperation.MultiGroupType",
      400,
    );
    await expectEcsError(
      createEni(t, { ...base, "SecurityGroupIds.1": DEMO.web, "SecurityGroupIds.2": DEMO.web }),
      "InvalidParameter.SecurityGroupIdRepeated",
      404,
    );
    const eleven: Record<string, string> = {};
    for (let i = 1; i <= 11; i++) {
      eleven[`SecurityGroupIds.${i}`] = await createGroup(t, { VpcId: DEMO.vpc, SecurityGroupName: `g-${i}` });
    }
    await expectEcsError(createEni(t, { ...base, ...eleven }), "JoinedGroupLimitExceed", 400);
    await expectEcsError(createEni(t, { ...base, SecurityGroupId: "sg-nope" }), "InvalidSecurityGroupId.NotFound", 404);
    await expectEcsCountsInStep(t);
  });
});

describe("ENI-4 DescribeNetworkInterfaces", () => {
  it("ENI-4 lists the demo ENIs with their groups, addresses and attachment", async () => {
    const sets = (await describeEnis(t, { MaxResults: "100" })).NetworkInterfaceSets.NetworkInterfaceSet;
    expect(sets).toHaveLength(7);
    const secondary = sets.find((item) => item.NetworkInterfaceId === DEMO_INSTANCES.web1Secondary);
    expect(secondary).toMatchObject({
      Type: "Secondary",
      Status: "InUse",
      InstanceId: DEMO_INSTANCES.web1,
      Attachment: { InstanceId: DEMO_INSTANCES.web1, DeviceIndex: 1 },
      NetworkInterfaceName: "web-1-mgmt",
    });
    const spare = sets.find((item) => item.NetworkInterfaceId === DEMO_INSTANCES.spareEni);
    expect(spare).toMatchObject({ Status: "Available", InstanceId: "" });
    expect(spare?.Attachment).toBeUndefined();
  });

  it("ENI-4 filters: ids, InstanceId, SecurityGroupId (secondary ENIs), VPC, vSwitch, Type, Status, name, IPs, Tag", async () => {
    expect(await ids({ "NetworkInterfaceId.1": DEMO_INSTANCES.spareEni, "NetworkInterfaceId.2": "eni-nope" })).toEqual([
      DEMO_INSTANCES.spareEni,
    ]);
    expect(await ids({ InstanceId: DEMO_INSTANCES.web1 })).toEqual(
      [DEMO_INSTANCES.web1Eni, DEMO_INSTANCES.web1Secondary].sort(),
    );
    expect(await ids({ SecurityGroupId: DEMO.web })).toEqual(
      [DEMO_INSTANCES.spareEni, DEMO_INSTANCES.web1Secondary].sort(),
    );
    expect(await ids({ SecurityGroupId: DEMO.cache })).toEqual([]);
    expect(await ids({ VpcId: DEMO.devVpc })).toEqual([]);
    expect(await ids({ VSwitchId: DEMO.vswitchI })).toHaveLength(3);
    expect(await ids({ Type: "Primary" })).toHaveLength(5);
    expect(await ids({ Status: "Available" })).toEqual([DEMO_INSTANCES.spareEni]);
    expect(await ids({ Status: "Deleting" })).toEqual([]);
    expect(await ids({ NetworkInterfaceName: "spare-eni" })).toEqual([DEMO_INSTANCES.spareEni]);
    expect(await ids({ PrimaryIpAddress: "192.168.1.20" })).toEqual([DEMO_INSTANCES.db1Eni]);
    expect(await ids({ "PrivateIpAddress.1": "192.168.2.51" })).toEqual([DEMO_INSTANCES.spareEni]);
    await createEni(t, {
      VSwitchId: DEMO.vswitchH,
      SecurityGroupId: DEMO.web,
      "Tag.1.Key": "team",
      "Tag.1.Value": "ops",
    });
    expect(await ids({ "Tag.1.Key": "team", "Tag.1.Value": "ops" })).toHaveLength(1);
    await expectEcsError(describeEnis(t, { Type: "Tertiary" }), "InvalidParameter", 400);
    await expectEcsError(describeEnis(t, { Status: "Sleeping" }), "InvalidParameter", 400);
    const tooMany: Record<string, string> = {};
    for (let i = 1; i <= 101; i++) tooMany[`NetworkInterfaceId.${i}`] = `eni-${i}`;
    await expectEcsError(describeEnis(t, tooMany), "InvalidParameter", 400);
  });

  it("ENI-4 pages with MaxResults (clamped to 10-500) and NextToken, or PageNumber and PageSize", async () => {
    for (let i = 0; i < 6; i++) await createEni(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web });
    const first = await describeEnis(t, { MaxResults: "1" });
    expect(first.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(10);
    const second = await describeEnis(t, { MaxResults: "1", NextToken: String(first.NextToken) });
    expect(second.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(3);
    expect(second.NextToken).toBe("");
    const numbered = await describeEnis(t, { PageNumber: "3", PageSize: "5" });
    expect(numbered).toMatchObject({ TotalCount: 13, PageNumber: 3, PageSize: 5 });
    expect(numbered.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(3);
  });
});

describe("ENI-4 ModifyNetworkInterfaceAttribute", () => {
  it("ENI-4 renames and redescribes any ENI; SecurityGroupId.N replaces a secondary ENI's groups", async () => {
    await t.call("ModifyNetworkInterfaceAttribute", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.web1Eni,
      NetworkInterfaceName: "web-1-primary",
      Description: "Front door",
    });
    expect(await eni(t, DEMO_INSTANCES.web1Eni)).toMatchObject({
      NetworkInterfaceName: "web-1-primary",
      Description: "Front door",
    });
    const web = await ecsCount(t, DEMO.web);
    const db = await ecsCount(t, DEMO.db);
    await t.call("ModifyNetworkInterfaceAttribute", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.spareEni,
      "SecurityGroupId.1": DEMO.db,
      "SecurityGroupId.2": DEMO.cache,
    });
    expect((await eni(t, DEMO_INSTANCES.spareEni))?.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.db, DEMO.cache]);
    expect(await ecsCount(t, DEMO.web)).toBe(web - 1);
    expect(await ecsCount(t, DEMO.db)).toBe(db + 1);
    await expectEcsCountsInStep(t);
  });

  it("ENI-4 a primary ENI's groups change only through the instance: PrimaryEniOnlySupportModifyNameAndDesc 404", async () => {
    await expectEcsError(
      t.call("ModifyNetworkInterfaceAttribute", {
        RegionId: REGION,
        NetworkInterfaceId: DEMO_INSTANCES.web1Eni,
        "SecurityGroupId.1": DEMO.db,
      }),
      "InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc",
      404,
    );
    expect((await eni(t, DEMO_INSTANCES.web1Eni))?.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.web]);
  });

  it("ENI-4 ENI-5 a replacement in another VPC, of mixed types or too large is refused and changes nothing", async () => {
    const modify = (groups: Record<string, string>) =>
      t.call("ModifyNetworkInterfaceAttribute", {
        RegionId: REGION,
        NetworkInterfaceId: DEMO_INSTANCES.spareEni,
        NetworkInterfaceName: "renamed",
        ...groups,
      });
    await expectEcsError(modify({ "SecurityGroupId.1": DEMO.dev }), "InvalidOperation.VpcMismatch", 403);
    await expectEcsError(
      modify({ "SecurityGroupId.1": DEMO.web, "SecurityGroupId.2": DEMO.enterprise }),
      "InvalidOperation.MultiGroupType",
      400,
    );
    await expectEcsError(
      modify({ "SecurityGroupId.1": DEMO.db, "SecurityGroupId.2": DEMO.db }),
      "InvalidParameter.SecurityGroupIdRepeated",
      404,
    );
    await expectEcsError(modify({ NetworkInterfaceName: "1bad" }), "InvalidParameter", 400);
    expect(await eni(t, DEMO_INSTANCES.spareEni)).toMatchObject({
      NetworkInterfaceName: "spare-eni",
      SecurityGroupIds: { SecurityGroupId: [DEMO.web] },
    });
    await expectEcsError(
      t.call("ModifyNetworkInterfaceAttribute", { RegionId: REGION, NetworkInterfaceId: "eni-nope" }),
      "InvalidEniId.NotFound",
      404,
    );
  });
});

describe("ENI-4 AttachNetworkInterface, DetachNetworkInterface", () => {
  it("ENI-4 attaches an Available ENI to an instance of its zone and VPC, Running or Stopped", async () => {
    await t.call("AttachNetworkInterface", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.spareEni,
      InstanceId: DEMO_INSTANCES.web3,
    });
    expect(await eni(t, DEMO_INSTANCES.spareEni)).toMatchObject({
      Status: "InUse",
      InstanceId: DEMO_INSTANCES.web3,
      Attachment: { InstanceId: DEMO_INSTANCES.web3, DeviceIndex: 1 },
    });
    const view = await instance(t, DEMO_INSTANCES.web3);
    expect(view.NetworkInterfaces.NetworkInterface.map((item) => item.NetworkInterfaceId)).toEqual([
      DEMO_INSTANCES.web3Eni,
      DEMO_INSTANCES.spareEni,
    ]);
  });

  it("ENI-4 refuses an ENI that is not Available, another zone or VPC, and unknown resources", async () => {
    const attach = (NetworkInterfaceId: string, InstanceId: string) =>
      t.call("AttachNetworkInterface", { RegionId: REGION, NetworkInterfaceId, InstanceId });
    await expectEcsError(
      attach(DEMO_INSTANCES.web1Secondary, DEMO_INSTANCES.web1),
      "InvalidOperation.InvalidEniState",
      400,
    );
    await expectEcsError(
      attach(DEMO_INSTANCES.spareEni, DEMO_INSTANCES.web1),
      "InvalidOperation.AvailabilityZoneMismatch",
      403,
    );
    const devInstance = await runOne(t, { VSwitchId: DEMO.devVswitch, SecurityGroupId: DEMO.dev });
    const prodEni = await createEni(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: DEMO.web });
    await expectEcsError(attach(prodEni.NetworkInterfaceId, devInstance), "InvalidOperation.VpcMismatch", 403);
    await expectEcsError(attach(DEMO_INSTANCES.spareEni, "i-nope"), "InvalidEcsId.NotFound", 404);
    await expectEcsError(attach("eni-nope", DEMO_INSTANCES.web2), "InvalidEniId.NotFound", 404);
    expect(await eni(t, DEMO_INSTANCES.spareEni)).toMatchObject({ Status: "Available" });
  });

  it("ENI-4 an instance takes as many ENIs as its type allows: a 4th on a g7.large is EniPerInstanceLimitExceeded 403", async () => {
    const attach = (NetworkInterfaceId: string) =>
      t.call("AttachNetworkInterface", { RegionId: REGION, NetworkInterfaceId, InstanceId: DEMO_INSTANCES.web3 });
    expect((await instance(t, DEMO_INSTANCES.web3)).InstanceType).toBe("ecs.g7.large");
    const { VSwitchId } = (await eni(t, DEMO_INSTANCES.spareEni)) as { VSwitchId: string };
    const third = await createEni(t, { VSwitchId, SecurityGroupId: DEMO.web });
    const fourth = await createEni(t, { VSwitchId, SecurityGroupId: DEMO.web });
    await attach(DEMO_INSTANCES.spareEni);
    await attach(third.NetworkInterfaceId);
    const refused = await expectEcsError(attach(fourth.NetworkInterfaceId), "EniPerInstanceLimitExceeded", 403);
    expect(refused.message).toContain(DEMO_INSTANCES.web3);
    expect(refused.message).toContain("ecs.g7.large");
    expect(await eni(t, fourth.NetworkInterfaceId)).toMatchObject({ Status: "Available" });
    // Detaching one makes room again.
    await t.call("DetachNetworkInterface", {
      RegionId: REGION,
      NetworkInterfaceId: third.NetworkInterfaceId,
      InstanceId: DEMO_INSTANCES.web3,
    });
    await attach(fourth.NetworkInterfaceId);
  });

  it("ENI-4 ENI limits by instance type: burstable and economy 2, large 3, xlarge and 2xlarge 4, 3xlarge and up 8", () => {
    expect(
      [
        "ecs.t6-c1m1.large",
        "ecs.e-c1m2.large",
        "ecs.g7.large",
        "ecs.c7.large",
        "ecs.r7.xlarge",
        "ecs.g7.2xlarge",
        "ecs.g7.3xlarge",
        "ecs.g7.16xlarge",
      ].map(eniLimitOf),
    ).toEqual([2, 2, 3, 3, 4, 4, 8, 8]);
  });

  it("ENI-4 detaches a secondary ENI back to Available", async () => {
    await t.call("DetachNetworkInterface", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.web1Secondary,
      InstanceId: DEMO_INSTANCES.web1,
    });
    const detached = await eni(t, DEMO_INSTANCES.web1Secondary);
    expect(detached).toMatchObject({ Status: "Available", InstanceId: "" });
    expect(detached?.Attachment).toBeUndefined();
    expect((await instance(t, DEMO_INSTANCES.web1)).NetworkInterfaces.NetworkInterface).toHaveLength(1);
  });

  it("ENI-4 never detaches a primary ENI, nor an ENI from an instance it is not on", async () => {
    const detach = (NetworkInterfaceId: string, InstanceId: string) =>
      t.call("DetachNetworkInterface", { RegionId: REGION, NetworkInterfaceId, InstanceId });
    await expectEcsError(
      detach(DEMO_INSTANCES.web1Eni, DEMO_INSTANCES.web1),
      "InvalidOperation.DetachPrimaryEniNotAllowed",
      400,
    );
    await expectEcsError(detach(DEMO_INSTANCES.spareEni, DEMO_INSTANCES.web2), "InvalidOperation.InvalidEniState", 400);
    await expectEcsError(
      detach(DEMO_INSTANCES.web1Secondary, DEMO_INSTANCES.web2),
      "InvalidOperation.InvalidEniState",
      400,
    );
    await expectEcsError(detach(DEMO_INSTANCES.web1Secondary, "i-nope"), "InvalidEcsId.NotFound", 404);
  });
});

describe("ENI-4 DeleteNetworkInterface", () => {
  it("ENI-4 deletes an Available ENI, which leaves its groups", async () => {
    const before = await ecsCount(t, DEMO.web);
    await t.call("DeleteNetworkInterface", { RegionId: REGION, NetworkInterfaceId: DEMO_INSTANCES.spareEni });
    expect(await eni(t, DEMO_INSTANCES.spareEni)).toBeUndefined();
    expect(await ecsCount(t, DEMO.web)).toBe(before - 1);
    // Its addresses are free again.
    const reused = await createEni(t, {
      VSwitchId: DEMO.vswitchI,
      SecurityGroupId: DEMO.web,
      PrimaryIpAddress: "192.168.2.51",
    });
    expect(reused.PrivateIpAddress).toBe("192.168.2.51");
  });

  it("ENI-4 refuses an ENI in use (InvalidOperation.InvalidEniState 400) and unknown ones (404)", async () => {
    const error = await expectEcsError(
      t.call("DeleteNetworkInterface", { RegionId: REGION, NetworkInterfaceId: DEMO_INSTANCES.web1Secondary }),
      "InvalidOperation.InvalidEniState",
      400,
    );
    expect(error.message).toContain("InUse");
    await expectEcsError(
      t.call("DeleteNetworkInterface", { RegionId: REGION, NetworkInterfaceId: DEMO_INSTANCES.web1Eni }),
      "InvalidOperation.InvalidEniState",
      400,
    );
    await expectEcsError(
      t.call("DeleteNetworkInterface", { RegionId: REGION, NetworkInterfaceId: "eni-nope" }),
      "InvalidEniId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("DeleteNetworkInterface", { NetworkInterfaceId: DEMO_INSTANCES.spareEni }),
      "MissingParameter.RegionId",
      400,
    );
  });
});
