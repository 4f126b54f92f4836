import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RequestParams } from "../../src/engine/params";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_INSTANCES } from "../../src/engine/seed/demo-instances";
import {
  createEni,
  createGroup,
  createVSwitch,
  ecsCount,
  eni,
  expectEcsCountsInStep,
  fillRules,
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

const groupsOf = async (instanceId: string) => (await instance(t, instanceId)).SecurityGroupIds.SecurityGroupId;

async function newGroups(count: number, params: RequestParams = {}): Promise<string[]> {
  const groups: string[] = [];
  for (let i = 0; i < count; i++) {
    groups.push(await createGroup(t, { VpcId: DEMO.vpc, SecurityGroupName: `member-${i}`, ...params }));
  }
  return groups;
}

function numbered(name: string, ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id, index) => [`${name}.${index + 1}`, id]));
}

const modifyGroups = (instanceId: string, groupIds: readonly string[]) =>
  t.call("ModifyInstanceAttribute", { InstanceId: instanceId, ...numbered("SecurityGroupIds", groupIds) });

describe("ENI-3 ModifyInstanceAttribute", () => {
  it("ENI-3 SecurityGroupIds.N replaces the primary ENI's groups and moves EcsCount", async () => {
    const web = await ecsCount(t, DEMO.web);
    const db = await ecsCount(t, DEMO.db);
    await modifyGroups(DEMO_INSTANCES.web1, [DEMO.db, DEMO.cache]);
    expect(await groupsOf(DEMO_INSTANCES.web1)).toEqual([DEMO.db, DEMO.cache]);
    expect(await ecsCount(t, DEMO.web)).toBe(web - 1);
    expect(await ecsCount(t, DEMO.db)).toBe(db + 1);
    // The secondary ENI keeps its own groups.
    expect((await eni(t, DEMO_INSTANCES.web1Secondary))?.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.web]);
    await expectEcsCountsInStep(t);
  });

  it("ENI-3 renames the instance; a bad name is InvalidInstanceName.Malformed 400, an unknown id 404", async () => {
    await t.call("ModifyInstanceAttribute", { InstanceId: DEMO_INSTANCES.db1, InstanceName: "db-primary" });
    expect((await instance(t, DEMO_INSTANCES.db1)).InstanceName).toBe("db-primary");
    await expectEcsError(
      t.call("ModifyInstanceAttribute", { InstanceId: DEMO_INSTANCES.db1, InstanceName: "-x" }),
      "InvalidInstanceName.Malformed",
      400,
    );
    await expectEcsError(
      t.call("ModifyInstanceAttribute", { InstanceId: "i-nope", "SecurityGroupIds.1": DEMO.web }),
      "InvalidInstanceId.NotFound",
      404,
    );
  });

  it("ENI-5 an 11th group is JoinedGroupLimitExceed 400 and changes nothing; 10 are fine", async () => {
    const groups = await newGroups(10);
    const error = await expectEcsError(
      modifyGroups(DEMO_INSTANCES.db1, [DEMO.db, ...groups]),
      "JoinedGroupLimitExceed",
      400,
    );
    expect(error.field).toBe("SecurityGroupIds");
    expect(await groupsOf(DEMO_INSTANCES.db1)).toEqual([DEMO.db]);
    expect(await ecsCount(t, String(groups[0]))).toBe(0);
    await modifyGroups(DEMO_INSTANCES.db1, groups);
    expect(await groupsOf(DEMO_INSTANCES.db1)).toEqual(groups);
    await expectEcsCountsInStep(t);
  });

  it("ENI-5 repeated ids, other VPCs, classic groups, mixed types and unknown groups get ModifyInstanceAttribute's codes", async () => {
    const id = DEMO_INSTANCES.db1;
    await expectEcsError(modifyGroups(id, [DEMO.web, DEMO.web]), "InvalidParameter.SecurityGroupIdRepeated", 404);
    await expectEcsError(modifyGroups(id, [DEMO.web, DEMO.dev]), "InvalidSecurityGroupVpc.NotBelongToOneVpc", 404);
    const classic = await createGroup(t, { SecurityGroupName: "classic-sg" });
    await expectEcsError(modifyGroups(id, [classic]), "InvalidSecurityGroupType.NotSupportClassic", 404);
    await expectEcsError(modifyGroups(id, [DEMO.db, DEMO.enterprise]), "EnterpriseGroupLimited.MutliGroupType", 403);
    await expectEcsError(modifyGroups(id, ["sg-nope"]), "InvalidSecurityGroupId.NotFound", 404);
    expect(await groupsOf(id)).toEqual([DEMO.db]);
    // A whole move to the enterprise group is one type: allowed.
    await modifyGroups(id, [DEMO.enterprise]);
    expect(await groupsOf(id)).toEqual([DEMO.enterprise]);
  });

  it("ENI-5 SG-8 managed groups can be neither joined nor left: InvalidOperation.ResourceManagedByCloudProduct 403", async () => {
    await expectEcsError(
      modifyGroups(DEMO_INSTANCES.db1, [DEMO.db, DEMO.managed]),
      "InvalidOperation.ResourceManagedByCloudProduct",
      403,
    );
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.db1, SecurityGroupId: DEMO.managed }),
      "InvalidOperation.ResourceManagedByCloudProduct",
      403,
    );
    expect(await ecsCount(t, DEMO.managed)).toBe(0);
  });
});

