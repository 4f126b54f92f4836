import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import { optional, required, requireRegion } from "../params";
import { zoneIds } from "../regions";
import { cidrContains, cidrsOverlap, parseCidr } from "../validate/cidr";
import { isValidResourceName } from "../validate/names";
import { type ActionTable, write } from "./context";
import { insertVpc, insertVSwitch } from "./network";

/** VPC blocks must lie in the private ranges, as in the VPC product. */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];
const DEFAULT_VPC_CIDR = "172.16.0.0/12";

function readName(
  raw: string | undefined,
  code: "InvalidVpcName.Malformed" | "InvalidVSwitchName.Malformed",
  field: string,
) {
  const name = raw ?? "";
  if (name !== "" && !isValidResourceName(name)) throw ecsError(code, { field });
  return name;
}

/** CreateVpc and CreateVSwitch: loaded on first call (they bring the CIDR library). */
export const networkCreateActions = {
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
} satisfies ActionTable;
