import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/engine/clock";
import { createEngine } from "../../src/engine/engine";
import { createIdGenerator } from "../../src/engine/ids";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_SNAPSHOTS } from "../../src/engine/seed/demo-snapshots";
import { openWorkspaceDb } from "../../src/engine/store/workspace-db";
import { expectEcsError, makeEngine, TEST_START, type TestEngine } from "../helpers/engine";
import { DAY, MINUTE, REGION, snapshotApi, storeAccess } from "../helpers/snapshots";

let t: TestEngine;
let api: ReturnType<typeof snapshotApi>;
let store: ReturnType<typeof storeAccess>;
let group: string;

const SSH = { IpProtocol: "tcp", PortRange: "22/22", SourceCidrIp: "10.0.0.1", Description: "ssh" };
const HTTP = { IpProtocol: "tcp", PortRange: "80/80", SourceCidrIp: "0.0.0.0/0", Description: "http" };
const HTTPS = { IpProtocol: "tcp", PortRange: "443/443", SourceCidrIp: "0.0.0.0/0", Description: "https" };

beforeEach(async () => {
  t = await makeEngine();
  api = snapshotApi(t);
  store = storeAccess(t);
  group = await api.newGroup({ SecurityGroupName: "snap-target" });
  await api.authorize(group, SSH);
});
afterEach(() => t.close());

const descriptions = (rules: ReadonlyArray<{ Description: string }>) => rules.map((rule) => rule.Description);

