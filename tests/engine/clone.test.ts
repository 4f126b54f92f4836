import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, demoId } from "../../src/engine/seed/demo";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

interface Permission {
  SecurityGroupRuleId: string;
  Direction: string;
  IpProtocol: string;
  PortRange: string;
  SourceCidrIp: string;
  SourceGroupId: string;
  SourcePrefixListId: string;
  Policy: string;
  Priority: number;
  Description: string;
}

interface CloneResponse {
  SecurityGroupId: string;
  SkippedRules: { SkippedRule: Array<{ SecurityGroupRuleId: string; Code: string; Message: string }> };
}

const HANGZHOU = "cn-hangzhou";
const SHANGHAI_VPC = demoId("vpc", "defaultcnshanghai");

describe("CLONE-1 CloneSecurityGroup", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeEngine();
  });
  afterEach(() => t.close());

  const clone = async (params: Record<string, string>) =>
    (await t.call("CloneSecurityGroup", { RegionId: HANGZHOU, ...params })) as unknown as CloneResponse;

  async function rulesOf(groupId: string, regionId = HANGZHOU): Promise<Permission[]> {
    const response = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: regionId,
      SecurityGroupId: groupId,
    })) as { Permissions: { Permission: Permission[] } };
    return response.Permissions.Permission;
  }

  async function groupOf(groupId: string, regionId = HANGZHOU) {
    const response = (await t.call("DescribeSecurityGroups", { RegionId: regionId, SecurityGroupId: groupId })) as {
      SecurityGroups: { SecurityGroup: Array<Record<string, unknown>> };
    };
    return response.SecurityGroups.SecurityGroup[0];
  }

  const shape = (p: Permission) => ({
    Direction: p.Direction,
    IpProtocol: p.IpProtocol,
    PortRange: p.PortRange,
    SourceCidrIp: p.SourceCidrIp,
    SourceGroupId: p.SourceGroupId,
    Policy: p.Policy,
    Priority: p.Priority,
    Description: p.Description,
  });

  it("CLONE-1 copies the group into the same VPC with its rules, description and type; tags only when asked", async () => {
    const result = await clone({ SecurityGroupId: DEMO.web, TargetVpcId: DEMO.vpc });
    expect(result.SecurityGroupId).toMatch(/^sg-bp1[0-9a-z]{17}$/);
    expect(result.SkippedRules.SkippedRule).toEqual([]);
    const copy = await groupOf(result.SecurityGroupId);
    expect(copy).toMatchObject({
      SecurityGroupName: "prod-web-frontend-sg-copy",
      Description: "Public web tier",
      SecurityGroupType: "normal",
      VpcId: DEMO.vpc,
      Tags: { Tag: [] },
      RuleCount: 5,
    });
    const original = (await rulesOf(DEMO.web)).map(shape);
    const copied = await rulesOf(result.SecurityGroupId);
    expect(copied.map(shape)).toEqual(original);
    expect(new Set(copied.map((p) => p.SecurityGroupRuleId)).size).toBe(copied.length);
    expect(copied.map((p) => p.SecurityGroupRuleId)).not.toContain((await rulesOf(DEMO.web))[0]?.SecurityGroupRuleId);
  });

  it("CLONE-1 CopyTags copies the tags; a given name is used; KeepRules=false copies no rules", async () => {
    const result = await clone({
      SecurityGroupId: DEMO.web,
      TargetVpcId: DEMO.vpc,
      SecurityGroupName: "staging-web-sg",
      CopyTags: "true",
      KeepRules: "false",
    });
    expect(await groupOf(result.SecurityGroupId)).toMatchObject({
      SecurityGroupName: "staging-web-sg",
      RuleCount: 0,
      Tags: {
        Tag: [
          { TagKey: "env", TagValue: "prod" },
          { TagKey: "app", TagValue: "web" },
        ],
      },
    });
  });

  it("CLONE-1 rules of a legacy default group with priority 110 become priority 100 in the clone", async () => {
    expect((await rulesOf(DEMO.legacyDefault)).map((p) => p.Priority)).toEqual([110, 110, 110]);
    const result = await clone({ SecurityGroupId: DEMO.legacyDefault, TargetVpcId: DEMO.vpc });
    expect((await rulesOf(result.SecurityGroupId)).map((p) => p.Priority)).toEqual([100, 100, 100]);
    expect(result.SkippedRules.SkippedRule).toEqual([]);
  });

  it("CLONE-1 a 110 rule that becomes identical to a kept 100 rule is skipped as a duplicate", async () => {
    await t.call("AuthorizeSecurityGroup", {
      RegionId: HANGZHOU,
      SecurityGroupId: DEMO.legacyDefault,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "22/22",
      "Permissions.1.SourceCidrIp": "0.0.0.0/0",
      "Permissions.1.Priority": "100",
    });
    const added = (await rulesOf(DEMO.legacyDefault)).find((p) => p.Priority === 100);
    const result = await clone({ SecurityGroupId: DEMO.legacyDefault, TargetVpcId: DEMO.vpc });
    expect(result.SkippedRules.SkippedRule).toEqual([
      expect.objectContaining({
        SecurityGroupRuleId: added?.SecurityGroupRuleId,
        Code: "InvalidOperation.RuleDuplicate",
      }),
    ]);
    expect(await rulesOf(result.SecurityGroupId)).toHaveLength(3);
  });

  it("CLONE-1 to another region: the group appears there; group references are skipped and listed", async () => {
    const result = await clone({ SecurityGroupId: DEMO.db, TargetRegionId: "cn-shanghai", TargetVpcId: SHANGHAI_VPC });
    expect(result.SecurityGroupId).toMatch(/^sg-uf6/);
    const source = await rulesOf(DEMO.db);
    const groupRule = source.find((p) => p.SourceGroupId === DEMO.web);
    expect(result.SkippedRules.SkippedRule).toEqual([
      {
        SecurityGroupRuleId: groupRule?.SecurityGroupRuleId,
        Code: "NotSupported.CrossRegionReference",
        Message: expect.stringContaining(`${DEMO.web} of region cn-hangzhou`),
      },
    ]);
    const copied = await rulesOf(result.SecurityGroupId, "cn-shanghai");
    expect(copied.map(shape)).toEqual(source.filter((p) => p !== groupRule).map(shape));
    expect(await groupOf(result.SecurityGroupId, "cn-shanghai")).toMatchObject({ VpcId: SHANGHAI_VPC });
    expect(await groupOf(result.SecurityGroupId)).toBeUndefined();
  });

  it("CLONE-1 to another region: prefix-list rules are skipped too", async () => {
    const list = await t.call("CreatePrefixList", {
      RegionId: HANGZHOU,
      PrefixListName: "clone-list",
      AddressFamily: "IPv4",
      MaxEntries: "3",
      "Entry.1.Cidr": "10.0.0.0/8",
    });
    await t.call("AuthorizeSecurityGroup", {
      RegionId: HANGZHOU,
      SecurityGroupId: DEMO.dev,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "22/22",
      "Permissions.1.SourcePrefixListId": String(list.PrefixListId),
    });
    const result = await clone({ SecurityGroupId: DEMO.dev, TargetRegionId: "cn-shanghai", TargetVpcId: SHANGHAI_VPC });
    expect(result.SkippedRules.SkippedRule).toEqual([
      expect.objectContaining({ Code: "NotSupported.CrossRegionReference" }),
    ]);
    expect(await rulesOf(result.SecurityGroupId, "cn-shanghai")).toEqual([]);
  });

  it("CLONE-1 into another VPC of the region: a group reference into the old VPC is skipped (Mismatch)", async () => {
    const result = await clone({ SecurityGroupId: DEMO.db, TargetVpcId: DEMO.devVpc });
    expect(result.SkippedRules.SkippedRule).toEqual([
      expect.objectContaining({ Code: "InvalidSourceGroupId.Mismatch" }),
    ]);
    expect(await rulesOf(result.SecurityGroupId)).toHaveLength(1);
  });

  it("CLONE-1 into the classic network (no TargetVpcId): a basic group without VPC", async () => {
    const result = await clone({ SecurityGroupId: DEMO.web });
    expect(await groupOf(result.SecurityGroupId)).toMatchObject({
      VpcId: "",
      SecurityGroupType: "normal",
      RuleCount: 5,
    });
  });

  it("CLONE-1 an enterprise group keeps its type and needs a VPC (InvalidParams.VpcIdGroupType 400)", async () => {
    await expectEcsError(clone({ SecurityGroupId: DEMO.enterprise }), "InvalidParams.VpcIdGroupType", 400);
    const result = await clone({ SecurityGroupId: DEMO.enterprise, TargetVpcId: DEMO.vpc });
    expect(await groupOf(result.SecurityGroupId)).toMatchObject({ SecurityGroupType: "enterprise", RuleCount: 3 });
    const attribute = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: HANGZHOU,
      SecurityGroupId: result.SecurityGroupId,
    });
    expect(attribute.InnerAccessPolicy).toBe("Drop");
  });

  it("CLONE-1 keeps the inner access policy; a managed group's clone is an ordinary group", async () => {
    const cache = await clone({ SecurityGroupId: DEMO.cache, TargetVpcId: DEMO.vpc });
    const attribute = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: HANGZHOU,
      SecurityGroupId: cache.SecurityGroupId,
    });
    expect(attribute.InnerAccessPolicy).toBe("Drop");
    const managed = await clone({ SecurityGroupId: DEMO.managed, TargetVpcId: DEMO.vpc });
    expect(await groupOf(managed.SecurityGroupId)).toMatchObject({ ServiceManaged: false, RuleCount: 2 });
    await t.call("DeleteSecurityGroup", { RegionId: HANGZHOU, SecurityGroupId: managed.SecurityGroupId });
  });

  it("CLONE-1 the target region's group quota holds (QuotaExceed.SecurityGroup 403) and nothing is created", async () => {
    await t.call("ModifyQuota", { RegionId: "cn-shanghai", QuotaName: "q_security-groups", Value: "1" });
    await clone({ SecurityGroupId: DEMO.web, TargetRegionId: "cn-shanghai", TargetVpcId: SHANGHAI_VPC });
    await expectEcsError(
      clone({ SecurityGroupId: DEMO.web, TargetRegionId: "cn-shanghai", TargetVpcId: SHANGHAI_VPC }),
      "QuotaExceed.SecurityGroup",
      403,
    );
    const listed = (await t.call("DescribeSecurityGroups", { RegionId: "cn-shanghai" })) as {
      SecurityGroups: { SecurityGroup: unknown[] };
    };
    expect(listed.SecurityGroups.SecurityGroup).toHaveLength(1);
  });

  it("CLONE-1 errors: unknown group, region, VPC, bad name, bad flag, missing region", async () => {
    await expectEcsError(clone({ SecurityGroupId: "sg-nope" }), "InvalidSecurityGroupId.NotFound", 404);
    await expectEcsError(
      clone({ SecurityGroupId: DEMO.web, TargetRegionId: "xx-nowhere-1" }),
      "InvalidRegionId.NotFound",
      404,
    );
    await expectEcsError(clone({ SecurityGroupId: DEMO.web, TargetVpcId: "vpc-nope" }), "InvalidVpcId.NotFound", 404);
    // A VPC of another region is not a target.
    await expectEcsError(clone({ SecurityGroupId: DEMO.web, TargetVpcId: SHANGHAI_VPC }), "InvalidVpcId.NotFound", 404);
    await expectEcsError(
      clone({ SecurityGroupId: DEMO.web, TargetVpcId: DEMO.vpc, SecurityGroupName: "1-starts-with-digit" }),
      "InvalidSecurityGroupName.Malformed",
      400,
    );
    await expectEcsError(
      clone({ SecurityGroupId: DEMO.web, TargetVpcId: DEMO.vpc, KeepRules: "maybe" }),
      "InvalidParameter",
      400,
    );
    await expectEcsError(t.call("CloneSecurityGroup", { SecurityGroupId: DEMO.web }), "MissingParameter.RegionId", 400);
  });
});
