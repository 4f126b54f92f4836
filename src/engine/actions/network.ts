import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import { optional, optionalInt, required, requireRegion } from "../params";
import { REGIONS, zoneIds } from "../regions";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { VpcRecord, VSwitchRecord } from "../types";
import { cidrContains, cidrsOverlap, parseCidr } from "../validate/cidr";
import { isValidResourceName } from "../validate/names";
import { type ActionTable, read, write } from "./context";
import { regionSeqRange } from "./seq-page";

/** VPC blocks must lie in the private ranges, as in the VPC product. */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];
const DEFAULT_VPC_CIDR = "172.16.0.0/12";

export function vpcView(vpc: VpcRecord, vswitchIds: string[]) {
  return {
    VpcId: vpc.VpcId,
    RegionId: vpc.RegionId,
    VpcName: vpc.VpcName,
    CidrBlock: vpc.CidrBlock,
    Description: vpc.Description,
    CreationTime: vpc.CreationTime,
    IsDefault: vpc.IsDefault,
    Status: "Available",
    VSwitchIds: { VSwitchId: vswitchIds },
  };
}

export function vswitchView(vswitch: VSwitchRecord) {
  return {
    VSwitchId: vswitch.VSwitchId,
    VpcId: vswitch.VpcId,
    ZoneId: vswitch.ZoneId,
    VSwitchName: vswitch.VSwitchName,
    CidrBlock: vswitch.CidrBlock,
    Description: vswitch.Description,
    CreationTime: vswitch.CreationTime,
    Status: "Available",
  };
}

function readName(
  raw: string | undefined,
  code: "InvalidVpcName.Malformed" | "InvalidVSwitchName.Malformed",
  field: string,
) {
  const name = raw ?? "";
  if (name !== "" && !isValidResourceName(name)) throw ecsError(code, { field });
  return name;
}

export async function insertVpc(tx: Tx, vpc: Omit<VpcRecord, "Seq">): Promise<VpcRecord> {
  const record = { ...vpc, Seq: await nextSeq(tx) };
  await tx.objectStore("vpcs").add(record);
  return record;
}

export async function insertVSwitch(tx: Tx, vswitch: Omit<VSwitchRecord, "Seq">): Promise<VSwitchRecord> {
  const record = { ...vswitch, Seq: await nextSeq(tx) };
  await tx.objectStore("vswitches").add(record);
  return record;
}

