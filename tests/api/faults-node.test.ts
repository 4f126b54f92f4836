import type { ChildProcess } from "node:child_process";
import * as $Ecs from "@alicloud/ecs20140526";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { startServer } from "../helpers/api-server";
import { sdkClientFor } from "../sdk/client";
import { sdkError } from "../sdk/helpers";

/** A raw call for the project actions, which the SDK does not know. */
async function raw(port: number, action: string, params: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/`, {
    method: "POST",
    headers: { "x-acs-action": action, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("PROTO-4 npm run api with fault flags, through the official SDK", () => {
  let server: { child: ChildProcess; port: number };
  beforeAll(async () => {
    server = await startServer(["--latency", "20-40", "--fail", "DeleteSecurityGroup:DependencyViolation:100"]);
  }, 30_000);
  afterAll(() => {
    server?.child.kill();
  });

  it("PROTO-4 the SDK raises the injected code and status, and the group is still there", async () => {
    const client = sdkClientFor(`127.0.0.1:${server.port}`);
    const error = await sdkError(
      client.deleteSecurityGroup(
        new $Ecs.DeleteSecurityGroupRequest({ regionId: "cn-hangzhou", securityGroupId: DEMO.docScenario }),
      ),
    );
    expect(error.code).toBe("DependencyViolation");
    expect(error.statusCode).toBe(403);
    const groups = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou", maxResults: 50 }),
    );
    expect(groups.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupId)).toContain(
      DEMO.docScenario,
    );
  });

  it("PROTO-4 DescribeFaultSettings reads the flags; ModifyFaultSettings changes them while the server runs", async () => {
    const described = await raw(server.port, "DescribeFaultSettings");
    expect(described.body).toMatchObject({
      Latency: "20-40",
      Faults: { Fault: ["DeleteSecurityGroup:DependencyViolation:100"] },
      Source: "cli",
    });
    const slow = await raw(server.port, "DescribeVpcs", { RegionId: "cn-hangzhou" });
    expect(slow.headers.get("x-sg-latency")).toMatch(/^(2\d|3\d|40) ms \(rule 20-40\)$/);
    await raw(server.port, "ModifyFaultSettings", { "Fault.1": "*:Throttling.User:100" });
    const client = sdkClientFor(`127.0.0.1:${server.port}`);
    const throttled = await sdkError(
      client.describeSecurityGroups(new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou" })),
    );
    expect(throttled.code).toBe("Throttling.User");
    expect(throttled.statusCode).toBe(400);
    expect((throttled as unknown as Error).name).toBe("ThrottlingError");
    await raw(server.port, "ModifyFaultSettings", { Clear: "true" });
    const fine = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou" }),
    );
    expect(fine.statusCode).toBe(200);
  });

  it("PROTO-4 a bad flag stops the server with the parser's message", async () => {
    await expect(startServer(["--fail", "DeleteSecurityGroup:DependencyViolation:150"])).rejects.toThrow(
      /--fail: InvalidParameter\.Fault: .*"150" is not a percentage from 0 to 100/,
    );
  });
});
