/**
 * Stored resources, named exactly as the ECS API names their fields. Optional fields are absent
 * (not "") in storage so IndexedDB indexes skip them; responses fill "" where the API does.
 */
export type Direction = "ingress" | "egress";
export type IpProtocol = "TCP" | "UDP" | "ICMP" | "ICMPv6" | "GRE" | "ALL";
export type RulePolicy = "Accept" | "Drop";
export type SecurityGroupType = "normal" | "enterprise";
export type NicType = "intranet" | "internet";

export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface SecurityGroupRecord {
  SecurityGroupId: string;
  RegionId: string;
  SecurityGroupName: string;
  Description: string;
  SecurityGroupType: SecurityGroupType;
  /** "" for a classic-network group. */
  VpcId: string;
  CreationTime: string;
  /** Creation order within the workspace: the key that pages and sorts lists. */
  Seq: number;
  InnerAccessPolicy: RulePolicy;
  ResourceGroupId: string;
  ServiceManaged: boolean;
  /** The id of the cloud service that manages the group, when ServiceManaged (0 otherwise). */
  ServiceID: number;
  DeletionProtection: boolean;
  Tags: Tag[];
  /** Number of rules, in + out. */
  RuleCount: number;
  /** Rules that reference another group. */
  GroupToGroupRuleCount: number;
  /** Rule quota used: 1 per rule, MaxEntries for a rule that uses a prefix list (RULE-8). */
  RuleWeight: number;
  /** Member network interfaces (primary ENIs stand for their instances). */
  EcsCount: number;
}

export interface RuleRecord {
  SecurityGroupRuleId: string;
  SecurityGroupId: string;
  Direction: Direction;
  IpProtocol: IpProtocol;
  PortRange: string;
  SourcePortRange?: string;
  SourceCidrIp?: string;
  Ipv6SourceCidrIp?: string;
  SourceGroupId?: string;
  SourceGroupOwnerAccount?: string;
  SourcePrefixListId?: string;
  DestCidrIp?: string;
  Ipv6DestCidrIp?: string;
  DestGroupId?: string;
  DestGroupOwnerAccount?: string;
  DestPrefixListId?: string;
  Policy: RulePolicy;
  Priority: number;
  NicType: NicType;
  Description: string;
  CreateTime: string;
  Seq: number;
}

export interface VpcRecord {
  VpcId: string;
  RegionId: string;
  VpcName: string;
  CidrBlock: string;
  Description: string;
  CreationTime: string;
  Seq: number;
  IsDefault: boolean;
}

export interface VSwitchRecord {
  VSwitchId: string;
  VpcId: string;
  RegionId: string;
  ZoneId: string;
  VSwitchName: string;
  CidrBlock: string;
  Description: string;
  CreationTime: string;
  Seq: number;
}

/** Quotas the user may raise, as the quota center does (SPEC SG-1). */
export type QuotaName = "q_security-groups";

export interface MetaRecords {
  /** Last sequence number handed out. */
  seq: number;
  quotas: Record<QuotaName, number>;
}

export type NetworkInterfaceType = "Primary" | "Secondary";
export type NetworkInterfaceStatus = "Available" | "InUse";

export interface NetworkInterfaceRecord {
  NetworkInterfaceId: string;
  RegionId: string;
  VpcId: string;
  VSwitchId: string;
  ZoneId: string;
  Type: NetworkInterfaceType;
  Status: NetworkInterfaceStatus;
  /** The instance it is attached to, absent while Available. */
  InstanceId?: string;
  SecurityGroupIds: string[];
  PrimaryIpAddress: string;
  /** Secondary private IPs (the primary one is PrimaryIpAddress). */
  SecondaryIpAddresses: string[];
  MacAddress: string;
  /** Position on the instance (0 for the primary ENI), absent while Available. */
  DeviceIndex?: number;
  NetworkInterfaceName: string;
  Description: string;
  Tags: Tag[];
  CreationTime: string;
  Seq: number;
}

export type InstanceStatus = "Running" | "Stopped";

export interface InstanceRecord {
  InstanceId: string;
  RegionId: string;
  ZoneId: string;
  VpcId: string;
  VSwitchId: string;
  InstanceName: string;
  ImageId: string;
  InstanceType: string;
  Status: InstanceStatus;
  PublicIpAddress: string;
  /** Mbit/s of public bandwidth; 0 or absent without a public IP. */
  InternetMaxBandwidthOut?: number;
  PrimaryNetworkInterfaceId: string;
  Tags: Tag[];
  CreationTime: string;
  Seq: number;
}

export type AddressFamily = "IPv4" | "IPv6";

export interface PrefixListEntry {
  Cidr: string;
  Description: string;
}

export interface PrefixListRecord {
  PrefixListId: string;
  RegionId: string;
  PrefixListName: string;
  Description: string;
  AddressFamily: AddressFamily;
  MaxEntries: number;
  Entries: PrefixListEntry[];
  ResourceGroupId: string;
  Tags: Tag[];
  CreationTime: string;
  Seq: number;
}

export type SnapshotPolicyStatus = "Enabled" | "Disabled";

export interface SnapshotPolicyRecord {
  SnapshotPolicyId: string;
  RegionId: string;
  SnapshotPolicyName: string;
  Status: SnapshotPolicyStatus;
  RetentionDays: number;
  BucketName: string;
  SecurityGroupIds: string[];
  CreationTime: string;
  Seq: number;
}

export interface SnapshotRecord {
  SnapshotId: string;
  RegionId: string;
  SecurityGroupId: string;
  SnapshotPolicyId: string;
  CreationTime: string;
  ExpirationTime: string;
  /** Expiry in ms on the engine clock, for the expiry index. */
  ExpiresAt: number;
  InnerAccessPolicy: RulePolicy;
  Rules: RuleRecord[];
  Seq: number;
}

/** A rule change seen in a covered group: the snapshot falls due 5 minutes after the first one. */
export interface PendingSnapshotRecord {
  SecurityGroupId: string;
  DueAt: number;
  InnerAccessPolicy: RulePolicy;
  /** The rules as they were before the first change of the window. */
  Rules: RuleRecord[];
}