export const networkActions: ActionTable = {
  DescribeRegions: read(async ({ params }) => {
    const language = optional(params, "AcceptLanguage") ?? "en-US";
    return {
      Regions: {
        Region: REGIONS.map((region) => ({
          RegionId: region.RegionId,
          LocalName: language.startsWith("ja") ? region.LocalName.ja : region.LocalName.en,
          RegionEndpoint: "ecs.aliyuncs.com",
          Status: "available",
        })),
      },
    };
  }),

  DescribeZones: read(async ({ params }) => {
    const region = requireRegion(params);
    return {
      Zones: {
        Zone: zoneIds(region).map((zoneId) => ({
          ZoneId: zoneId,
          LocalName: `${region.LocalName.en} Zone ${zoneId.slice(-1).toUpperCase()}`,
        })),
      },
    };
  }),

  CreateVpc: write(async ({ tx, params, now, ids }) => {
    const region = requireRegion(params);
    const cidrText = optional(params, "CidrBlock") ?? DEFAULT_VPC_CIDR;
    const cidr = parseCidr(cidrText);
    if (
      cidr?.family !== "IPv4" ||
      cidr.prefixLength < 8 ||
      cidr.prefixLength > 28 ||
      !PRIVATE_RANGES.some((range) => cidrContains(range, cidr.cidr))
    ) {
      throw ecsError("InvalidCidrBlock.Malformed", { field: "CidrBlock" });
    }
    const vpc = await insertVpc(tx, {
      VpcId: ids.next("vpc", region.RegionId),
      RegionId: region.RegionId,
      VpcName: readName(optional(params, "VpcName"), "InvalidVpcName.Malformed", "VpcName"),
      CidrBlock: cidr.cidr,
      Description: optional(params, "Description") ?? "",
      CreationTime: formatEcsTime(now),
      IsDefault: false,
    });
    return { VpcId: vpc.VpcId, VRouterId: `vrt-${vpc.VpcId.slice(4)}`, RouteTableId: `vtb-${vpc.VpcId.slice(4)}` };
  }),

  DescribeVpcs: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const vpcId = optional(params, "VpcId");
    const name = optional(params, "VpcName");
    const pageNumber = optionalInt(params, "PageNumber", { min: 1, max: 1_000_000 }) ?? 1;
    const pageSize = optionalInt(params, "PageSize", { min: 1, max: 50 }) ?? 10;
    const all = (await tx.objectStore("vpcs").index("byRegion").getAll(regionSeqRange(region.RegionId, 0))).filter(
      (vpc) => (vpcId === undefined || vpc.VpcId === vpcId) && (name === undefined || vpc.VpcName === name),
    );
    const page = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    const vswitches = tx.objectStore("vswitches").index("byVpc");
    const views = [];
    for (const vpc of page) views.push(vpcView(vpc, (await vswitches.getAllKeys(vpc.VpcId)).sort()));
    return { TotalCount: all.length, PageNumber: pageNumber, PageSize: pageSize, Vpcs: { Vpc: views } };
  }),

  CreateVSwitch: write(async ({ tx, params, now, ids }) => {
    const region = requireRegion(params);
    const vpc = await tx.objectStore("vpcs").get(required(params, "VpcId"));
    if (!vpc || vpc.RegionId !== region.RegionId) throw ecsError("InvalidVpcId.NotFound", { field: "VpcId" });
    const zoneId = required(params, "ZoneId");
    if (!zoneIds(region).includes(zoneId)) throw ecsError("InvalidZoneId.NotFound", { field: "ZoneId" });
    const cidr = parseCidr(required(params, "CidrBlock"));
    if (cidr?.family !== "IPv4" || cidr.hadHostBits || cidr.prefixLength < 16 || cidr.prefixLength > 29) {
      throw ecsError("InvalidCidrBlock.Malformed", { field: "CidrBlock" });
    }
    if (!cidrContains(vpc.CidrBlock, cidr.cidr)) throw ecsError("InvalidCidrBlock.NotInVpc", { field: "CidrBlock" });
    const siblings = await tx.objectStore("vswitches").index("byVpc").getAll(vpc.VpcId);
    if (siblings.some((other) => cidrsOverlap(other.CidrBlock, cidr.cidr))) {
      throw ecsError("InvalidCidrBlock.Overlapped", { field: "CidrBlock" });
    }
    const vswitch = await insertVSwitch(tx, {
      VSwitchId: ids.next("vsw", region.RegionId),
      VpcId: vpc.VpcId,
      RegionId: region.RegionId,
      ZoneId: zoneId,
      VSwitchName: readName(optional(params, "VSwitchName"), "InvalidVSwitchName.Malformed", "VSwitchName"),
      CidrBlock: cidr.cidr,
      Description: optional(params, "Description") ?? "",
      CreationTime: formatEcsTime(now),
    });
    return { VSwitchId: vswitch.VSwitchId };
  }),

  DescribeVSwitches: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const vpcId = optional(params, "VpcId");
    const zoneId = optional(params, "ZoneId");
    const vswitchId = optional(params, "VSwitchId");
    const pageNumber = optionalInt(params, "PageNumber", { min: 1, max: 1_000_000 }) ?? 1;
    const pageSize = optionalInt(params, "PageSize", { min: 1, max: 50 }) ?? 10;
    const all = (await tx.objectStore("vswitches").index("byRegion").getAll(regionSeqRange(region.RegionId, 0))).filter(
      (vswitch) =>
        (vpcId === undefined || vswitch.VpcId === vpcId) &&
        (zoneId === undefined || vswitch.ZoneId === zoneId) &&
        (vswitchId === undefined || vswitch.VSwitchId === vswitchId),
    );
    const page = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return {
      TotalCount: all.length,
      PageNumber: pageNumber,
      PageSize: pageSize,
      VSwitches: { VSwitch: page.map(vswitchView) },
    };
  }),
};
