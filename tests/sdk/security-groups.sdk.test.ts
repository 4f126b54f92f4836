import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { makeSdkClient, sdkError, useSdkServer } from "./helpers";

const api = useSdkServer();
const client = makeSdkClient();
const REGION = "cn-hangzhou";

async function createGroup(name = "sdk-made-sg"): Promise<string> {
  const response = await client.createSecurityGroup(
    new $Ecs.CreateSecurityGroupRequest({
      regionId: REGION,
      vpcId: DEMO.vpc,
      securityGroupName: name,
      description: "made by the official SDK",
      tag: [new $Ecs.CreateSecurityGroupRequestTag({ key: "env", value: "test" })],
    }),
  );
  return response.body?.securityGroupId ?? "";
}

async function permissionsOf(groupId: string) {
  const response = await client.describeSecurityGroupAttribute(
    new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId: groupId }),
  );
  return response.body?.permissions?.permission ?? [];
}

describe("API-4 official SDK: security groups", () => {
  it("API-4 SG-4 DescribeSecurityGroups returns the demo groups, doubly wrapped, with a RequestId", async () => {
    const response = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, maxResults: 100 }),
    );
    expect(response.statusCode).toBe(200);
    const groups = response.body?.securityGroups?.securityGroup ?? [];
    expect(groups.map((group) => group.securityGroupName)).toContain("doc-scenario-sg");
    expect(groups.find((group) => group.securityGroupId === DEMO.managed)?.serviceManaged).toBe(true);
    expect(response.body?.requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it("API-4 SG-4 filters with the SecurityGroupIds JSON string and pages with NextToken", async () => {
    const byIds = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({
        regionId: REGION,
        securityGroupIds: JSON.stringify([DEMO.db, DEMO.web]),
      }),
    );
    expect(byIds.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupId)).toEqual([
      DEMO.web,
      DEMO.db,
    ]);
    const first = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, maxResults: 5 }),
    );
    const second = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, maxResults: 5, nextToken: first.body?.nextToken }),
    );
    expect(second.body?.securityGroups?.securityGroup).toHaveLength(3);
    expect(second.body?.nextToken ?? "").toBe("");
  });

  it("API-4 SG-1 SG-5 SG-7 SG-6 create, modify, switch the inner policy and delete through the SDK", async () => {
    const id = await createGroup();
    expect(id).toMatch(/^sg-bp1/);
    await client.modifySecurityGroupAttribute(
      new $Ecs.ModifySecurityGroupAttributeRequest({
        regionId: REGION,
        securityGroupId: id,
        securityGroupName: "sdk-renamed",
      }),
    );
    await client.modifySecurityGroupPolicy(
      new $Ecs.ModifySecurityGroupPolicyRequest({ regionId: REGION, securityGroupId: id, innerAccessPolicy: "Drop" }),
    );
    const attribute = await client.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId: id }),
    );
    expect(attribute.body).toMatchObject({
      securityGroupName: "sdk-renamed",
      innerAccessPolicy: "Drop",
      vpcId: DEMO.vpc,
    });
    await client.deleteSecurityGroup(new $Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId: id }));
    const error = await sdkError(
      client.deleteSecurityGroup(new $Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId: id })),
    );
    expect(error).toMatchObject({ code: "InvalidSecurityGroup.NotFound", statusCode: 404 });
  });

  it("API-4 SG-1 CreateSecurityGroup errors reach the SDK as ClientError with code and status", async () => {
    const error = await sdkError(
      client.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, securityGroupName: "9" })),
    );
    expect(error).toMatchObject({ code: "InvalidSecurityGroupName.Malformed", statusCode: 400 });
    expect(error.data).toMatchObject({ HostId: "ecs.aliyuncs.com", Code: "InvalidSecurityGroupName.Malformed" });
    const enterprise = await sdkError(
      client.createSecurityGroup(
        new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, securityGroupType: "enterprise" }),
      ),
    );
    expect(enterprise).toMatchObject({ code: "InvalidParams.VpcIdGroupType", statusCode: 400 });
  });

  it("API-4 SG-6 deleting a referenced group is DependencyViolation 403", async () => {
    const error = await sdkError(
      client.deleteSecurityGroup(new $Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId: DEMO.web })),
    );
    expect(error).toMatchObject({ code: "DependencyViolation", statusCode: 403 });
  });

  it("API-4 SG-9 DescribeSecurityGroupReferences takes SecurityGroupId.N", async () => {
    const response = await client.describeSecurityGroupReferences(
      new $Ecs.DescribeSecurityGroupReferencesRequest({ regionId: REGION, securityGroupId: [DEMO.web] }),
    );
    const reference = response.body?.securityGroupReferences?.securityGroupReference?.[0];
    expect(
      reference?.referencingSecurityGroups?.referencingSecurityGroup?.map((group) => group.securityGroupId).sort(),
    ).toEqual([DEMO.cache, DEMO.db].sort());
  });

  it("API-4 SG-3 SG-8 enterprise and managed refusals", async () => {
    const inner = await sdkError(
      client.modifySecurityGroupPolicy(
        new $Ecs.ModifySecurityGroupPolicyRequest({
          regionId: REGION,
          securityGroupId: DEMO.enterprise,
          innerAccessPolicy: "Accept",
        }),
      ),
    );
    expect(inner).toMatchObject({ code: "InvalidParameter.InnerAccessPolicy", statusCode: 404 });
    const managed = await sdkError(
      client.modifySecurityGroupAttribute(
        new $Ecs.ModifySecurityGroupAttributeRequest({
          regionId: REGION,
          securityGroupId: DEMO.managed,
          description: "mine now",
        }),
      ),
    );
    expect(managed).toMatchObject({ code: "InvalidOperation.ResourceManagedByCloudProduct", statusCode: 403 });
  });

  it("API-4 regions and zones", async () => {
    const regions = await client.describeRegions(new $Ecs.DescribeRegionsRequest({}));
    expect(regions.body?.regions?.region?.map((region) => region.regionId)).toContain("ap-northeast-1");
    const zones = await client.describeZones(new $Ecs.DescribeZonesRequest({ regionId: REGION }));
    expect(zones.body?.zones?.zone?.map((zone) => zone.zoneId)).toContain("cn-hangzhou-h");
  });
});

