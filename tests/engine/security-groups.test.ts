import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

const REGION = "cn-hangzhou";
let t: TestEngine;

beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

interface GroupView {
  SecurityGroupId: string;
  SecurityGroupName: string;
  SecurityGroupType: string;
  VpcId: string;
  RuleCount: number;
  Tags: { Tag: Array<{ TagKey: string; TagValue: string }> };
}

async function listGroups(params: Record<string, string> = {}) {
  const body = await t.call("DescribeSecurityGroups", { RegionId: REGION, MaxResults: "100", ...params });
  return body as { SecurityGroups: { SecurityGroup: GroupView[] }; NextToken?: string; TotalCount?: number };
}

async function create(params: Record<string, string> = {}): Promise<string> {
  const body = await t.call("CreateSecurityGroup", { RegionId: REGION, VpcId: DEMO.vpc, ...params });
  return String(body.SecurityGroupId);
}

async function attribute(groupId: string) {
  return (await t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: groupId })) as {
    InnerAccessPolicy: string;
    SecurityGroupName: string;
    Description: string;
    Permissions: { Permission: Array<Record<string, unknown>> };
  };
}

describe("SG-1 CreateSecurityGroup", () => {
  it("SG-1 creates a basic group in a VPC with a region-coded id and no rules", async () => {
    const id = await create({ SecurityGroupName: "prod-web-app-sg", Description: "web tier" });
    expect(id).toMatch(/^sg-bp1[0-9a-z]{17}$/);
    const group = (await listGroups({ SecurityGroupId: id })).SecurityGroups.SecurityGroup[0];
    expect(group).toMatchObject({
      SecurityGroupName: "prod-web-app-sg",
      SecurityGroupType: "normal",
      VpcId: DEMO.vpc,
      RuleCount: 0,
    });
    expect((await attribute(id)).Permissions.Permission).toEqual([]);
  });

  it("SG-1 accepts Japanese names and tags, and keeps CreationTime from the engine clock", async () => {
    const id = await create({ SecurityGroupName: "本番ウェブ", "Tag.1.Key": "env", "Tag.1.Value": "prod" });
    const body = await t.call("DescribeSecurityGroups", { RegionId: REGION, SecurityGroupId: id });
    const group = (body.SecurityGroups as { SecurityGroup: Array<Record<string, unknown>> }).SecurityGroup[0];
    expect(group?.SecurityGroupName).toBe("本番ウェブ");
    expect(group?.CreationTime).toBe("2026-03-01T00:00:00Z");
    expect(group?.Tags).toEqual({ Tag: [{ TagKey: "env", TagValue: "prod" }] });
  });

  it.each([
    ["a", "too short"],
    ["1abc", "starts with a digit"],
    ["http://evil", "a URL"],
    ["has space", "a space"],
    ["x".repeat(129), "too long"],
  ])("SG-1 refuses the name %j (%s) with InvalidSecurityGroupName.Malformed 400", async (name) => {
    await expectEcsError(create({ SecurityGroupName: name }), "InvalidSecurityGroupName.Malformed", 400);
  });

  it("SG-1 refuses a bad description with InvalidSecurityGroupDiscription.Malformed 400 (the API's spelling)", async () => {
    await expectEcsError(create({ Description: "x" }), "InvalidSecurityGroupDiscription.Malformed", 400);
    await expectEcsError(
      create({ Description: "https://x.example" }),
      "InvalidSecurityGroupDiscription.Malformed",
      400,
    );
  });

  it("SG-1 refuses an unknown type with InvalidParams.GroupType 400", async () => {
    await expectEcsError(create({ SecurityGroupType: "premium" }), "InvalidParams.GroupType", 400);
  });

  it("SG-1 SG-3 an enterprise group needs a VPC: InvalidParams.VpcIdGroupType 400", async () => {
    await expectEcsError(
      t.call("CreateSecurityGroup", { RegionId: REGION, SecurityGroupType: "enterprise" }),
      "InvalidParams.VpcIdGroupType",
      400,
    );
  });

  it("SG-1 a basic group without a VPC is a classic-network group", async () => {
    const body = await t.call("CreateSecurityGroup", { RegionId: REGION, SecurityGroupName: "classic-sg" });
    const groups = await listGroups({ NetworkType: "classic" });
    expect(groups.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual([body.SecurityGroupId]);
  });

  it("SG-1 refuses an unknown or other-region VPC with InvalidVpcId.NotFound 404", async () => {
    await expectEcsError(create({ VpcId: "vpc-doesnotexist000000000" }), "InvalidVpcId.NotFound", 404);
    await expectEcsError(
      t.call("CreateSecurityGroup", { RegionId: "cn-beijing", VpcId: DEMO.vpc }),
      "InvalidVpcId.NotFound",
      404,
    );
  });

  it("SG-1 checks the region: MissingParameter.RegionId 400 and InvalidRegionId.NotFound 404", async () => {
    await expectEcsError(t.call("CreateSecurityGroup", {}), "MissingParameter.RegionId", 400);
    await expectEcsError(t.call("CreateSecurityGroup", { RegionId: "mars-1" }), "InvalidRegionId.NotFound", 404);
  });

  it("SG-1 validates tags: InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags", async () => {
    await expectEcsError(create({ "Tag.1.Key": "aliyun:x", "Tag.1.Value": "v" }), "InvalidTagKey.Malformed", 400);
    await expectEcsError(
      create({ "Tag.1.Key": "k", "Tag.1.Value": "v".repeat(129) }),
      "InvalidTagValue.Malformed",
      400,
    );
    await expectEcsError(
      create({ "Tag.1.Key": "k", "Tag.1.Value": "a", "Tag.2.Key": "k", "Tag.2.Value": "b" }),
      "Duplicate.TagKey",
      400,
    );
    const many: Record<string, string> = {};
    for (let i = 1; i <= 21; i++) many[`Tag.${i}.Key`] = `k${i}`;
    await expectEcsError(create(many), "QuotaExceed.Tags", 403);
  });

  it("SG-1 holds the region quota q_security-groups: QuotaExceed.SecurityGroup 403, then raised with ModifyQuota", async () => {
    const quotas = (await t.call("DescribeQuotas", { RegionId: REGION })) as {
      Quotas: { Quota: Array<{ QuotaName: string; Value: number; Usage: number }> };
    };
    const usage = quotas.Quotas.Quota[0]?.Usage ?? 0;
    expect(quotas.Quotas.Quota[0]).toMatchObject({ QuotaName: "q_security-groups", Value: 1000 });
    await t.call("ModifyQuota", { RegionId: REGION, QuotaName: "q_security-groups", Value: String(usage + 1) });
    await create();
    await expectEcsError(create(), "QuotaExceed.SecurityGroup", 403);
    await t.call("ModifyQuota", { RegionId: REGION, QuotaName: "q_security-groups", Value: String(usage + 2) });
    await create();
  });

  it("SG-1 ModifyQuota refuses unknown quotas and values below the usage", async () => {
    await expectEcsError(
      t.call("ModifyQuota", { RegionId: REGION, QuotaName: "q_other", Value: "5" }),
      "InvalidParameter.QuotaName",
      400,
    );
    await expectEcsError(
      t.call("ModifyQuota", { RegionId: REGION, QuotaName: "q_security-groups", Value: "1" }),
      "InvalidParameter.QuotaValue",
      400,
    );
  });
});

describe("SG-2 defaults of a new group", () => {
  it("SG-2 a basic group starts with inner policy Accept, an enterprise group with Drop, neither with rules", async () => {
    const basic = await create();
    const enterprise = await create({ SecurityGroupType: "enterprise" });
    expect((await attribute(basic)).InnerAccessPolicy).toBe("Accept");
    const enterpriseAttribute = await attribute(enterprise);
    expect(enterpriseAttribute.InnerAccessPolicy).toBe("Drop");
    expect(enterpriseAttribute.Permissions.Permission).toEqual([]);
  });
});

describe("SG-3 enterprise restrictions", () => {
  it("SG-3 an enterprise group cannot change its inner policy: InvalidParameter.InnerAccessPolicy 404", async () => {
    await expectEcsError(
      t.call("ModifySecurityGroupPolicy", {
        RegionId: REGION,
        SecurityGroupId: DEMO.enterprise,
        InnerAccessPolicy: "Accept",
      }),
      "InvalidParameter.InnerAccessPolicy",
      404,
    );
  });
});

describe("SG-4 DescribeSecurityGroups", () => {
  it("SG-4 lists the region's groups in creation order, filtering by VPC, type, name, tag and ids", async () => {
    const all = await listGroups();
    expect(all.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual([
      DEMO.docScenario,
      DEMO.web,
      DEMO.db,
      DEMO.cache,
      DEMO.managed,
      DEMO.legacyDefault,
      DEMO.enterprise,
      DEMO.dev,
    ]);
    expect(
      (await listGroups({ VpcId: DEMO.devVpc })).SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId),
    ).toEqual([DEMO.dev]);
    expect((await listGroups({ SecurityGroupType: "enterprise" })).SecurityGroups.SecurityGroup).toHaveLength(1);
    expect(
      (await listGroups({ SecurityGroupName: "prod-mysql-db-sg" })).SecurityGroups.SecurityGroup[0]?.SecurityGroupId,
    ).toBe(DEMO.db);
    expect(
      (await listGroups({ SecurityGroupName: "prod", FuzzyQuery: "true" })).SecurityGroups.SecurityGroup,
    ).toHaveLength(4);
    expect(
      (await listGroups({ "Tag.1.Key": "app", "Tag.1.Value": "web" })).SecurityGroups.SecurityGroup[0]?.SecurityGroupId,
    ).toBe(DEMO.web);
    const byIds = await listGroups({ SecurityGroupIds: JSON.stringify([DEMO.db, DEMO.web, "sg-missing"]) });
    expect(byIds.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual([DEMO.web, DEMO.db]);
  });

  it("SG-4 an unknown id filter yields an empty list, not an error", async () => {
    expect((await listGroups({ SecurityGroupId: "sg-unknown" })).SecurityGroups.SecurityGroup).toEqual([]);
  });

  it("SG-4 a group of another region is not listed", async () => {
    expect((await t.call("DescribeSecurityGroups", { RegionId: "cn-beijing" })).SecurityGroups).toEqual({
      SecurityGroup: [],
    });
  });

  it("SG-4 pages with MaxResults and NextToken until the token is empty, without TotalCount", async () => {
    const seen: string[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await listGroups({ MaxResults: "3", ...(token ? { NextToken: token } : {}) });
      expect(page.TotalCount).toBeUndefined();
      seen.push(...page.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId));
      token = page.NextToken ?? "";
      pages++;
    } while (token !== "");
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it("SG-4 pages with the deprecated PageNumber and PageSize, with TotalCount", async () => {
    const page = await t.call("DescribeSecurityGroups", { RegionId: REGION, PageNumber: "2", PageSize: "5" });
    expect(page).toMatchObject({ TotalCount: 8, PageNumber: 2, PageSize: 5 });
    expect((page.SecurityGroups as { SecurityGroup: unknown[] }).SecurityGroup).toHaveLength(3);
  });

  it("SG-4 refuses mixed pagination, bad tokens, bad MaxResults, bad types and more than 100 ids", async () => {
    await expectEcsError(listGroups({ PageNumber: "1" }), "NotSupported.PageNumberAndPageSize", 400);
    await expectEcsError(listGroups({ NextToken: "zzz" }), "InValidParameter.NextToken", 400);
    await expectEcsError(listGroups({ MaxResults: "500" }), "InvalidParameter.MaxResults", 400);
    await expectEcsError(listGroups({ SecurityGroupType: "gold" }), "InvalidParameter.SecurityGroupType", 400);
    const ids = Array.from({ length: 101 }, (_, i) => `sg-${i}`);
    await expectEcsError(
      listGroups({ SecurityGroupIds: JSON.stringify(ids) }),
      "InvalidSecurityGroupId.Malformed",
      400,
    );
    await expectEcsError(listGroups({ SecurityGroupIds: "sg-1,sg-2" }), "InvalidParameter", 400);
  });

  it("SG-4 DescribeSecurityGroupAttribute of an unknown group is InvalidSecurityGroupId.NotFound 404", async () => {
    await expectEcsError(attribute("sg-unknown"), "InvalidSecurityGroupId.NotFound", 404);
  });
});

describe("SG-5 ModifySecurityGroupAttribute", () => {
  it("SG-5 renames and re-describes a group; empty values leave fields unchanged", async () => {
    await t.call("ModifySecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
      SecurityGroupName: "dev-renamed",
    });
    await t.call("ModifySecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
      Description: "new words",
    });
    expect(await attribute(DEMO.dev)).toMatchObject({ SecurityGroupName: "dev-renamed", Description: "new words" });
  });

  it("SG-5 validates the new name and description", async () => {
    await expectEcsError(
      t.call("ModifySecurityGroupAttribute", {
        RegionId: REGION,
        SecurityGroupId: DEMO.dev,
        SecurityGroupName: "-bad",
      }),
      "InvalidSecurityGroupName.Malformed",
      400,
    );
    await expectEcsError(
      t.call("ModifySecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: DEMO.dev, Description: "x" }),
      "InvalidSecurityGroupDiscription.Malformed",
      400,
    );
    await expectEcsError(
      t.call("ModifySecurityGroupAttribute", {
        RegionId: REGION,
        SecurityGroupId: "sg-nope",
        SecurityGroupName: "abc",
      }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
  });
});

describe("SG-6 DeleteSecurityGroup", () => {
  it("SG-6 deletes a free group and all its rules", async () => {
    const id = await create();
    await t.call("AuthorizeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: id,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "22/22",
      "Permissions.1.SourceCidrIp": "10.0.0.1",
    });
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: id });
    expect((await listGroups({ SecurityGroupId: id })).SecurityGroups.SecurityGroup).toEqual([]);
    const tx = t.engine.db.transaction("rules");
    expect(await tx.store.index("bySecurityGroup").count(id)).toBe(0);
  });

  /** A free group and another that references it (the demo's referenced groups have members). */
  async function referencedPair(): Promise<{ referenced: string; referencing: string }> {
    const referenced = await create({ SecurityGroupName: "referenced-sg" });
    const referencing = await create({ SecurityGroupName: "referencing-sg" });
    await t.call("AuthorizeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: referencing,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "3306/3306",
      "Permissions.1.SourceGroupId": referenced,
    });
    return { referenced, referencing };
  }

  it("SG-6 refuses a group referenced by another group's rule: DependencyViolation 403", async () => {
    const { referenced } = await referencedPair();
    const error = await expectEcsError(
      t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: referenced }),
      "DependencyViolation",
      403,
    );
    expect(error.message).toBe("The specified security group has been authorized in another one.");
  });

  it("SG-6 SG-8 refuses a managed group: InvalidOperation.ResourceManagedByCloudProduct 403", async () => {
    await expectEcsError(
      t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: DEMO.managed }),
      "InvalidOperation.ResourceManagedByCloudProduct",
      403,
    );
  });

  it("SG-6 refuses a group with deletion protection: InvalidOperation.DeletionProtection 403", async () => {
    const id = await create();
    const tx = t.engine.db.transaction("securityGroups", "readwrite");
    const group = await tx.store.get(id);
    if (!group) throw new Error("group missing");
    await tx.store.put({ ...group, DeletionProtection: true });
    await tx.done;
    await expectEcsError(
      t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: id }),
      "InvalidOperation.DeletionProtection",
      403,
    );
  });

  it("SG-6 an unknown group is InvalidSecurityGroup.NotFound 404 (the one API that spells it so)", async () => {
    await expectEcsError(
      t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: "sg-nope" }),
      "InvalidSecurityGroup.NotFound",
      404,
    );
  });

  it("SG-6 once the referencing rules are gone, the referenced group can be deleted", async () => {
    const { referenced, referencing } = await referencedPair();
    const reference = (await attribute(referencing)).Permissions.Permission[0];
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: referencing,
      "SecurityGroupRuleId.1": String(reference?.SecurityGroupRuleId),
    });
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: referenced });
    expect((await listGroups({ SecurityGroupId: referenced })).SecurityGroups.SecurityGroup).toEqual([]);
  });
});