describe("SNAP-1 policies", () => {
  it("SNAP-1 creates a policy with the defaults: Enabled, 1 day, the account's default bucket", async () => {
    const id = await api.createPolicy({ SnapshotPolicyName: "nightly" });
    expect(id).toMatch(/^sgsp-bp1[0-9a-z]{17}$/);
    const [policy] = await api.policies({ SnapshotPolicyId: id });
    expect(policy).toEqual({
      SnapshotPolicyId: id,
      SnapshotPolicyName: "nightly",
      RegionId: REGION,
      Status: "Enabled",
      RetentionDays: 1,
      BucketName: "sg-snapshot-1234567890123456-cn-hangzhou",
      CreationTime: "2026-03-01T00:00:00Z",
      SecurityGroupIds: { SecurityGroupId: [] },
    });
  });

  it("SNAP-1 takes status (any case), retention 1-30 and an OSS-valid bucket name", async () => {
    const id = await api.createPolicy({ Status: "disabled", RetentionDays: "30", BucketName: "a-b" });
    expect((await api.policies({ SnapshotPolicyId: id }))[0]).toMatchObject({
      Status: "Disabled",
      RetentionDays: 30,
      BucketName: "a-b",
    });
    const longest = `b${"0".repeat(61)}z`;
    const other = await api.createPolicy({ RetentionDays: "1", BucketName: longest });
    expect((await api.policies({ SnapshotPolicyId: other }))[0]?.BucketName).toBe(longest);
  });

  it("SNAP-1 refuses bad names, statuses, retentions and bucket names", async () => {
    await expectEcsError(t.call("CreateSecurityGroupSnapshotPolicy", { RegionId: REGION }), "MissingParameter", 400);
    await expectEcsError(
      t.call("CreateSecurityGroupSnapshotPolicy", { SnapshotPolicyName: "nightly" }),
      "MissingParameter.RegionId",
      400,
    );
    await expectEcsError(
      t.call("CreateSecurityGroupSnapshotPolicy", { RegionId: "mars-1", SnapshotPolicyName: "nightly" }),
      "InvalidRegionId.NotFound",
      404,
    );
    for (const name of ["1nightly", "n", "https://x", "bad name", "x".repeat(129)]) {
      const error = await expectEcsError(
        api.createPolicy({ SnapshotPolicyName: name }),
        "InvalidSnapshotPolicyName.Malformed",
        400,
      );
      expect(error.field).toBe("SnapshotPolicyName");
    }
    await expectEcsError(api.createPolicy({ Status: "On" }), "InvalidParameter.Status", 400);
    for (const days of ["0", "31", "1.5", "-1", "seven"]) {
      await expectEcsError(api.createPolicy({ RetentionDays: days }), "InvalidRetentionDays.Malformed", 400);
    }
    for (const bucket of ["ab", "-abc", "abc-", "Abc", "a_bc", "a.bc", `a${"b".repeat(63)}`]) {
      const error = await expectEcsError(api.createPolicy({ BucketName: bucket }), "InvalidBucketName", 400);
      expect(error.field).toBe("BucketName");
    }
    expect(await api.policies()).toHaveLength(1); // the demo policy only: nothing was created
  });

  it("SNAP-1 modifies a policy; a new retention applies to later snapshots only", async () => {
    const id = await api.createPolicy({ RetentionDays: "1" });
    await api.associate(id, group);
    await t.call("ModifySecurityGroupSnapshotPolicy", {
      RegionId: REGION,
      SnapshotPolicyId: id,
      SnapshotPolicyName: "weekly",
      Status: "Disabled",
      RetentionDays: "7",
      BucketName: "my-bucket",
    });
    expect((await api.policies({ SnapshotPolicyId: id }))[0]).toMatchObject({
      SnapshotPolicyName: "weekly",
      Status: "Disabled",
      RetentionDays: 7,
      BucketName: "my-bucket",
      SecurityGroupIds: { SecurityGroupId: [group] },
    });
    expect((await api.snapshots(group))[0]?.ExpirationTime).toBe("2026-03-02T00:00:00Z");
    // Only the given fields change.
    await t.call("ModifySecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, Status: "Enabled" });
    expect((await api.policies({ SnapshotPolicyId: id }))[0]).toMatchObject({ Status: "Enabled", RetentionDays: 7 });
    await expectEcsError(
      t.call("ModifySecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, RetentionDays: "40" }),
      "InvalidRetentionDays.Malformed",
      400,
    );
    await expectEcsError(
      t.call("ModifySecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, SnapshotPolicyName: "_x" }),
      "InvalidSnapshotPolicyName.Malformed",
      400,
    );
    await expectEcsError(
      t.call("ModifySecurityGroupSnapshotPolicy", { SnapshotPolicyId: id, BucketName: "UPPER" }),
      "InvalidBucketName",
      400,
    );
  });

  it("SNAP-1 deletes a policy; its snapshots stay until they expire", async () => {
    const id = await api.createPolicy();
    await api.associate(id, group);
    await t.call("DeleteSecurityGroupSnapshotPolicy", { RegionId: REGION, SnapshotPolicyId: id });
    expect(await api.policies({ SnapshotPolicyId: id })).toEqual([]);
    const attribute = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: group,
      Attribute: "snapshotPolicyIds",
    });
    expect(attribute.SnapshotPolicyIds).toEqual({ SnapshotPolicyId: [] });
    expect(await api.snapshots(group)).toHaveLength(1);
    t.clock.advance(DAY);
    expect(await api.snapshots(group)).toHaveLength(0);
  });

  it("SNAP-1 an unknown policy, or one of another region, is InvalidSnapshotPolicyId.NotFound", async () => {
    const id = await api.createPolicy();
    for (const action of [
      "ModifySecurityGroupSnapshotPolicy",
      "DeleteSecurityGroupSnapshotPolicy",
      "AssociateSecurityGroupSnapshotPolicy",
      "DisassociateSecurityGroupSnapshotPolicy",
    ]) {
      await expectEcsError(
        t.call(action, { SnapshotPolicyId: "sgsp-bp1nosuchpolicy00000", "SecurityGroupId.1": group }),
        "InvalidSnapshotPolicyId.NotFound",
        404,
      );
    }
    await expectEcsError(
      t.call("DeleteSecurityGroupSnapshotPolicy", { RegionId: "cn-beijing", SnapshotPolicyId: id }),
      "InvalidSnapshotPolicyId.NotFound",
      404,
    );
    await expectEcsError(t.call("DeleteSecurityGroupSnapshotPolicy", { RegionId: REGION }), "MissingParameter", 400);
  });

  it("SNAP-1 lists the region's policies in creation order, filtered and paged", async () => {
    const a = await api.createPolicy({ SnapshotPolicyName: "alpha" });
    const b = await api.createPolicy({ SnapshotPolicyName: "beta" });
    await api.associate(b, group);
    const all = await api.policies();
    expect(all.map((policy) => policy.SnapshotPolicyId)).toEqual([DEMO_SNAPSHOTS.policy, a, b]);
    expect((await api.policies({ SecurityGroupId: group })).map((policy) => policy.SnapshotPolicyId)).toEqual([b]);
    expect(await api.policies({ RegionId: "cn-beijing" })).toEqual([]);

    const first = await t.call("DescribeSecurityGroupSnapshotPolicies", { RegionId: REGION, MaxResults: "2" });
    expect((first.SnapshotPolicies as { SnapshotPolicy: unknown[] }).SnapshotPolicy).toHaveLength(2);
    expect(first.NextToken).not.toBe("");
    const second = await t.call("DescribeSecurityGroupSnapshotPolicies", {
      RegionId: REGION,
      MaxResults: "2",
      NextToken: String(first.NextToken),
    });
    const rest = (second.SnapshotPolicies as { SnapshotPolicy: Array<{ SnapshotPolicyId: string }> }).SnapshotPolicy;
    expect(rest.map((policy) => policy.SnapshotPolicyId)).toEqual([b]);
    expect(second.NextToken).toBe("");

    const numberedPage = await t.call("DescribeSecurityGroupSnapshotPolicies", {
      RegionId: REGION,
      PageNumber: "2",
      PageSize: "2",
    });
    expect(numberedPage).toMatchObject({ TotalCount: 3, PageNumber: 2, PageSize: 2 });
  });
});

describe("SNAP-2 association", () => {
  it("SNAP-2 associating takes a snapshot at once, holding the current rules", async () => {
    const id = await api.createPolicy();
    await api.associate(id, group);
    const [snapshot] = await api.snapshots(group);
    expect(snapshot).toMatchObject({
      SecurityGroupId: group,
      SnapshotPolicyId: id,
      CreationTime: "2026-03-01T00:00:00Z",
      ExpirationTime: "2026-03-02T00:00:00Z",
    });
    expect(snapshot?.SnapshotId).toMatch(/^sgs-bp1[0-9a-z]{17}$/);
    expect(snapshot?.Permissions.Permission).toEqual(await api.rules(group));
    // Associating a group again takes nothing new.
    await api.associate(id, group, group);
    expect(await api.snapshots(group)).toHaveLength(1);
  });

  it("SNAP-2 a disabled policy takes no snapshot on association (seed doc: only enabled policies do)", async () => {
    const id = await api.createPolicy({ Status: "Disabled" });
    await api.associate(id, group);
    expect((await api.policies({ SnapshotPolicyId: id }))[0]?.SecurityGroupIds.SecurityGroupId).toEqual([group]);
    expect(await api.snapshots(group)).toEqual([]);
  });

  it("SNAP-2 a group may be in several policies, each taking its own snapshot", async () => {
    const a = await api.createPolicy({ RetentionDays: "1" });
    const b = await api.createPolicy({ RetentionDays: "3" });
    await api.associate(a, group);
    await api.associate(b, group);
    const attribute = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: group,
      Attribute: "snapshotPolicyIds",
    });
    expect(attribute.SnapshotPolicyIds).toEqual({ SnapshotPolicyId: [a, b].sort() });
    const snapshots = await api.snapshots(group);
    expect(snapshots.map((snapshot) => [snapshot.SnapshotPolicyId, snapshot.ExpirationTime])).toEqual([
      [b, "2026-03-04T00:00:00Z"],
      [a, "2026-03-02T00:00:00Z"],
    ]);
  });

  it("SNAP-2 DescribeSecurityGroupAttribute answers snapshotPolicyIds only when asked, and no other attribute", async () => {
    const plain = await t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: group });
    expect(plain).not.toHaveProperty("SnapshotPolicyIds");
    const none = await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: group,
      Attribute: "snapshotPolicyIds",
    });
    expect(none.SnapshotPolicyIds).toEqual({ SnapshotPolicyId: [] });
    await expectEcsError(
      t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: group, Attribute: "tags" }),
      "InvalidParameter.AttributeNotSupported",
      400,
    );
  });

  it("SNAP-2 a policy covers at most 10 groups: QuotaExceed.SecurityGroupPerPolicy (403)", async () => {
    const id = await api.createPolicy();
    const groups = [group];
    for (let i = 0; i < 10; i++) groups.push(await api.newGroup());
    await expectEcsError(api.associate(id, ...groups), "QuotaExceed.SecurityGroupPerPolicy", 403);
    expect((await api.policies({ SnapshotPolicyId: id }))[0]?.SecurityGroupIds.SecurityGroupId).toEqual([]);
    expect(await api.snapshots(group)).toEqual([]);

    await api.associate(id, ...groups.slice(0, 10));
    await expectEcsError(api.associate(id, groups[10] ?? ""), "QuotaExceed.SecurityGroupPerPolicy", 403);
    // Already covered groups do not count twice.
    await api.associate(id, group);
    expect((await api.policies({ SnapshotPolicyId: id }))[0]?.SecurityGroupIds.SecurityGroupId).toHaveLength(10);
  });

  it("SNAP-2 refuses unknown, other-region and managed groups, and a call without groups", async () => {
    const id = await api.createPolicy();
    const error = await expectEcsError(
      api.associate(id, group, "sg-bp1nosuchgroup0000000"),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
    expect(error.field).toBe("SecurityGroupId.2");
    const beijing = String(
      (await t.call("CreateSecurityGroup", { RegionId: "cn-beijing", SecurityGroupName: "far-away" })).SecurityGroupId,
    );
    await expectEcsError(api.associate(id, beijing), "InvalidSecurityGroupId.NotFound", 404);
    await expectEcsError(api.associate(id, DEMO.managed), "InvalidOperation.ResourceManagedByCloudProduct", 403);
    await expectEcsError(api.associate(id), "MissingParameter", 400);
    expect(await api.snapshots(group)).toEqual([]);
  });

  it("SNAP-2 disassociates groups; one not in the policy is InvalidOperation.SecurityGroupNotAssociated", async () => {
    const id = await api.createPolicy();
    const other = await api.newGroup();
    await api.associate(id, group, other);
    await expectEcsError(api.disassociate(id, group, DEMO.web), "InvalidOperation.SecurityGroupNotAssociated", 403);
    expect((await api.policies({ SnapshotPolicyId: id }))[0]?.SecurityGroupIds.SecurityGroupId).toEqual([group, other]);
    await api.disassociate(id, group);
    expect((await api.policies({ SnapshotPolicyId: id }))[0]?.SecurityGroupIds.SecurityGroupId).toEqual([other]);
    await expectEcsError(api.disassociate(id), "MissingParameter", 400);
  });

  it("SNAP-2 deleting a group removes it from its policies with its pending and taken snapshots", async () => {
    const id = await api.createPolicy();
    await api.associate(id, group);
    await api.authorize(group, HTTP);
    expect(await store.pending(group)).toBeDefined();
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: group });
    expect((await api.policies({ SnapshotPolicyId: id }))[0]?.SecurityGroupIds.SecurityGroupId).toEqual([]);
    expect(await store.pending(group)).toBeUndefined();
    expect(await store.snapshotCount(group)).toBe(0);
  });
});

