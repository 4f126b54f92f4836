import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { makeSdkClient, sdkError, useSdkServer } from "./helpers";

const api = useSdkServer();
const client = makeSdkClient();

describe("API-4 official SDK: security groups", () => {
  it("API-4 SG-4 DescribeSecurityGroups returns the demo groups, doubly wrapped", async () => {
    const response = await client.describeSecurityGroups(
      new $Ecs.DescribeSecurityGroupsRequest({ regionId: "cn-hangzhou", maxResults: 100 }),
    );
    expect(response.statusCode).toBe(200);
    const names = response.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupName);
    expect(names).toContain("doc-scenario-sg");
    expect(response.body?.requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it("API-3 SG-4 an unknown group gives ClientError InvalidSecurityGroupId.NotFound 404", async () => {
    const error = await sdkError(
      client.describeSecurityGroupAttribute(
        new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: "cn-hangzhou", securityGroupId: "sg-nope" }),
      ),
    );
    expect(error.code).toBe("InvalidSecurityGroupId.NotFound");
    expect(error.statusCode).toBe(404);
    expect(api.engine()).toBeTruthy();
  });
});