describe("SG-7 ModifySecurityGroupPolicy", () => {
  it("SG-7 switches a basic group's inner policy, case-insensitively", async () => {
    await t.call("ModifySecurityGroupPolicy", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
      InnerAccessPolicy: "drop",
    });
    expect((await attribute(DEMO.dev)).InnerAccessPolicy).toBe("Drop");
    await t.call("ModifySecurityGroupPolicy", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
      InnerAccessPolicy: "ACCEPT",
    });
    expect((await attribute(DEMO.dev)).InnerAccessPolicy).toBe("Accept");
  });

  it("SG-7 refuses other values with InvalidPolicy.Malformed 400 and a missing one with MissingParameter 400", async () => {
    const error = await expectEcsError(
      t.call("ModifySecurityGroupPolicy", { RegionId: REGION, SecurityGroupId: DEMO.dev, InnerAccessPolicy: "maybe" }),
      "InvalidPolicy.Malformed",
      400,
    );
    expect(error.message).toContain("Only 'Accept' and 'Drop'");
    await expectEcsError(
      t.call("ModifySecurityGroupPolicy", { RegionId: REGION, SecurityGroupId: DEMO.dev }),
      "MissingParameter",
      400,
    );
  });
});

describe("SG-8 managed groups", () => {
  it.each([
    ["ModifySecurityGroupAttribute", { SecurityGroupName: "renamed" }],
    ["ModifySecurityGroupPolicy", { InnerAccessPolicy: "Drop" }],
    ["AuthorizeSecurityGroup", { "Permissions.1.IpProtocol": "ALL", "Permissions.1.SourceCidrIp": "10.0.0.0/8" }],
    ["RevokeSecurityGroup", { "SecurityGroupRuleId.1": "sgr-x" }],
  ])("SG-8 %s on a managed group is InvalidOperation.ResourceManagedByCloudProduct 403", async (action, params) => {
    const error = await expectEcsError(
      t.call(action, { RegionId: REGION, SecurityGroupId: DEMO.managed, ...params }),
      "InvalidOperation.ResourceManagedByCloudProduct",
      403,
    );
    expect(error.message).toContain("Container Service for Kubernetes");
  });

  it("SG-8 a managed group is listed with ServiceManaged and its ServiceID", async () => {
    const group = (await listGroups({ SecurityGroupId: DEMO.managed })).SecurityGroups
      .SecurityGroup[0] as unknown as Record<string, unknown>;
    expect(group.ServiceManaged).toBe(true);
    expect(typeof group.ServiceID).toBe("number");
  });
});