describe("API-4 official SDK: rules", () => {
  // msw/node parses requests with Node's default 16 KB header limit, so the 100-permission call
  // (a ~17 KB URL) is proven against the real Node server in node-server.test.ts.
  it("API-4 RULE-3 RULE-6 authorizes many permissions in one call and reads them back", async () => {
    const id = await createGroup();
    const permissions = Array.from(
      { length: 40 },
      (_, i) =>
        new $Ecs.AuthorizeSecurityGroupRequestPermissions({
          ipProtocol: "TCP",
          portRange: `${i + 1000}/${i + 1000}`,
          sourceCidrIp: "10.20.30.0/24",
          priority: "10",
          description: `rule number ${i + 1}`,
        }),
    );
    await client.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({ regionId: REGION, securityGroupId: id, permissions }),
    );
    const rules = await permissionsOf(id);
    expect(rules).toHaveLength(40);
    expect(rules[0]).toMatchObject({
      ipProtocol: "TCP",
      portRange: "1000/1000",
      priority: "10",
      policy: "Accept",
      direction: "ingress",
    });
  });

  it("API-4 RULE-3 egress, RULE-4 modify by id, RULE-5 revoke by id and by permission", async () => {
    const id = await createGroup();
    await client.authorizeSecurityGroupEgress(
      new $Ecs.AuthorizeSecurityGroupEgressRequest({
        regionId: REGION,
        securityGroupId: id,
        permissions: [
          new $Ecs.AuthorizeSecurityGroupEgressRequestPermissions({
            ipProtocol: "ALL",
            destCidrIp: "45.33.32.156",
            policy: "drop",
          }),
          new $Ecs.AuthorizeSecurityGroupEgressRequestPermissions({
            ipProtocol: "TCP",
            portRange: "443/443",
            destCidrIp: "0.0.0.0/0",
          }),
        ],
      }),
    );
    const [drop, https] = await permissionsOf(id);
    expect(drop).toMatchObject({
      direction: "egress",
      destCidrIp: "45.33.32.156/32",
      policy: "Drop",
      portRange: "-1/-1",
    });
    await client.modifySecurityGroupEgressRule(
      new $Ecs.ModifySecurityGroupEgressRuleRequest({
        regionId: REGION,
        securityGroupId: id,
        securityGroupRuleId: https?.securityGroupRuleId,
        portRange: "8443/8443",
      }),
    );
    expect((await permissionsOf(id))[1]).toMatchObject({
      securityGroupRuleId: https?.securityGroupRuleId,
      portRange: "8443/8443",
    });
    await client.revokeSecurityGroupEgress(
      new $Ecs.RevokeSecurityGroupEgressRequest({
        regionId: REGION,
        securityGroupId: id,
        securityGroupRuleId: [drop?.securityGroupRuleId ?? ""],
      }),
    );
    await client.revokeSecurityGroupEgress(
      new $Ecs.RevokeSecurityGroupEgressRequest({
        regionId: REGION,
        securityGroupId: id,
        permissions: [
          new $Ecs.RevokeSecurityGroupEgressRequestPermissions({
            ipProtocol: "TCP",
            portRange: "8443/8443",
            destCidrIp: "0.0.0.0/0",
          }),
        ],
      }),
    );
    expect(await permissionsOf(id)).toEqual([]);
  });

  it("API-4 RULE-4 ModifySecurityGroupRule on an inbound rule and its errors", async () => {
    const id = await createGroup();
    await client.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: REGION,
        securityGroupId: id,
        permissions: [
          new $Ecs.AuthorizeSecurityGroupRequestPermissions({
            ipProtocol: "TCP",
            portRange: "22/22",
            sourceCidrIp: "121.40.10.10",
          }),
        ],
      }),
    );
    const [rule] = await permissionsOf(id);
    await client.modifySecurityGroupRule(
      new $Ecs.ModifySecurityGroupRuleRequest({
        regionId: REGION,
        securityGroupId: id,
        securityGroupRuleId: rule?.securityGroupRuleId,
        sourceCidrIp: "121.40.10.0/24",
      }),
    );
    expect((await permissionsOf(id))[0]?.sourceCidrIp).toBe("121.40.10.0/24");
    const entity = await sdkError(
      client.modifySecurityGroupRule(
        new $Ecs.ModifySecurityGroupRuleRequest({
          regionId: REGION,
          securityGroupId: id,
          securityGroupRuleId: rule?.securityGroupRuleId,
          sourceGroupId: DEMO.web,
        }),
      ),
    );
    expect(entity).toMatchObject({ code: "InvalidOperation.ModifySgRuleEntityType", statusCode: 400 });
    const missing = await sdkError(
      client.revokeSecurityGroup(
        new $Ecs.RevokeSecurityGroupRequest({
          regionId: REGION,
          securityGroupId: id,
          securityGroupRuleId: ["sgr-missing"],
        }),
      ),
    );
    expect(missing).toMatchObject({ code: "InvalidSecurityGroupRuleId.NotFound", statusCode: 404 });
  });

  it("API-4 API-5 a call that fails half-way (the 3rd of 3 permissions is invalid) changes nothing", async () => {
    const id = await createGroup();
    const error = await sdkError(
      client.authorizeSecurityGroup(
        new $Ecs.AuthorizeSecurityGroupRequest({
          regionId: REGION,
          securityGroupId: id,
          permissions: [
            new $Ecs.AuthorizeSecurityGroupRequestPermissions({
              ipProtocol: "TCP",
              portRange: "80/80",
              sourceCidrIp: "0.0.0.0/0",
            }),
            new $Ecs.AuthorizeSecurityGroupRequestPermissions({
              ipProtocol: "TCP",
              portRange: "443/443",
              sourceCidrIp: "0.0.0.0/0",
            }),
            new $Ecs.AuthorizeSecurityGroupRequestPermissions({
              ipProtocol: "TCP",
              portRange: "99/99",
              sourceGroupId: "sg-missing",
            }),
          ],
        }),
      ),
    );
    expect(error).toMatchObject({ code: "InvalidSourceGroupId.NotFound", statusCode: 404 });
    expect(error.data.Parameter).toBe("Permissions.3.SourceGroupId");
    expect(await permissionsOf(id)).toEqual([]);
  });

  it("API-4 RULE-2 validation errors keep the real codes through the SDK", async () => {
    const error = await sdkError(
      client.authorizeSecurityGroup(
        new $Ecs.AuthorizeSecurityGroupRequest({
          regionId: REGION,
          securityGroupId: DEMO.dev,
          permissions: [
            new $Ecs.AuthorizeSecurityGroupRequestPermissions({
              ipProtocol: "TCP",
              portRange: "0/70000",
              sourceCidrIp: "1.1.1.1",
            }),
          ],
        }),
      ),
    );
    expect(error).toMatchObject({ code: "InvalidParam.PortRange", statusCode: 400 });
  });
});