describe("ENI-3 JoinSecurityGroup", () => {
  it("ENI-3 adds a group to an instance (its primary ENI) or to an ENI", async () => {
    const before = await ecsCount(t, DEMO.cache);
    await t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.web1, SecurityGroupId: DEMO.cache });
    expect(await groupsOf(DEMO_INSTANCES.web1)).toEqual([DEMO.web, DEMO.cache]);
    await t.call("JoinSecurityGroup", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.spareEni,
      SecurityGroupId: DEMO.cache,
    });
    expect((await eni(t, DEMO_INSTANCES.spareEni))?.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.web, DEMO.cache]);
    expect(await ecsCount(t, DEMO.cache)).toBe(before + 2);
    await expectEcsCountsInStep(t);
  });

  it("ENI-5 joining twice is InvalidInstanceId.AlreadyExists 403", async () => {
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.web1, SecurityGroupId: DEMO.web }),
      "InvalidInstanceId.AlreadyExists",
      403,
    );
  });

  it("ENI-5 an 11th group is InstanceSecurityGroupLimitExceeded 400", async () => {
    const groups = await newGroups(10);
    await modifyGroups(DEMO_INSTANCES.db1, groups);
    const extra = await createGroup(t, { VpcId: DEMO.vpc, SecurityGroupName: "eleventh" });
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.db1, SecurityGroupId: extra }),
      "InstanceSecurityGroupLimitExceeded",
      400,
    );
    expect(await groupsOf(DEMO_INSTANCES.db1)).toHaveLength(10);
  });

  it("ENI-5 another VPC is InvalidInstanceId.Mismatch 400; mixing types InvalidOperation.MultiGroupType 400", async () => {
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.web1, SecurityGroupId: DEMO.dev }),
      "InvalidInstanceId.Mismatch",
      400,
    );
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.web1, SecurityGroupId: DEMO.enterprise }),
      "InvalidOperation.MultiGroupType",
      400,
    );
    expect(await groupsOf(DEMO_INSTANCES.web1)).toEqual([DEMO.web]);
  });

  it("ENI-3 InstanceId xor NetworkInterfaceId; unknown targets and groups are 404", async () => {
    await expectEcsError(
      t.call("JoinSecurityGroup", {
        RegionId: REGION,
        InstanceId: DEMO_INSTANCES.web1,
        NetworkInterfaceId: DEMO_INSTANCES.spareEni,
        SecurityGroupId: DEMO.cache,
      }),
      "InvalidParam.EniIdAndInstanceId.Conflict",
      403,
    );
    await expectEcsError(t.call("JoinSecurityGroup", { SecurityGroupId: DEMO.cache }), "MissingParameter", 400);
    await expectEcsError(
      t.call("JoinSecurityGroup", { NetworkInterfaceId: DEMO_INSTANCES.spareEni, SecurityGroupId: DEMO.cache }),
      "MissingParameter.RegionId",
      400,
    );
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: "i-nope", SecurityGroupId: DEMO.cache }),
      "InvalidInstanceId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("JoinSecurityGroup", { RegionId: REGION, NetworkInterfaceId: "eni-nope", SecurityGroupId: DEMO.cache }),
      "InvalidEniId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.web1, SecurityGroupId: "sg-nope" }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("JoinSecurityGroup", {
        RegionId: "cn-shanghai",
        InstanceId: DEMO_INSTANCES.web1,
        SecurityGroupId: DEMO.cache,
      }),
      "InvalidInstanceId.NotFound",
      404,
    );
  });
});