describe("SG-9 DescribeSecurityGroupReferences", () => {
  it("SG-9 names the groups whose rules reference each group", async () => {
    const body = await t.call("DescribeSecurityGroupReferences", {
      RegionId: REGION,
      "SecurityGroupId.1": DEMO.web,
      "SecurityGroupId.2": DEMO.dev,
    });
    expect(body.SecurityGroupReferences).toEqual({
      SecurityGroupReference: [
        {
          SecurityGroupId: DEMO.web,
          ReferencingSecurityGroups: {
            ReferencingSecurityGroup: [DEMO.cache, DEMO.db]
              .sort()
              .map((id) => ({ SecurityGroupId: id, AliUid: "1234567890123456" })),
          },
        },
        { SecurityGroupId: DEMO.dev, ReferencingSecurityGroups: { ReferencingSecurityGroup: [] } },
      ],
    });
  });

  it("SG-9 refuses no ids or more than 10 (InvalidSecurityGroupId.Malformed 400) and unknown ids (NotFound 404)", async () => {
    await expectEcsError(
      t.call("DescribeSecurityGroupReferences", { RegionId: REGION }),
      "InvalidSecurityGroupId.Malformed",
      400,
    );
    const eleven: Record<string, string> = { RegionId: REGION };
    for (let i = 1; i <= 11; i++) eleven[`SecurityGroupId.${i}`] = DEMO.web;
    await expectEcsError(t.call("DescribeSecurityGroupReferences", eleven), "InvalidSecurityGroupId.Malformed", 400);
    const error = await expectEcsError(
      t.call("DescribeSecurityGroupReferences", { RegionId: REGION, "SecurityGroupId.1": "sg-none" }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
    expect(error.message).toBe("The SecurityGroupId provided does not exist in our records.");
  });
});

describe("SG-4 name search (FuzzyQuery) stays right as groups change", () => {
  it("SG-4 finds groups created, renamed and deleted since the previous search, and after a reset", async () => {
    const search = async (needle: string) =>
      (await listGroups({ SecurityGroupName: needle, FuzzyQuery: "true" })).SecurityGroups.SecurityGroup.map(
        (group) => group.SecurityGroupName,
      );
    expect(await search("zebra")).toEqual([]);
    const id = await create({ SecurityGroupName: "Zebra-one" });
    expect(await search("zebra")).toEqual(["Zebra-one"]);
    await t.call("ModifySecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: id,
      SecurityGroupName: "okapi-one",
    });
    expect(await search("zebra")).toEqual([]);
    expect(await search("OKAPI")).toEqual(["okapi-one"]);
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: id });
    expect(await search("okapi")).toEqual([]);
    await create({ SecurityGroupName: "okapi-two" });
    expect(await search("okapi")).toEqual(["okapi-two"]);
    await t.call("ResetWorkspace", { Preset: "demo" });
    expect(await search("okapi")).toEqual([]);
  });

  it("SG-4 pages through name matches with NextToken", async () => {
    for (let i = 0; i < 5; i++) await create({ SecurityGroupName: `paged-${i}` });
    const first = await listGroups({ SecurityGroupName: "paged", FuzzyQuery: "true", MaxResults: "3" });
    const second = await listGroups({
      SecurityGroupName: "paged",
      FuzzyQuery: "true",
      MaxResults: "3",
      NextToken: String(first.NextToken),
    });
    expect(
      [...first.SecurityGroups.SecurityGroup, ...second.SecurityGroups.SecurityGroup].map((g) => g.SecurityGroupName),
    ).toEqual(["paged-0", "paged-1", "paged-2", "paged-3", "paged-4"]);
    expect(second.NextToken).toBe("");
  });
});
