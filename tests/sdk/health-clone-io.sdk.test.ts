import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { DEMO, demoId } from "../../src/engine/seed/demo";
import { makeSdkClient, useSdkServer } from "./helpers";

const api = useSdkServer();
const client = makeSdkClient();
const REGION = "cn-hangzhou";
const REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

function expectErrorEnvelope(
  response: { status: number; body: Record<string, unknown> },
  code: string,
  status: number,
) {
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ Code: code, HostId: "ecs.aliyuncs.com" });
  expect(response.body.RequestId).toMatch(REQUEST_ID);
  expect(response.body.Recommend).toContain(`q=${encodeURIComponent(code)}`);
}

async function sdkRules(groupId: string, regionId = REGION) {
  const response = await client.describeSecurityGroupAttribute(
    new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: groupId }),
  );
  return response.body?.permissions?.permission ?? [];
}

describe("API-4 HC-1, CLONE-1, IO-1/IO-2 project actions over the wire", () => {
  it("API-4 HC-1 DescribeSecurityGroupRedundantRules answers in the ECS envelope, lists wrapped twice", async () => {
    await client.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: REGION,
        securityGroupId: DEMO.dev,
        permissions: [
          new $Ecs.AuthorizeSecurityGroupRequestPermissions({
            ipProtocol: "TCP",
            portRange: "1/1024",
            sourceCidrIp: "10.0.0.0/8",
          }),
          new $Ecs.AuthorizeSecurityGroupRequestPermissions({
            ipProtocol: "TCP",
            portRange: "22/22",
            sourceCidrIp: "10.0.0.0/8",
            priority: "5",
          }),
        ],
      }),
    );
    const response = await api.raw("DescribeSecurityGroupRedundantRules", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
    });
    expect(response.status).toBe(200);
    expect(response.body.RequestId).toMatch(REQUEST_ID);
    const findings = (response.body.RedundantRules as { RedundantRule: Array<Record<string, unknown>> }).RedundantRule;
    const rules = await sdkRules(DEMO.dev);
    const byPort = new Map(rules.map((rule) => [rule.portRange, rule.securityGroupRuleId]));
    expect(findings).toEqual([
      expect.objectContaining({
        SecurityGroupRuleId: byPort.get("22/22"),
        Direction: "ingress",
        Kind: "Covered",
        CoveringRuleIds: { CoveringRuleId: [byPort.get("1/1024")] },
      }),
    ]);
  });

  it("API-4 HC-1 an unknown group is the ECS error envelope (InvalidSecurityGroupId.NotFound 404)", async () => {
    const response = await api.raw("DescribeSecurityGroupRedundantRules", {
      RegionId: REGION,
      SecurityGroupId: "sg-x",
    });
    expectErrorEnvelope(response, "InvalidSecurityGroupId.NotFound", 404);
  });

  it("API-4 CLONE-1 the clone appears in the target region's list as the official SDK reads it", async () => {
    const targetVpc = demoId("vpc", "defaultcnshanghai");
    const response = await api.raw("CloneSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: DEMO.legacyDefault,
      TargetRegionId: "cn-shanghai",
      TargetVpcId: targetVpc,
      SecurityGroupName: "cloned-default-sg",
      KeepRules: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ SkippedRules: { SkippedRule: [] } });
    const groupId = String(response.body.SecurityGroupId);
    const listed = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-shanghai", maxResults: 100 }),
    );
    expect(listed.body?.securityGroups?.securityGroup?.map((g) => [g.securityGroupId, g.securityGroupName])).toEqual([
      [groupId, "cloned-default-sg"],
    ]);
    expect((await sdkRules(groupId, "cn-shanghai")).map((rule) => String(rule.priority))).toEqual([
      "100",
      "100",
      "100",
    ]);
  });

  it("API-4 CLONE-1 an enterprise group to the classic network is refused (InvalidParams.VpcIdGroupType 400)", async () => {
    const response = await api.raw("CloneSecurityGroup", { RegionId: REGION, SecurityGroupId: DEMO.enterprise });
    expectErrorEnvelope(response, "InvalidParams.VpcIdGroupType", 400);
    expect(response.body.Parameter).toBe("TargetVpcId");
  });

  it("API-4 IO-1/IO-2 a CSV export travels back in the form body and the SDK reads the same rules", async () => {
    const exported = await api.raw("ExportSecurityGroupRules", {
      RegionId: REGION,
      SecurityGroupId: DEMO.web,
      Format: "csv",
    });
    expect(exported.status).toBe(200);
    expect(String(exported.body.FileName)).toMatch(
      new RegExp(`^ecs_sgRule_${DEMO.web}_cn-hangzhou_\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const imported = await api.raw("ImportSecurityGroupRules", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
      Format: "csv",
      Content: String(exported.body.Content),
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ SuccessCount: 5, FailureCount: 0 });
    const results = (imported.body.Results as { Result: Array<Record<string, unknown>> }).Result;
    expect(results.map((result) => result.Index)).toEqual([1, 2, 3, 4, 5]);
    const shape = (rule: $Ecs.DescribeSecurityGroupAttributeResponseBodyPermissionsPermission) => [
      rule.direction,
      rule.ipProtocol,
      rule.portRange,
      rule.sourceCidrIp,
      rule.ipv6SourceCidrIp,
      String(rule.priority),
      rule.description,
    ];
    expect((await sdkRules(DEMO.dev)).map(shape)).toEqual((await sdkRules(DEMO.web)).map(shape));
  });

  it("API-4 IO-2 an unreadable file is one error envelope naming Content (InvalidParameter.Content 400)", async () => {
    const response = await api.raw("ImportSecurityGroupRules", {
      RegionId: REGION,
      SecurityGroupId: DEMO.dev,
      Format: "csv",
      Content: "Direction,Foo\r\ningress,x",
    });
    expectErrorEnvelope(response, "InvalidParameter.Content", 400);
    expect(response.body.Message).toContain("unknown column 'Foo' in the CSV header");
    expect(response.body.Parameter).toBe("Content");
    expect(await sdkRules(DEMO.dev)).toEqual([]);
  });
});
