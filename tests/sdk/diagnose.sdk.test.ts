import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import type { InstanceRecord, NetworkInterfaceRecord } from "../../src/engine/types";
import { useSdkServer } from "./helpers";

const api = useSdkServer();
const REGION = "cn-hangzhou";
const INSTANCE = "i-wirediag000000000000";
const ENI = "eni-wirediag0000000000";

/** A group allowing SSH from one address, and an instance in it (records written straight to the stores). */
async function instanceWithSsh(): Promise<string> {
  const created = await api.raw("CreateSecurityGroup", { RegionId: REGION, VpcId: DEMO.vpc });
  const groupId = String(created.body.SecurityGroupId);
  const authorized = await api.raw("AuthorizeSecurityGroup", {
    RegionId: REGION,
    SecurityGroupId: groupId,
    Permissions: [{ IpProtocol: "TCP", PortRange: "22/22", SourceCidrIp: "121.40.10.10" }],
  });
  expect(authorized.status).toBe(200);
  const db = api.engine().engine.db;
  const eni: NetworkInterfaceRecord = {
    NetworkInterfaceId: ENI,
    RegionId: REGION,
    VpcId: DEMO.vpc,
    VSwitchId: DEMO.vswitchH,
    ZoneId: "cn-hangzhou-h",
    Type: "Primary",
    Status: "InUse",
    InstanceId: INSTANCE,
    DeviceIndex: 0,
    SecurityGroupIds: [groupId],
    PrimaryIpAddress: "192.168.1.200",
    SecondaryIpAddresses: [],
    MacAddress: "00:16:3e:00:00:c8",
    NetworkInterfaceName: "",
    Description: "",
    Tags: [],
    CreationTime: "2026-03-01T00:00:00Z",
    Seq: 900_001,
  };
  const instance: InstanceRecord = {
    InstanceId: INSTANCE,
    RegionId: REGION,
    ZoneId: "cn-hangzhou-h",
    VpcId: DEMO.vpc,
    VSwitchId: DEMO.vswitchH,
    InstanceName: "wire-diag",
    ImageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
    InstanceType: "ecs.g7.large",
    Status: "Running",
    PublicIpAddress: "",
    PrimaryNetworkInterfaceId: ENI,
    Tags: [],
    CreationTime: "2026-03-01T00:00:00Z",
    Seq: 900_002,
  };
  await db.put("networkInterfaces", eni);
  await db.put("instances", instance);
  return groupId;
}

describe("API-1 API-2 DiagnoseTraffic over the wire", () => {
  it("DIAG-1 answers with RequestId, Verdict and doubly wrapped Hops and MatchedRules", async () => {
    const groupId = await instanceWithSsh();
    const { status, body } = await api.raw("DiagnoseTraffic", {
      RegionId: REGION,
      SourceIp: "121.40.10.10",
      DestInstanceId: INSTANCE,
      IpProtocol: "TCP",
      DestPort: 22,
    });
    expect(status).toBe(200);
    expect(body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(body.Verdict).toBe("Allowed");
    type Hop = Record<string, unknown> & { MatchedRules: { MatchedRule: Array<Record<string, unknown>> } };
    const hops = (body.Hops as { Hop: Hop[] }).Hop;
    expect(hops).toHaveLength(1);
    expect(hops[0]).toMatchObject({
      NetworkInterfaceId: ENI,
      Direction: "ingress",
      Verdict: "Allowed",
      Reason: "Rule",
      SecurityGroupId: groupId,
      Priority: 1,
      Policy: "Accept",
    });
    const matched = hops[0]?.MatchedRules.MatchedRule;
    expect(matched).toEqual([expect.objectContaining({ SecurityGroupId: groupId, Priority: 1, Policy: "Accept" })]);
    expect((body.Notes as { Note: string[] }).Note.length).toBeGreaterThan(0);
  });

  it("API-3 DIAG-1 a missing source is a MissingParameter error envelope (400)", async () => {
    await instanceWithSsh();
    const { status, body } = await api.raw("DiagnoseTraffic", {
      RegionId: REGION,
      DestInstanceId: INSTANCE,
      IpProtocol: "TCP",
      DestPort: 22,
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ Code: "MissingParameter" });
    expect(String(body.Message)).toContain("SourceInstanceId, SourceNetworkInterfaceId or SourceIp");
  });
});
