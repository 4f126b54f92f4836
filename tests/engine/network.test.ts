import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

let t: TestEngine;
beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

describe("Network and regions (SPEC 11)", () => {
  it("SPEC-11 DescribeRegions lists the fixed catalogue, in English or Japanese", async () => {
    const en = (await t.call("DescribeRegions")) as {
      Regions: { Region: Array<{ RegionId: string; LocalName: string }> };
    };
    expect(en.Regions.Region.map((region) => region.RegionId)).toEqual(
      expect.arrayContaining(["cn-hangzhou", "cn-shanghai", "ap-northeast-1", "eu-central-1", "us-west-1"]),
    );
    expect(en.Regions.Region).toHaveLength(10);
    const ja = (await t.call("DescribeRegions", { AcceptLanguage: "ja" })) as typeof en;
    expect(ja.Regions.Region.find((region) => region.RegionId === "ap-northeast-1")?.LocalName).toBe("日本 (東京)");
  });

  it("SPEC-11 DescribeZones lists a region's zones; an unknown region is InvalidRegionId.NotFound", async () => {
    const body = (await t.call("DescribeZones", { RegionId: "cn-hangzhou" })) as {
      Zones: { Zone: Array<{ ZoneId: string }> };
    };
    expect(body.Zones.Zone.map((zone) => zone.ZoneId)).toContain("cn-hangzhou-h");
    await expectEcsError(t.call("DescribeZones", { RegionId: "nowhere" }), "InvalidRegionId.NotFound", 404);
  });

  it("SPEC-11 CreateVpc and DescribeVpcs; the demo has a VPC in every region", async () => {
    const created = await t.call("CreateVpc", {
      RegionId: "cn-shanghai",
      CidrBlock: "10.0.0.0/16",
      VpcName: "shanghai-app",
    });
    expect(String(created.VpcId)).toMatch(/^vpc-uf6/);
    const vpcs = (await t.call("DescribeVpcs", { RegionId: "cn-shanghai" })) as {
      TotalCount: number;
      Vpcs: { Vpc: Array<{ VpcName: string; CidrBlock: string }> };
    };
    expect(vpcs.TotalCount).toBe(2);
    expect(vpcs.Vpcs.Vpc.map((vpc) => vpc.VpcName)).toEqual(["default-vpc", "shanghai-app"]);
    const hangzhou = (await t.call("DescribeVpcs", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc })) as {
      Vpcs: { Vpc: Array<{ VSwitchIds: { VSwitchId: string[] } }> };
    };
    expect(hangzhou.Vpcs.Vpc[0]?.VSwitchIds.VSwitchId).toEqual([DEMO.vswitchH, DEMO.vswitchI].sort());
  });

  it("SPEC-11 CreateVpc refuses public or malformed blocks and bad names", async () => {
    await expectEcsError(
      t.call("CreateVpc", { RegionId: "cn-hangzhou", CidrBlock: "8.8.0.0/16" }),
      "InvalidCidrBlock.Malformed",
      400,
    );
    await expectEcsError(
      t.call("CreateVpc", { RegionId: "cn-hangzhou", CidrBlock: "10.0.0/16" }),
      "InvalidCidrBlock.Malformed",
      400,
    );
    await expectEcsError(
      t.call("CreateVpc", { RegionId: "cn-hangzhou", VpcName: "_bad" }),
      "InvalidVpcName.Malformed",
      400,
    );
  });

  it("SPEC-11 CreateVSwitch needs a block inside its VPC, no overlap, a real zone", async () => {
    const base = { RegionId: "cn-hangzhou", VpcId: DEMO.vpc, ZoneId: "cn-hangzhou-j" };
    const created = await t.call("CreateVSwitch", { ...base, CidrBlock: "192.168.3.0/24", VSwitchName: "app-j" });
    const listed = (await t.call("DescribeVSwitches", { RegionId: "cn-hangzhou", ZoneId: "cn-hangzhou-j" })) as {
      VSwitches: { VSwitch: Array<{ VSwitchId: string; VSwitchName: string }> };
    };
    expect(listed.VSwitches.VSwitch).toEqual([
      expect.objectContaining({ VSwitchId: created.VSwitchId, VSwitchName: "app-j" }),
    ]);
    await expectEcsError(
      t.call("CreateVSwitch", { ...base, CidrBlock: "10.0.0.0/24" }),
      "InvalidCidrBlock.NotInVpc",
      400,
    );
    await expectEcsError(
      t.call("CreateVSwitch", { ...base, CidrBlock: "192.168.1.128/25" }),
      "InvalidCidrBlock.Overlapped",
      400,
    );
    await expectEcsError(
      t.call("CreateVSwitch", { ...base, CidrBlock: "192.168.4.1/24" }),
      "InvalidCidrBlock.Malformed",
      400,
    );
    await expectEcsError(
      t.call("CreateVSwitch", { ...base, ZoneId: "cn-hangzhou-z", CidrBlock: "192.168.5.0/24" }),
      "InvalidZoneId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("CreateVSwitch", { ...base, VpcId: "vpc-none", CidrBlock: "192.168.5.0/24" }),
      "InvalidVpcId.NotFound",
      404,
    );
    await expectEcsError(
      t.call("CreateVSwitch", { ...base, CidrBlock: "192.168.6.0/24", VSwitchName: "9lives" }),
      "InvalidVSwitchName.Malformed",
      400,
    );
  });
});
