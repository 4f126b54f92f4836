import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as $Ecs from "@alicloud/ecs20140526";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../src/engine/seed/demo";
import { startServer } from "./helpers/api-server";
import { sdkClientFor } from "./sdk/client";

function client(port: number) {
  return sdkClientFor(`127.0.0.1:${port}`);
}

describe("UX-5 the Node API server (npm run api)", () => {
  const stateDir = mkdtempSync(join(tmpdir(), "sg-console-"));
  const statePath = join(stateDir, "workspace.json");
  let server: { child: ChildProcess; port: number };

  beforeAll(async () => {
    server = await startServer(["--state", statePath]);
  }, 30_000);
  afterAll(() => {
    server?.child.kill();
  });

  it("UX-5 API-4 serves the demo data to the official SDK over a real socket", async () => {
    const response = await client(server.port).describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou", maxResults: 50 }),
    );
    expect(response.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupId)).toContain(
      DEMO.docScenario,
    );
  });

  it("UX-5 SPEC-12 takes 100 permissions in one SDK call (a ~17 KB query string) and saves the state file", async () => {
    const sdk = client(server.port);
    const created = await sdk.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou", vpcId: DEMO.vpc, securityGroupName: "big-sg" }),
    );
    const groupId = created.body?.securityGroupId ?? "";
    const permissions = Array.from(
      { length: 100 },
      (_, i) =>
        new $Ecs.AuthorizeSecurityGroupRequestPermissions({
          ipProtocol: "TCP",
          portRange: `${i + 2000}/${i + 2000}`,
          sourceCidrIp: "10.20.30.0/24",
          priority: "10",
          description: `rule number ${i + 1}`,
        }),
    );
    await sdk.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({ regionId: "cn-hangzhou", securityGroupId: groupId, permissions }),
    );
    const attribute = await sdk.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: "cn-hangzhou", securityGroupId: groupId }),
    );
    expect(attribute.body?.permissions?.permission).toHaveLength(100);
    const saved = JSON.parse(readFileSync(statePath, "utf8")) as {
      stores: { securityGroups: Array<{ SecurityGroupName: string }> };
    };
    expect(saved.stores.securityGroups.map((group) => group.SecurityGroupName)).toContain("big-sg");
  });

  it("UX-5 a restarted server loads its state file", async () => {
    server.child.kill();
    server = await startServer(["--state", statePath]);
    const response = await client(server.port).describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou", securityGroupName: "big-sg" }),
    );
    expect(response.body?.securityGroups?.securityGroup).toHaveLength(1);
  }, 30_000);

  it("UX-5 --empty starts without the demo data", async () => {
    const empty = await startServer(["--empty"]);
    try {
      const response = await client(empty.port).describeSecurityGroups(
        new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou" }),
      );
      expect(response.body?.securityGroups?.securityGroup).toEqual([]);
    } finally {
      empty.child.kill();
    }
  }, 30_000);
});