describe("SNAP-3 automatic snapshots", () => {
  let policy: string;
  beforeEach(async () => {
    policy = await api.createPolicy({ RetentionDays: "2" });
    await api.associate(policy, group);
  });

  it("SNAP-3 a rule change is snapshotted 5 minutes later, holding the rules as they were before it", async () => {
    const before = await api.rules(group);
    t.clock.advance(MINUTE);
    await api.authorize(group, HTTP);
    expect(await store.pending(group)).toMatchObject({ DueAt: Date.parse(TEST_START) + 6 * MINUTE });
    t.clock.advance(5 * MINUTE - 1000);
    expect(await api.snapshots(group)).toHaveLength(1);
    t.clock.advance(1000);
    const [newest, first] = await api.snapshots(group);
    expect(newest?.CreationTime).toBe("2026-03-01T00:06:00Z");
    expect(newest?.ExpirationTime).toBe("2026-03-03T00:06:00Z");
    expect(newest?.Permissions.Permission).toEqual(before);
    expect(first?.CreationTime).toBe("2026-03-01T00:00:00Z");
    expect(await store.pending(group)).toBeUndefined();
  });

  it("SNAP-3 several changes within the window give one snapshot of the rules before the first", async () => {
    await api.authorize(group, HTTP);
    t.clock.advance(MINUTE);
    const ssh = (await api.rules(group)).find((rule) => rule.Description === "ssh");
    await api.revoke(group, ssh?.SecurityGroupRuleId ?? "");
    t.clock.advance(MINUTE);
    const http = (await api.rules(group)).find((rule) => rule.Description === "http");
    await t.call("ModifySecurityGroupRule", {
      RegionId: REGION,
      SecurityGroupId: group,
      SecurityGroupRuleId: http?.SecurityGroupRuleId ?? "",
      Description: "web",
    });
    t.clock.advance(3 * MINUTE);
    const snapshots = await api.snapshots(group);
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]?.CreationTime).toBe("2026-03-01T00:05:00Z");
    expect(descriptions(snapshots[0]?.Permissions.Permission ?? [])).toEqual(["ssh"]);

    // The next change opens a new window.
    t.clock.advance(MINUTE);
    await api.authorize(group, HTTPS);
    t.clock.advance(5 * MINUTE);
    const [latest] = await api.snapshots(group);
    expect(latest?.CreationTime).toBe("2026-03-01T00:11:00Z");
    expect(descriptions(latest?.Permissions.Permission ?? [])).toEqual(["web"]);
  });

  it("SNAP-3 a snapshot is dated when it fell due, even when the engine gets to it hours later", async () => {
    await api.authorize(group, HTTP);
    t.clock.advance(3 * 60 * MINUTE);
    expect((await api.snapshots(group))[0]?.CreationTime).toBe("2026-03-01T00:05:00Z");
  });

  it("SNAP-3 a change that adds nothing opens no window; groups without an enabled policy get none", async () => {
    await api.authorize(group, SSH);
    expect(await store.pending(group)).toBeUndefined();
    const uncovered = await api.newGroup();
    await api.authorize(uncovered, HTTP);
    expect(await store.pending(uncovered)).toBeUndefined();
  });

  it("SNAP-3 disabled policies take none, even when disabled during the window", async () => {
    await api.authorize(group, HTTP);
    await t.call("ModifySecurityGroupSnapshotPolicy", { SnapshotPolicyId: policy, Status: "Disabled" });
    t.clock.advance(10 * MINUTE);
    expect(await api.snapshots(group)).toHaveLength(1);
    expect(await store.count("pendingSnapshots")).toBe(0);

    await api.authorize(group, HTTPS);
    expect(await store.pending(group)).toBeUndefined();
    t.clock.advance(10 * MINUTE);
    expect(await api.snapshots(group)).toHaveLength(1);
  });

  it("SNAP-3 one snapshot per enabled covering policy, each with its own retention", async () => {
    const week = await api.createPolicy({ RetentionDays: "7" });
    const off = await api.createPolicy({ Status: "Disabled" });
    await api.associate(week, group);
    await api.associate(off, group);
    await api.authorize(group, HTTP);
    t.clock.advance(5 * MINUTE);
    const taken = (await api.snapshots(group)).filter((s) => s.CreationTime === "2026-03-01T00:05:00Z");
    expect(taken.map((s) => [s.SnapshotPolicyId, s.ExpirationTime]).sort()).toEqual(
      [
        [policy, "2026-03-03T00:05:00Z"],
        [week, "2026-03-08T00:05:00Z"],
      ].sort(),
    );
  });

  it("SNAP-3 snapshots expire after RetentionDays", async () => {
    t.clock.advance(2 * DAY - 1000);
    expect(await api.snapshots(group)).toHaveLength(1);
    t.clock.advance(1000);
    expect(await api.snapshots(group)).toEqual([]);
    expect(await store.snapshotCount(group)).toBe(0);
  });

  it("SNAP-3 AdvanceEngineClock takes what fell due and deletes what expired, itself", async () => {
    await api.authorize(group, HTTP);
    const moved = await t.call("AdvanceEngineClock", { Seconds: "300" });
    expect(moved.Now).toBe("2026-03-01T00:05:00Z");
    expect(await store.snapshotCount(group)).toBe(2);
    expect(await store.count("pendingSnapshots")).toBe(0);
    await t.call("AdvanceEngineClock", { Seconds: String(2 * 24 * 3600) });
    expect(await store.snapshotCount(group)).toBe(0);
  });

  it("SNAP-3 a read-only action finding due work commits it", async () => {
    await api.authorize(group, HTTP);
    t.clock.advance(5 * MINUTE);
    await t.call("DescribeSecurityGroups", { RegionId: REGION });
    expect(await store.snapshotCount(group)).toBe(2);
  });
});