describe("ENI-3 LeaveSecurityGroup", () => {
  it("ENI-3 removes a group from an instance or an ENI", async () => {
    const before = await ecsCount(t, DEMO.cache);
    await t.call("LeaveSecurityGroup", { InstanceId: DEMO_INSTANCES.web2, SecurityGroupId: DEMO.cache });
    expect(await groupsOf(DEMO_INSTANCES.web2)).toEqual([DEMO.web]);
    expect(await ecsCount(t, DEMO.cache)).toBe(before - 1);
    await t.call("JoinSecurityGroup", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.spareEni,
      SecurityGroupId: DEMO.db,
    });
    await t.call("LeaveSecurityGroup", {
      RegionId: REGION,
      NetworkInterfaceId: DEMO_INSTANCES.spareEni,
      SecurityGroupId: DEMO.web,
    });
    expect((await eni(t, DEMO_INSTANCES.spareEni))?.SecurityGroupIds.SecurityGroupId).toEqual([DEMO.db]);
    await expectEcsCountsInStep(t);
  });

  it("ENI-5 the last group cannot leave: InstanceLastSecurityGroup 403", async () => {
    const error = await expectEcsError(
      t.call("LeaveSecurityGroup", { InstanceId: DEMO_INSTANCES.db1, SecurityGroupId: DEMO.db }),
      "InstanceLastSecurityGroup",
      403,
    );
    expect(error.message).toBe("The specified security group is the last security group for the instance.");
    expect(await groupsOf(DEMO_INSTANCES.db1)).toEqual([DEMO.db]);
  });

  it("ENI-5 leaving a group one is not in is InvalidSecurityGroupAssociation.NotFound 400", async () => {
    await expectEcsError(
      t.call("LeaveSecurityGroup", { InstanceId: DEMO_INSTANCES.web2, SecurityGroupId: DEMO.db }),
      "InvalidSecurityGroupAssociation.NotFound",
      400,
    );
  });
});

