import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchEcsRequest } from "../../src/api/dispatch";
import { flattenParams } from "../../src/api/wire";
import type { Engine } from "../../src/engine/engine";
import { DEMO } from "../../src/engine/seed/demo";
import { makeEngine, type TestEngine } from "../helpers/engine";

let t: TestEngine;
beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

async function send(request: Request, engine: Engine = t.engine) {
  const response = await dispatchEcsRequest(engine, request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const URL_BASE = "http://ecs.mock.internal/";

describe("API-1 wire format", () => {
  it("API-1 takes the action from x-acs-action and parameters from the query (the SDK's V3 style)", async () => {
    const { status, body } = await send(
      new Request(`${URL_BASE}?RegionId=cn-hangzhou&SecurityGroupId=${DEMO.web}`, {
        method: "POST",
        headers: { "x-acs-action": "DescribeSecurityGroupAttribute" },
      }),
    );
    expect(status).toBe(200);
    expect(body.SecurityGroupName).toBe("prod-web-frontend-sg");
  });

  it("API-1 takes the action from the Action query parameter (V2 style) and ignores signature parameters", async () => {
    const { status, body } = await send(
      new Request(
        `${URL_BASE}?Action=DescribeRegions&Format=JSON&Version=2014-05-26&Signature=abc&SignatureNonce=1&AccessKeyId=x`,
        { method: "GET" },
      ),
    );
    expect(status).toBe(200);
    expect((body.Regions as { Region: unknown[] }).Region).toHaveLength(10);
  });

  it("API-1 merges a form body with the query, numbered lists included", async () => {
    const { status } = await send(
      new Request(`${URL_BASE}?RegionId=cn-hangzhou`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          Action: "AuthorizeSecurityGroup",
          SecurityGroupId: DEMO.dev,
          "Permissions.1.IpProtocol": "TCP",
          "Permissions.1.PortRange": "8080/8080",
          "Permissions.1.SourceCidrIp": "10.0.0.0/8",
          "Permissions.2.IpProtocol": "UDP",
          "Permissions.2.PortRange": "53/53",
          "Permissions.2.SourceCidrIp": "10.0.0.0/8",
        }),
      }),
    );
    expect(status).toBe(200);
    const { body } = await send(
      new Request(`${URL_BASE}?Action=DescribeSecurityGroupAttribute&RegionId=cn-hangzhou&SecurityGroupId=${DEMO.dev}`),
    );
    expect((body.Permissions as { Permission: unknown[] }).Permission).toHaveLength(2);
  });

  it("API-1 flattenParams numbers lists from 1 and nests objects the SDK's way", () => {
    expect(
      flattenParams({
        RegionId: "cn-hangzhou",
        Permissions: [{ IpProtocol: "TCP", PortRange: "22/22" }, { IpProtocol: "ICMP" }],
        SecurityGroupId: ["sg-a", "sg-b"],
        Tag: [{ Key: "env", Value: "" }],
        Skip: undefined,
      }),
    ).toEqual({
      RegionId: "cn-hangzhou",
      "Permissions.1.IpProtocol": "TCP",
      "Permissions.1.PortRange": "22/22",
      "Permissions.2.IpProtocol": "ICMP",
      "SecurityGroupId.1": "sg-a",
      "SecurityGroupId.2": "sg-b",
      "Tag.1.Key": "env",
    });
  });
});

describe("API-2 responses", () => {
  it("API-2 every response has an upper-case UUID RequestId and doubly wrapped lists", async () => {
    const { body } = await send(new Request(`${URL_BASE}?Action=DescribeSecurityGroups&RegionId=cn-hangzhou`));
    expect(body.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(Array.isArray((body.SecurityGroups as { SecurityGroup: unknown[] }).SecurityGroup)).toBe(true);
  });
});

describe("API-3 errors", () => {
  it("API-3 answers an EcsError with its status and the envelope RequestId, HostId, Code, Message, Recommend", async () => {
    const { status, body } = await send(
      new Request(`${URL_BASE}?Action=DescribeSecurityGroupAttribute&RegionId=cn-hangzhou&SecurityGroupId=sg-nope`),
    );
    expect(status).toBe(404);
    expect(body).toMatchObject({
      HostId: "ecs.aliyuncs.com",
      Code: "InvalidSecurityGroupId.NotFound",
      Message: "The specified SecurityGroupId does not exist.",
      Parameter: "SecurityGroupId",
    });
    expect(String(body.Recommend)).toContain("InvalidSecurityGroupId.NotFound");
    expect(String(body.Recommend)).toContain(String(body.RequestId));
  });

  it("API-3 an unknown action is InvalidAction.NotFound 404; no action at all is MissingParameter 400", async () => {
    const unknown = await send(new Request(`${URL_BASE}?Action=LaunchRocket`));
    expect(unknown.status).toBe(404);
    expect(unknown.body.Code).toBe("InvalidAction.NotFound");
    const none = await send(new Request(URL_BASE));
    expect(none.status).toBe(400);
    expect(none.body.Code).toBe("MissingParameter");
  });

  it("API-3 anything else thrown is a bug: InternalError 500, reported to the onInternalError hook", async () => {
    const broken: Engine = { ...t.engine, dispatch: () => Promise.reject(new TypeError("boom")) };
    const seen: unknown[] = [];
    const response = await dispatchEcsRequest(broken, new Request(`${URL_BASE}?Action=DescribeRegions`), {
      onInternalError: (error) => seen.push(error),
    });
    expect(response.status).toBe(500);
    expect(((await response.json()) as { Code: string }).Code).toBe("InternalError");
    expect(seen).toHaveLength(1);
  });
});

describe("API-5 atomicity", () => {
  it("API-5 a write that fails after earlier writes of the same action leaves no trace", async () => {
    // Group references are checked per permission: the second one fails after the first passed.
    const { status } = await send(
      new Request(
        `${URL_BASE}?Action=AuthorizeSecurityGroup&RegionId=cn-hangzhou&SecurityGroupId=${DEMO.dev}` +
          "&Permissions.1.IpProtocol=TCP&Permissions.1.PortRange=1/1&Permissions.1.SourceCidrIp=1.1.1.1" +
          "&Permissions.2.IpProtocol=TCP&Permissions.2.PortRange=2/2&Permissions.2.SourceGroupId=sg-missing",
      ),
    );
    expect(status).toBe(404);
    const { body } = await send(
      new Request(`${URL_BASE}?Action=DescribeSecurityGroupAttribute&RegionId=cn-hangzhou&SecurityGroupId=${DEMO.dev}`),
    );
    expect((body.Permissions as { Permission: unknown[] }).Permission).toEqual([]);
  });
});