describe("SNAP-3 pending snapshots survive a reload", () => {
  it("SNAP-3 a window opened before the page closed is taken on the next start", async () => {
    const name = `snapshot-reload-${process.pid}`;
    const firstDb = await openWorkspaceDb(name);
    const first = createEngine({ db: firstDb, clock: new ManualClock(TEST_START), ids: createIdGenerator(7) });
    await first.dispatch("ResetWorkspace", { Preset: "demo" });
    await first.dispatch("AdvanceEngineClock", { Seconds: "60" });
    const attribute = { RegionId: REGION, SecurityGroupId: DEMO.docScenario };
    const before = (await first.dispatch("DescribeSecurityGroupAttribute", attribute)).Permissions;
    await first.dispatch("AuthorizeSecurityGroup", {
      ...attribute,
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "443/443",
      "Permissions.1.SourceCidrIp": "0.0.0.0/0",
    });
    firstDb.close();

    const secondDb = await openWorkspaceDb(name);
    const clock = new ManualClock(TEST_START);
    const second = createEngine({ db: secondDb, clock, ids: createIdGenerator(8) });
    await second.initialise();
    expect((await second.dispatch("DescribeEngineClock", {})).Now).toBe("2026-03-01T00:01:00Z");
    clock.advance(5 * MINUTE);
    const body = await second.dispatch("DescribeSecurityGroupSnapshots", attribute);
    const [newest] = (body.Snapshots as { Snapshot: Array<{ CreationTime: string; Permissions: unknown }> }).Snapshot;
    expect(newest?.CreationTime).toBe("2026-03-01T00:06:00Z");
    expect(newest?.Permissions).toEqual(before);
    secondDb.close();
  });
});

