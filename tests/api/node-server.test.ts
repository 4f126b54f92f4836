import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { startServer } from "../helpers/api-server";
import { sdkClientFor } from "../sdk/client";

function client(port: number) {
  return sdkClientFor(`127.0.0.1:${port}`);
}

/** A server of its own for one test (its own state file), killed after it: no test depends on another. */
async function withServer<T>(
  args: string[],
  use: (server: { port: number; statePath: string }) => Promise<T>,
): Promise<T> {
  const statePath = join(mkdtempSync(join(tmpdir(), "sg-console-")), "workspace.json");
  const { child, port } = await startServer(args.includes("--empty") ? args : ["--state", statePath, ...args]);
  try {
    return await use({ port, statePath });
  } finally {
    child.kill();
  }
}

async function createGroup(port: number, name: string): Promise<string> {
  const created = await client(port).createSecurityGroup(
    new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou", vpcId: DEMO.vpc, securityGroupName: name }),
  );
  return created.body?.securityGroupId ?? "";
}

function savedGroupNames(statePath: string): string[] {
  const saved = JSON.parse(readFileSync(statePath, "utf8")) as {
    stores: { securityGroups: Array<{ SecurityGroupName: string }> };
  };
  return saved.stores.securityGroups.map((group) => group.SecurityGroupName);
}

describe("UX-5 the Node API server (npm run api)", () => {
  it("UX-5 API-4 serves the demo data to the official SDK over a real socket", async () => {
    await withServer([], async ({ port }) => {
      const response = await client(port).describeSecurityGroups(
        new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou", maxResults: 50 }),
      );
      expect(response.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupId)).toContain(
        DEMO.docScenario,
      );
    });
  }, 30_000);

  it("UX-5 SPEC-12 takes 100 permissions in one SDK call (a ~17 KB query string) and saves the state file", async () => {
    await withServer([], async ({ port, statePath }) => {
      const sdk = client(port);
      const groupId = await createGroup(port, "big-sg");
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
      expect(savedGroupNames(statePath)).toContain("big-sg");
    });
  }, 30_000);

  it("UX-5 a restarted server loads its state file", async () => {
    const statePath = await withServer([], async ({ port, statePath }) => {
      await createGroup(port, "kept-sg");
      expect(savedGroupNames(statePath)).toContain("kept-sg");
      return statePath;
    });
    const { child, port } = await startServer(["--state", statePath]);
    try {
      const response = await client(port).describeSecurityGroups(
        new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou", securityGroupName: "kept-sg" }),
      );
      expect(response.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupName)).toEqual([
        "kept-sg",
      ]);
    } finally {
      child.kill();
    }
  }, 60_000);

  it("UX-5 --empty starts without the demo data", async () => {
    await withServer(["--empty"], async ({ port }) => {
      const response = await client(port).describeSecurityGroups(
        new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou" }),
      );
      expect(response.body?.securityGroups?.securityGroup).toEqual([]);
    });
  }, 30_000);
});