describe("ENI-5 RULE-8 rules per ENI", () => {
  /** Five groups of 200 rules: 1,000 on one ENI, the limit. */
  async function fullGroups(): Promise<string[]> {
    const groups = await newGroups(5);
    for (const group of groups) await fillRules(t, group, 200);
    return groups;
  }

  it("ENI-5 joining past 1,000 rules is AclLimitExceed 403 (join and modify); exactly 1,000 is fine", async () => {
    const groups = await fullGroups();
    await modifyGroups(DEMO_INSTANCES.db1, groups);
    const extra = await createGroup(t, { VpcId: DEMO.vpc, SecurityGroupName: "one-more" });
    await fillRules(t, extra, 1);
    const join = await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: DEMO_INSTANCES.db1, SecurityGroupId: extra }),
      "AclLimitExceed",
      403,
    );
    expect(join.message).toContain("1,001");
    await expectEcsError(modifyGroups(DEMO_INSTANCES.db1, [...groups, extra]), "AclLimitExceed", 403);
    await expectEcsError(
      t.call("ModifyNetworkInterfaceAttribute", {
        RegionId: REGION,
        NetworkInterfaceId: DEMO_INSTANCES.spareEni,
        ...numbered("SecurityGroupId", [...groups, extra]),
      }),
      "AclLimitExceed",
      403,
    );
    expect(await groupsOf(DEMO_INSTANCES.db1)).toEqual(groups);
    // Dropping a full group to take the small one is within the limit.
    await modifyGroups(DEMO_INSTANCES.db1, [...groups.slice(1), extra]);
  });

  it("RULE-8 adding a rule to a group in use past 1,000 on an ENI is AuthorizationLimitExceed 403", async () => {
    const groups = await newGroups(6);
    for (const group of groups.slice(0, 4)) await fillRules(t, group, 200);
    await fillRules(t, String(groups[4]), 199);
    await fillRules(t, String(groups[5]), 1);
    const created = await createEni(t, { VSwitchId: DEMO.vswitchH, ...numbered("SecurityGroupIds", groups) });
    const error = await expectEcsError(
      t.call("AuthorizeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: String(groups[5]),
        "Permissions.1.IpProtocol": "UDP",
        "Permissions.1.PortRange": "53/53",
        "Permissions.1.SourceCidrIp": "10.0.0.0/8",
      }),
      "AuthorizationLimitExceed",
      403,
    );
    expect(error.message).toContain(created.NetworkInterfaceId);
    // Once the ENI is gone, the same rule fits: the group itself holds 2 of 200.
    await t.call("DeleteNetworkInterface", { RegionId: REGION, NetworkInterfaceId: created.NetworkInterfaceId });
    await t.call("AuthorizeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: String(groups[5]),
      "Permissions.1.IpProtocol": "UDP",
      "Permissions.1.PortRange": "53/53",
      "Permissions.1.SourceCidrIp": "10.0.0.0/8",
    });
  });

  it("RULE-8 IO-2 an import counts its rows against the 1,000 on every ENI that uses the group, row by row", async () => {
    const groups = await newGroups(6);
    for (const group of groups.slice(0, 4)) await fillRules(t, group, 200);
    await fillRules(t, String(groups[4]), 198);
    await fillRules(t, String(groups[5]), 1);
    const created = await createEni(t, { VSwitchId: DEMO.vswitchH, ...numbered("SecurityGroupIds", groups) });
    const rule = (port: number) => ({
      Direction: "ingress",
      IpProtocol: "TCP",
      PortRange: `${port}/${port}`,
      SourceCidrIp: "10.1.0.0/16",
    });
    const result = (await t.call("ImportSecurityGroupRules", {
      RegionId: REGION,
      SecurityGroupId: String(groups[5]),
      Format: "json",
      Content: JSON.stringify({ Permissions: [rule(7001), rule(7002)] }),
    })) as { Results: { Result: Array<{ Success: boolean; Code: string; Message: string }> } };
    // 999 on the ENI: the first row makes 1,000, the second would make 1,001.
    expect(result.Results.Result.map((row) => [row.Success, row.Code])).toEqual([
      [true, ""],
      [false, "AuthorizationLimitExceed"],
    ]);
    expect(result.Results.Result[1]?.Message).toContain(created.NetworkInterfaceId);
  });

  it("RULE-8 an instance's primary ENI counts too: a rule added to its groups past 1,000 is refused", async () => {
    const groups = await newGroups(6);
    for (const group of groups.slice(0, 4)) await fillRules(t, group, 200);
    await fillRules(t, String(groups[4]), 199);
    await fillRules(t, String(groups[5]), 1);
    const id = await runOne(t, { VSwitchId: DEMO.vswitchH, ...numbered("SecurityGroupIds", groups.slice(0, 5)) });
    await t.call("JoinSecurityGroup", { InstanceId: id, SecurityGroupId: String(groups[5]) });
    const primary = (await instance(t, id)).NetworkInterfaces.NetworkInterface[0]?.NetworkInterfaceId;
    const error = await expectEcsError(
      t.call("AuthorizeSecurityGroup", {
        RegionId: REGION,
        SecurityGroupId: String(groups[5]),
        "Permissions.1.IpProtocol": "TCP",
        "Permissions.1.PortRange": "9000/9000",
        "Permissions.1.SourceCidrIp": "10.0.0.0/8",
      }),
      "AuthorizationLimitExceed",
      403,
    );
    expect(error.message).toContain(String(primary));
    expect(error.message).toContain("1,001");
  });
});

