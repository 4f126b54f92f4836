import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_SNAPSHOTS } from "../../src/engine/seed/demo-snapshots";
import { makeSdkClient, useSdkServer } from "./helpers";

const api = useSdkServer();
const client = makeSdkClient();
const REGION = "cn-hangzhou";
const REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/** The error envelope of API-3, for a project action called over the wire. */
function expectErrorEnvelope(
  response: { status: number; body: Record<string, unknown> },
  code: string,
  status: number,
) {
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ Code: code, HostId: "ecs.aliyuncs.com" });
  expect(response.body.RequestId).toMatch(REQUEST_ID);
  expect(String(response.body.Message).length).toBeGreaterThan(0);
  expect(response.body.Recommend).toContain(`q=${encodeURIComponent(code)}`);
}

async function createPolicy(fields: Record<string, string> = {}): Promise<string> {
  const response = await api.raw("CreateSecurityGroupSnapshotPolicy", {
    RegionId: REGION,
    SnapshotPolicyName: "sdk-policy",
    ...fields,
  });
  expect(response.status).toBe(200);
  return String(response.body.SnapshotPolicyId);
}

describe("API-4 SNAP project actions over the wire", () => {
  it("API-4 SNAP-1 creates and lists policies in the ECS envelope, lists wrapped twice", async () => {
    const created = await api.raw("CreateSecurityGroupSnapshotPolicy", {
      RegionId: REGION,
      SnapshotPolicyName: "sdk-policy",
      RetentionDays: 3,
    });
    expect(created.status).toBe(200);
    expect(created.body.RequestId).toMatch(REQUEST_ID);
    expect(created.body.SnapshotPolicyId).toMatch(/^sgsp-bp1[0-9a-z]{17}$/);

    const listed = await api.raw("DescribeSecurityGroupSnapshotPolicies", { RegionId: REGION, MaxResults: 100 });
    expect(listed.status).toBe(200);
    const policies = (listed.body.SnapshotPolicies as { SnapshotPolicy: Array<Record<string, unknown>> })
      .SnapshotPolicy;
    expect(policies.map((policy) => policy.SnapshotPolicyId)).toEqual([
      DEMO_SNAPSHOTS.policy,
      created.body.SnapshotPolicyId,
    ]);
    expect(policies[0]?.SecurityGroupIds).toEqual({ SecurityGroupId: [DEMO.docScenario] });
    expect(policies[1]).toMatchObject({ Status: "Enabled", RetentionDays: 3 });
  });

  it("API-4 SNAP-1 modifies and deletes a policy; an unknown one is a 404 envelope", async () => {
    const id = await createPolicy();
    const modified = await api.raw("ModifySecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, Status: "Disabled" });
    expect(modified.status).toBe(200);
    expect(Object.keys(modified.body)).toEqual(["RequestId"]);
    expect((await api.raw("DeleteSecurityGroupSnapshotPolicy", { SnapshotPolicyId: id })).status).toBe(200);
    expectErrorEnvelope(
      await api.raw("DeleteSecurityGroupSnapshotPolicy", { SnapshotPolicyId: id }),
      "InvalidSnapshotPolicyId.NotFound",
      404,
    );
  });

  it("API-4 SNAP-1 a bad bucket name is a 400 envelope naming the parameter", async () => {
    const response = await api.raw("CreateSecurityGroupSnapshotPolicy", {
      RegionId: REGION,
      SnapshotPolicyName: "sdk-policy",
      BucketName: "Not_A_Bucket",
    });
    expectErrorEnvelope(response, "InvalidBucketName", 400);
    expect(response.body.Parameter).toBe("BucketName");
  });

  it("API-4 SNAP-2 associates numbered SecurityGroupId.N; the SDK reads snapshotPolicyIds back", async () => {
    const id = await createPolicy();
    const associated = await api.raw("AssociateSecurityGroupSnapshotPolicy", {
      SnapshotPolicyId: id,
      SecurityGroupId: [DEMO.web, DEMO.db],
    });
    expect(associated.status).toBe(200);
    const attribute = await client.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({
        regionId: REGION,
        securityGroupId: DEMO.web,
        attribute: "snapshotPolicyIds",
      }),
    );
    expect(attribute.body?.snapshotPolicyIds?.snapshotPolicyId).toEqual([id]);

    const groups = Array.from({ length: 9 }, () => "");
    for (const [index] of groups.entries()) {
      const created = await client.createSecurityGroup(
        new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId: DEMO.vpc, securityGroupName: `sdk-${index}` }),
      );
      groups[index] = created.body?.securityGroupId ?? "";
    }
    expectErrorEnvelope(
      await api.raw("AssociateSecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, SecurityGroupId: groups }),
      "QuotaExceed.SecurityGroupPerPolicy",
      403,
    );
    expectErrorEnvelope(
      await api.raw("DisassociateSecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, SecurityGroupId: [DEMO.cache] }),
      "InvalidOperation.SecurityGroupNotAssociated",
      403,
    );
    expect(
      (await api.raw("DisassociateSecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, SecurityGroupId: [DEMO.db] }))
        .status,
    ).toBe(200);
  });

  it("API-4 SNAP-3 a rule change by the SDK is snapshotted once the engine clock moves 5 minutes", async () => {
    await client.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: REGION,
        securityGroupId: DEMO.docScenario,
        permissions: [
          new $Ecs.AuthorizeSecurityGroupRequestPermissions({
            ipProtocol: "TCP",
            portRange: "443/443",
            sourceCidrIp: "0.0.0.0/0",
          }),
        ],
      }),
    );
    const advanced = await api.raw("AdvanceEngineClock", { Seconds: 300 });
    expect(advanced.body.Now).toBe("2026-03-01T00:05:00Z");
    const listed = await api.raw("DescribeSecurityGroupSnapshots", {
      RegionId: REGION,
      SecurityGroupId: DEMO.docScenario,
    });
    expect(listed.status).toBe(200);
    const snapshots = (listed.body.Snapshots as { Snapshot: Array<Record<string, unknown>> }).Snapshot;
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]).toMatchObject({
      SnapshotPolicyId: DEMO_SNAPSHOTS.policy,
      CreationTime: "2026-03-01T00:05:00Z",
    });
    const newest = snapshots[0] as { Permissions: { Permission: Array<Record<string, unknown>> } };
    const permissions = newest.Permissions.Permission;
    expect(permissions.map((rule) => rule.PortRange)).toEqual(["22/22", "-1/-1"]);
    expect(permissions[0]).toHaveProperty("SourceGroupName", "");
  });

  it("API-4 SNAP-4 restores a snapshot; the SDK sees the restored rules", async () => {
    const restored = await api.raw("RestoreSecurityGroupSnapshot", {
      RegionId: REGION,
      SecurityGroupId: DEMO.docScenario,
      SnapshotId: DEMO_SNAPSHOTS.beforeBlock,
    });
    expect(restored.status).toBe(200);
    expect(restored.body.RequestId).toMatch(REQUEST_ID);
    const attribute = await client.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId: DEMO.docScenario }),
    );
    expect(attribute.body?.permissions?.permission?.map((rule) => rule.direction)).toEqual(["ingress"]);
    expectErrorEnvelope(
      await api.raw("RestoreSecurityGroupSnapshot", {
        RegionId: REGION,
        SecurityGroupId: DEMO.managed,
        SnapshotId: DEMO_SNAPSHOTS.beforeBlock,
      }),
      "InvalidOperation.ResourceManagedByCloudProduct",
      403,
    );
    expectErrorEnvelope(
      await api.raw("RestoreSecurityGroupSnapshot", {
        RegionId: REGION,
        SecurityGroupId: DEMO.web,
        SnapshotId: DEMO_SNAPSHOTS.beforeBlock,
      }),
      "InvalidSnapshotId.NotFound",
      404,
    );
  });
});
