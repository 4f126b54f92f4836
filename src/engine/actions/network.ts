import { optional, optionalInt, requireRegion } from "../params";
import { REGIONS, zoneIds } from "../regions";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { VpcRecord, VSwitchRecord } from "../types";
import { type ActionTable, read } from "./context";
import { regionSeqRange } from "./seq-page";

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

/** The network reads every page needs; creating VPCs and vSwitches is network-create.ts (lazy). */
export const networkActions = {
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
} satisfies ActionTable;