describe("ENI-6 group capacity", () => {
  it("ENI-6 a basic group holds 6,000 private IPs over its ENIs: SecurityGroupInstanceLimitExceeded 403", async () => {
    const group = await createGroup(t, { VpcId: DEMO.devVpc, SecurityGroupName: "crowded" });
    const big = await createVSwitch(t, { VpcId: DEMO.devVpc, ZoneId: "cn-hangzhou-h", CidrBlock: "10.100.0.0/16" });
    // 120 ENIs of 50 addresses (1 primary + 49 secondary) fill the group exactly.
    for (let i = 0; i < 120; i++) {
      await createEni(t, { VSwitchId: big, SecurityGroupId: group, SecondaryPrivateIpAddressCount: "49" });
    }
    const error = await expectEcsError(
      createEni(t, { VSwitchId: big, SecurityGroupId: group }),
      "SecurityGroupInstanceLimitExceeded",
      403,
    );
    expect(error.message).toContain("6,001");
    await expectEcsError(
      runOne(t, { VSwitchId: big, SecurityGroupId: group }),
      "SecurityGroupInstanceLimitExceeded",
      403,
    );
    const outsider = await runOne(t, { VSwitchId: big, SecurityGroupId: DEMO.dev });
    await expectEcsError(
      t.call("JoinSecurityGroup", { InstanceId: outsider, SecurityGroupId: group }),
      "SecurityGroupInstanceLimitExceeded",
      403,
    );
    expect(await ecsCount(t, group)).toBe(120);
  }, 60_000);

  it("ENI-6 an enterprise group holds 65,536 ENIs", async () => {
    const tx = t.engine.db.transaction("securityGroups", "readwrite");
    const group = await tx.store.get(DEMO.enterprise);
    if (!group) throw new Error("enterprise group missing");
    await tx.store.put({ ...group, EcsCount: 65_536 });
    await tx.done;
    const error = await expectEcsError(
      t.call("ModifyInstanceAttribute", { InstanceId: DEMO_INSTANCES.db1, "SecurityGroupIds.1": DEMO.enterprise }),
      "SecurityGroupInstanceLimitExceeded",
      403,
    );
    expect(error.message).toContain("65,537");
  });
});

describe("SG-6 a group with members cannot be deleted", () => {
  it("SG-6 DeleteSecurityGroup refuses a group with member ENIs: DependencyViolation 403", async () => {
    const group = await createGroup(t, { VpcId: DEMO.vpc, SecurityGroupName: "in-use" });
    const id = await runOne(t, { VSwitchId: DEMO.vswitchH, SecurityGroupId: group });
    const error = await expectEcsError(
      t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: group }),
      "DependencyViolation",
      403,
    );
    expect(error.message).toBe("There is still instance(s) in the specified security group.");
    await t.call("JoinSecurityGroup", { InstanceId: id, SecurityGroupId: DEMO.db });
    await t.call("LeaveSecurityGroup", { InstanceId: id, SecurityGroupId: group });
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: group });
    expect(await groupsOf(id)).toEqual([DEMO.db]);
  });

  it("SG-6 an Available ENI is a member too", async () => {
    const group = await createGroup(t, { VpcId: DEMO.vpc, SecurityGroupName: "eni-only" });
    const created = await createEni(t, { VSwitchId: DEMO.vswitchI, SecurityGroupId: group });
    await expectEcsError(
      t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: group }),
      "DependencyViolation",
      403,
    );
    await t.call("DeleteNetworkInterface", { RegionId: REGION, NetworkInterfaceId: created.NetworkInterfaceId });
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: group });
  });
});
