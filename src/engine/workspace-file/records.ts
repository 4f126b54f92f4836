import { z } from "zod";
import { parseCidr } from "../validate/cidr";

// No generated code: zod would otherwise probe `new Function`, which the console's content
// security policy refuses (HARD-5), and report a violation on every page that imports a file.
z.config({ jitless: true });

/**
 * The shape of every stored record, as a workspace file carries it (HARD-4): a file that passes
 * cannot make a later action fail on a missing or mistyped field. Values are checked as far as
 * the engine relies on them (ids, enums, numbers, addresses); free text stays free.
 */
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}-[0-9a-z]{1,64}$`), `must be a ${prefix}- id`);
const text = z.string().max(4_096);
const time = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/, "must be a yyyy-MM-ddTHH:mm(:ss)Z time");
const seq = z.number().int().nonnegative();
const regionId = z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, "must be a region id");
const cidr = z.string().refine((value) => parseCidr(value) !== undefined, "must be a CIDR block or an address");
const portRange = z.string().regex(/^-?\d{1,5}\/-?\d{1,5}$/, "must be a port range such as 22/22 or -1/-1");
const tags = z.array(z.object({ TagKey: text, TagValue: text })).max(20);
const policy = z.enum(["Accept", "Drop"]);
const uniqueIds = (prefix: string) =>
  z.array(id(prefix)).refine((ids) => new Set(ids).size === ids.length, "must not list an id twice");

export const ruleRecord = z.object({
  SecurityGroupRuleId: id("sgr"),
  SecurityGroupId: id("sg"),
  Direction: z.enum(["ingress", "egress"]),
  IpProtocol: z.enum(["TCP", "UDP", "ICMP", "ICMPv6", "GRE", "ALL"]),
  PortRange: portRange,
  SourcePortRange: portRange.optional(),
  SourceCidrIp: cidr.optional(),
  Ipv6SourceCidrIp: cidr.optional(),
  SourceGroupId: id("sg").optional(),
  SourceGroupOwnerAccount: text.optional(),
  SourcePrefixListId: id("pl").optional(),
  DestCidrIp: cidr.optional(),
  Ipv6DestCidrIp: cidr.optional(),
  DestGroupId: id("sg").optional(),
  DestGroupOwnerAccount: text.optional(),
  DestPrefixListId: id("pl").optional(),
  Policy: policy,
  Priority: z.number().int().min(1).max(110),
  NicType: z.enum(["intranet", "internet"]),
  Description: text,
  CreateTime: time,
  Seq: seq,
});

export const securityGroupRecord = z.object({
  SecurityGroupId: id("sg"),
  RegionId: regionId,
  SecurityGroupName: text,
  Description: text,
  SecurityGroupType: z.enum(["normal", "enterprise"]),
  VpcId: z.union([z.literal(""), id("vpc")]),
  CreationTime: time,
  Seq: seq,
  InnerAccessPolicy: policy,
  ResourceGroupId: text,
  ServiceManaged: z.boolean(),
  ServiceID: z.number().int().nonnegative(),
  DeletionProtection: z.boolean(),
  Tags: tags,
  RuleCount: z.number().int().nonnegative(),
  GroupToGroupRuleCount: z.number().int().nonnegative(),
  RuleWeight: z.number().int().nonnegative(),
  EcsCount: z.number().int().nonnegative(),
});

export const vpcRecord = z.object({
  VpcId: id("vpc"),
  RegionId: regionId,
  VpcName: text,
  CidrBlock: cidr,
  Description: text,
  CreationTime: time,
  Seq: seq,
  IsDefault: z.boolean(),
});

export const vswitchRecord = z.object({
  VSwitchId: id("vsw"),
  VpcId: id("vpc"),
  RegionId: regionId,
  ZoneId: text,
  VSwitchName: text,
  CidrBlock: cidr,
  Description: text,
  CreationTime: time,
  Seq: seq,
});

export const instanceRecord = z.object({
  InstanceId: id("i"),
  RegionId: regionId,
  ZoneId: text,
  VpcId: id("vpc"),
  VSwitchId: id("vsw"),
  InstanceName: text,
  ImageId: text,
  InstanceType: text,
  Status: z.enum(["Running", "Stopped"]),
  PublicIpAddress: text,
  InternetMaxBandwidthOut: z.number().nonnegative().optional(),
  PrimaryNetworkInterfaceId: id("eni"),
  Tags: tags,
  CreationTime: time,
  Seq: seq,
});

export const networkInterfaceRecord = z.object({
  NetworkInterfaceId: id("eni"),
  RegionId: regionId,
  VpcId: id("vpc"),
  VSwitchId: id("vsw"),
  ZoneId: text,
  Type: z.enum(["Primary", "Secondary"]),
  Status: z.enum(["Available", "InUse"]),
  InstanceId: id("i").optional(),
  SecurityGroupIds: uniqueIds("sg"),
  PrimaryIpAddress: cidr,
  SecondaryIpAddresses: z.array(cidr),
  MacAddress: text,
  DeviceIndex: z.number().int().nonnegative().optional(),
  NetworkInterfaceName: text,
  Description: text,
  Tags: tags,
  CreationTime: time,
  Seq: seq,
});

export const prefixListRecord = z.object({
  PrefixListId: id("pl"),
  RegionId: regionId,
  PrefixListName: text,
  Description: text,
  AddressFamily: z.enum(["IPv4", "IPv6"]),
  MaxEntries: z.number().int().min(1).max(200),
  Entries: z.array(z.object({ Cidr: cidr, Description: text })),
  ResourceGroupId: text,
  Tags: tags,
  CreationTime: time,
  Seq: seq,
});

export const snapshotPolicyRecord = z.object({
  SnapshotPolicyId: id("sgsp"),
  RegionId: regionId,
  SnapshotPolicyName: text,
  Status: z.enum(["Enabled", "Disabled"]),
  RetentionDays: z.number().int().min(1).max(30),
  BucketName: text,
  SecurityGroupIds: uniqueIds("sg"),
  CreationTime: time,
  Seq: seq,
});

export const snapshotRecord = z.object({
  SnapshotId: id("sgs"),
  RegionId: regionId,
  SecurityGroupId: id("sg"),
  SnapshotPolicyId: z.union([z.literal(""), id("sgsp")]),
  CreationTime: time,
  ExpirationTime: time,
  ExpiresAt: z.number(),
  InnerAccessPolicy: policy,
  Rules: z.array(ruleRecord),
  Seq: seq,
});

export const pendingSnapshotRecord = z.object({
  SecurityGroupId: id("sg"),
  DueAt: z.number(),
  InnerAccessPolicy: policy,
  Rules: z.array(ruleRecord),
});

/** Workspace settings: known keys are typed, others (a newer build's) are kept as they are. */
export const metaRecord = z.union([
  z.object({ key: z.literal("seq"), value: seq }),
  z.object({ key: z.literal("clockOffset"), value: z.number() }),
  z.object({ key: z.literal("initialised"), value: z.boolean() }),
  z.object({ key: z.literal("quotas"), value: z.record(z.string(), z.number().int().positive()) }),
  z.object({
    key: z.string().refine((key) => !["seq", "clockOffset", "initialised", "quotas"].includes(key)),
    value: z.unknown(),
  }),
]);