describe("SNAP-4 restore", () => {
  let policy: string;
  beforeEach(async () => {
    policy = await api.createPolicy({ RetentionDays: "7" });
  });

  it("SNAP-4 replaces every rule with the snapshot's, keeping their ids, and recounts the group", async () => {
    await api.authorize(group, HTTP);
    await api.associate(policy, group);
    const saved = await api.rules(group);
    const [snapshot] = await api.snapshots(group);
    for (const rule of saved) await api.revoke(group, rule.SecurityGroupRuleId);
    await api.authorize(group, HTTPS);
    t.clock.advance(MINUTE);
    await api.restore(group, snapshot?.SnapshotId ?? "");
    expect(await api.rules(group)).toEqual(saved);
    expect(await api.ruleCount(group)).toBe(2);
  });

  it("SNAP-4 a restore is a rule change: its window later snapshots the rules it replaced", async () => {
    await api.associate(policy, group);
    const [snapshot] = await api.snapshots(group);
    t.clock.advance(10 * MINUTE);
    await api.authorize(group, HTTP);
    t.clock.advance(10 * MINUTE);
    const replaced = await api.rules(group);
    await api.restore(group, snapshot?.SnapshotId ?? "");
    expect(await store.pending(group)).toMatchObject({ DueAt: Date.parse(TEST_START) + 25 * MINUTE });
    t.clock.advance(5 * MINUTE);
    const [newest] = await api.snapshots(group);
    expect(newest?.CreationTime).toBe("2026-03-01T00:25:00Z");
    expect(newest?.Permissions.Permission).toEqual(replaced);
  });

  it("SNAP-4 restores the demo snapshot of the documentation's group (before the risky-site block)", async () => {
    const [snapshot] = await api.snapshots(DEMO.docScenario);
    expect(snapshot?.SnapshotId).toBe(DEMO_SNAPSHOTS.beforeBlock);
    expect(snapshot?.SnapshotPolicyId).toBe(DEMO_SNAPSHOTS.policy);
    await api.restore(DEMO.docScenario, DEMO_SNAPSHOTS.beforeBlock);
    const rules = await api.rules(DEMO.docScenario);
    expect(rules.map((rule) => [rule.Direction, rule.PortRange])).toEqual([["ingress", "22/22"]]);
  });

  it("SNAP-4 a snapshot naming a deleted group fails the whole restore half-way and changes nothing", async () => {
    const peer = await api.newGroup({ SecurityGroupName: "peer" });
    await api.authorize(group, { IpProtocol: "tcp", PortRange: "3306/3306", SourceGroupId: peer, Description: "db" });
    await api.associate(policy, group);
    const [snapshot] = await api.snapshots(group);
    const fromPeer = (await api.rules(group)).find((rule) => rule.Description === "db");
    await api.revoke(group, fromPeer?.SecurityGroupRuleId ?? "");
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: peer });
    await api.authorize(group, HTTP);
    const rulesBefore = await api.rules(group);
    const pendingBefore = await store.pending(group);

    // The snapshot's first rule (ssh) restores fine; its second names the deleted group.
    const error = await expectEcsError(
      api.restore(group, snapshot?.SnapshotId ?? ""),
      "InvalidOperation.SnapshotReferenceNotFound",
      403,
    );
    expect(error.message).toContain(peer);
    expect(error.message).toContain(fromPeer?.SecurityGroupRuleId);
    expect(await api.rules(group)).toEqual(rulesBefore);
    expect(await api.ruleCount(group)).toBe(2);
    expect(await store.pending(group)).toEqual(pendingBefore);
  });

  it("SNAP-4 a snapshot naming a deleted prefix list fails with InvalidOperation.SnapshotReferenceNotFound", async () => {
    const listId = "pl-bp1snapshottest000000";
    await store.putPrefixList({ PrefixListId: listId, MaxEntries: 10 });
    await api.authorize(group, { IpProtocol: "tcp", PortRange: "443/443", SourcePrefixListId: listId });
    await api.associate(policy, group);
    const [snapshot] = await api.snapshots(group);
    const viaList = (await api.rules(group)).find((rule) => rule.SourcePrefixListId === listId);
    await api.revoke(group, viaList?.SecurityGroupRuleId ?? "");
    await store.deletePrefixList(listId);
    const error = await expectEcsError(
      api.restore(group, snapshot?.SnapshotId ?? ""),
      "InvalidOperation.SnapshotReferenceNotFound",
      403,
    );
    expect(error.message).toContain(`prefix list ${listId}`);
    expect(descriptions(await api.rules(group))).toEqual(["ssh"]);
  });

  it("SNAP-4 a restore that would pass 1,000 rules on an ENI fails with AuthorizationLimitExceed", async () => {
    const listId = "pl-bp1snapshotlimit00000";
    await store.putPrefixList({ PrefixListId: listId, MaxEntries: 200 });
    const heavy = { IpProtocol: "tcp", PortRange: "443/443", SourcePrefixListId: listId };
    const target = await api.newGroup();
    await api.authorize(target, heavy);
    await api.associate(policy, target);
    const [snapshot] = await api.snapshots(target);
    await api.revoke(target, (await api.rules(target))[0]?.SecurityGroupRuleId ?? "");
    const others: string[] = [];
    for (let i = 0; i < 4; i++) {
      const other = await api.newGroup();
      await api.authorize(other, heavy);
      others.push(other);
    }
    await store.putNetworkInterface("eni-bp1snapshotlimit0000", [target, ...others, group]);
    // 4 x 200 + 1 (ssh in `group`) + 200 restored = 1,001.
    const error = await expectEcsError(
      api.restore(target, snapshot?.SnapshotId ?? ""),
      "AuthorizationLimitExceed",
      403,
    );
    expect(error.message).toContain("eni-bp1snapshotlimit0000");
    expect(await api.rules(target)).toEqual([]);
    expect(await api.ruleCount(target)).toBe(0);
  });

  it("SNAP-4 refuses managed groups, unknown groups and snapshots of other groups", async () => {
    await api.associate(policy, group);
    const [snapshot] = await api.snapshots(group);
    const id = snapshot?.SnapshotId ?? "";
    await expectEcsError(api.restore(DEMO.managed, id), "InvalidOperation.ResourceManagedByCloudProduct", 403);
    await expectEcsError(api.restore("sg-bp1nosuchgroup0000000", id), "InvalidSecurityGroupId.NotFound", 404);
    await expectEcsError(api.restore(DEMO.web, id), "InvalidSnapshotId.NotFound", 404);
    await expectEcsError(api.restore(group, "sgs-bp1nosuchsnapshot000"), "InvalidSnapshotId.NotFound", 404);
    await expectEcsError(
      t.call("RestoreSecurityGroupSnapshot", { RegionId: REGION, SecurityGroupId: group }),
      "MissingParameter",
      400,
    );
    await expectEcsError(
      t.call("DescribeSecurityGroupSnapshots", { RegionId: REGION, SecurityGroupId: "sg-bp1nosuchgroup0000000" }),
      "InvalidSecurityGroupId.NotFound",
      404,
    );
    // An expired snapshot can no longer be restored.
    t.clock.advance(7 * DAY);
    await expectEcsError(api.restore(group, id), "InvalidSnapshotId.NotFound", 404);
  });

  it("SNAP-4 lists a group's snapshots newest first with the DescribeSecurityGroupAttribute rule view", async () => {
    await api.associate(policy, group);
    t.clock.advance(MINUTE);
    await api.authorize(group, HTTP);
    t.clock.advance(5 * MINUTE);
    await api.authorize(group, HTTPS);
    const current = await api.rules(group);
    t.clock.advance(5 * MINUTE);
    const snapshots = await api.snapshots(group);
    expect(snapshots.map((s) => s.CreationTime)).toEqual([
      "2026-03-01T00:11:00Z",
      "2026-03-01T00:06:00Z",
      "2026-03-01T00:00:00Z",
    ]);
    expect(Object.keys(snapshots[0] ?? {}).sort()).toEqual(
      ["CreationTime", "ExpirationTime", "Permissions", "SecurityGroupId", "SnapshotId", "SnapshotPolicyId"].sort(),
    );
    expect(snapshots[0]?.Permissions.Permission).toEqual(current.slice(0, 2));
  });
});