describe("API-4 project actions over the same endpoint", () => {
  it("SPEC-11 CreateVpc, CreateVSwitch, DescribeVpcs, DescribeVSwitches, quotas and reset answer with the same envelopes", async () => {
    const vpc = await api.raw("CreateVpc", {
      RegionId: "eu-central-1",
      CidrBlock: "10.8.0.0/16",
      VpcName: "frankfurt",
    });
    expect(vpc.status).toBe(200);
    const vswitch = await api.raw("CreateVSwitch", {
      RegionId: "eu-central-1",
      VpcId: String(vpc.body.VpcId),
      ZoneId: "eu-central-1-a",
      CidrBlock: "10.8.1.0/24",
    });
    expect(vswitch.status).toBe(200);
    const listed = await api.raw("DescribeVSwitches", { RegionId: "eu-central-1", VpcId: String(vpc.body.VpcId) });
    expect((listed.body.VSwitches as { VSwitch: unknown[] }).VSwitch).toHaveLength(1);
    const vpcs = await api.raw("DescribeVpcs", { RegionId: "eu-central-1" });
    expect(vpcs.body.TotalCount).toBe(2);
    const quotas = await api.raw("DescribeQuotas", { RegionId: REGION });
    expect(JSON.stringify(quotas.body)).toContain("q_security-groups");
    const bad = await api.raw("ModifyQuota", { RegionId: REGION, QuotaName: "q_security-groups", Value: "0" });
    expect(bad).toMatchObject({ status: 400, body: { Code: "InvalidParameter.QuotaValue" } });
    const reset = await api.raw("ResetWorkspace", { Preset: "empty" });
    expect(reset.status).toBe(200);
    const empty = await client.describeSecurityGroups(new $Ecs.DescribeSecurityGroupsRequest({ regionId: REGION }));
    expect(empty.body?.securityGroups?.securityGroup).toEqual([]);
  });
});
