import type { ActionName, ActionResponse } from "../engine/actions/responses";
import type { RuleRecord } from "../engine/types";
import type { describeSettings } from "./faults/layer";

/**
 * The typed action contract (API-1): for each action the engine answers, the parameters the UI
 * may send (structured, as `callEcs` flattens them to the wire's `Name.N.Field`) and the response
 * the engine builds. Responses are read from the engine's action tables; parameters are declared
 * here, named exactly as SPEC.md and ECS-API.md name them. A new action in an engine table fails
 * tsc until it has its line in `ActionParams` (see `_EveryActionHasParams` below).
 */

/** The parameters common to most actions. */
type Region = { RegionId: string };
/** Either pagination style of an action (readPageRequest): tokens, or page numbers. */
type TokenPage = { MaxResults?: number; NextToken?: string };
type NumberPage = { PageNumber?: number; PageSize?: number };
type TagList = { Tag?: ReadonlyArray<{ Key: string; Value?: string }> };

/** A rule's fields as requests carry them (`Permissions.N.*`, or flat for Modify*Rule): the rule record's, as text. */
export type RuleFieldParams = {
  [K in Exclude<keyof RuleRecord, "SecurityGroupRuleId" | "SecurityGroupId" | "Direction" | "CreateTime" | "Seq">]?:
    | string
    | number;
};

type AuthorizeParams = Region & { SecurityGroupId: string; Permissions?: readonly RuleFieldParams[] } & RuleFieldParams;
type RevokeParams = AuthorizeParams & { SecurityGroupRuleId?: readonly string[] };
type ModifyRuleParams = Region & { SecurityGroupId: string; SecurityGroupRuleId: string } & RuleFieldParams;
type EntryParams = ReadonlyArray<{ Cidr: string; Description?: string }>;
type SnapshotPolicyFields = {
  SnapshotPolicyName?: string;
  Status?: string;
  RetentionDays?: number | string;
  BucketName?: string;
};
type InstanceOrEni = { InstanceId?: string; NetworkInterfaceId?: string };
type Endpoint<Side extends "Source" | "Dest"> = {
  [K in `${Side}InstanceId` | `${Side}NetworkInterfaceId` | `${Side}Ip`]?: string;
};

/** Action name -> the parameters it takes. */
export type ActionParams = {
  // Regions, network, quotas and the demo clock
  DescribeRegions: { AcceptLanguage?: string };
  DescribeZones: Region;
  DescribeVpcs: Region & NumberPage & { VpcId?: string; VpcName?: string };
  DescribeVSwitches: Region & NumberPage & { VpcId?: string; ZoneId?: string; VSwitchId?: string };
  CreateVpc: Region & { CidrBlock?: string; VpcName?: string; Description?: string };
  CreateVSwitch: Region & {
    VpcId: string;
    ZoneId: string;
    CidrBlock: string;
    VSwitchName?: string;
    Description?: string;
  };
  DescribeQuotas: Region;
  ModifyQuota: Region & { QuotaName: string; Value: number };
  DescribeEngineClock: Record<never, never>;
  AdvanceEngineClock: { Seconds?: number };

  // Security groups (SG-*)
  CreateSecurityGroup: Region &
    TagList & {
      SecurityGroupType?: "normal" | "enterprise";
      SecurityGroupName?: string;
      Description?: string;
      VpcId?: string;
      ResourceGroupId?: string;
    };
  DescribeSecurityGroups: Region &
    TokenPage &
    NumberPage &
    TagList & {
      /** A JSON array of ids, as the API takes it. */
      SecurityGroupIds?: string;
      SecurityGroupId?: string;
      VpcId?: string;
      SecurityGroupName?: string;
      FuzzyQuery?: boolean;
      SecurityGroupType?: "normal" | "enterprise";
      NetworkType?: "vpc" | "classic";
      ResourceGroupId?: string;
      ServiceManaged?: boolean;
    };
  ModifySecurityGroupAttribute: Region & { SecurityGroupId: string; SecurityGroupName?: string; Description?: string };
  ModifySecurityGroupPolicy: Region & { SecurityGroupId: string; InnerAccessPolicy: "Accept" | "Drop" };
  DeleteSecurityGroup: Region & { SecurityGroupId: string };
  DescribeSecurityGroupReferences: Region & { SecurityGroupId: readonly string[] };

  // Rules (RULE-*)
  AuthorizeSecurityGroup: AuthorizeParams;
  AuthorizeSecurityGroupEgress: AuthorizeParams;
  RevokeSecurityGroup: RevokeParams;
  RevokeSecurityGroupEgress: RevokeParams;
  ModifySecurityGroupRule: ModifyRuleParams;
  ModifySecurityGroupEgressRule: ModifyRuleParams;
  DescribeSecurityGroupAttribute: Region &
    TokenPage &
    NumberPage & {
      SecurityGroupId: string;
      Direction?: "ingress" | "egress" | "all";
      NicType?: "intranet" | "internet";
      Attribute?: "snapshotPolicyIds";
    };

  // Instances, ENIs and membership (INST-*, ENI-*)
  RunInstances: Region &
    TagList & {
      VSwitchId: string;
      ZoneId?: string;
      ImageId: string;
      InstanceType: string;
      PrivateIpAddress?: string;
      Amount?: number;
      InternetMaxBandwidthOut?: number;
      InstanceName?: string;
      SecurityGroupId?: string;
      SecurityGroupIds?: readonly string[];
    };
  DescribeInstances: Region &
    TokenPage &
    NumberPage &
    TagList & {
      /** A JSON array of ids, as the API takes it. */
      InstanceIds?: string;
      Status?: string;
      VpcId?: string;
      VSwitchId?: string;
      ZoneId?: string;
      InstanceName?: string;
      SecurityGroupId?: string;
    };
  StartInstance: Region & { InstanceId: string };
  StopInstance: Region & { InstanceId: string };
  DeleteInstance: Region & { InstanceId: string; Force?: boolean };
  CreateNetworkInterface: Region &
    TagList & {
      VSwitchId: string;
      NetworkInterfaceName?: string;
      Description?: string;
      PrimaryIpAddress?: string;
      PrivateIpAddress?: readonly string[];
      SecondaryPrivateIpAddressCount?: number;
      SecurityGroupId?: string;
      SecurityGroupIds?: readonly string[];
    };
  DescribeNetworkInterfaces: Region &
    TokenPage &
    NumberPage &
    TagList & {
      NetworkInterfaceId?: readonly string[];
      InstanceId?: string;
      SecurityGroupId?: string;
      VpcId?: string;
      VSwitchId?: string;
      NetworkInterfaceName?: string;
      PrimaryIpAddress?: string;
      PrivateIpAddress?: readonly string[];
      Type?: "Primary" | "Secondary";
      Status?: string;
    };
  ModifyNetworkInterfaceAttribute: Region & {
    NetworkInterfaceId: string;
    NetworkInterfaceName?: string;
    Description?: string;
    SecurityGroupId?: readonly string[];
  };
  AttachNetworkInterface: Region & { NetworkInterfaceId: string; InstanceId: string };
  DetachNetworkInterface: Region & { NetworkInterfaceId: string; InstanceId: string };
  DeleteNetworkInterface: Region & { NetworkInterfaceId: string };
  ModifyInstanceAttribute: Partial<Region> & {
    InstanceId: string;
    InstanceName?: string;
    SecurityGroupIds?: readonly string[];
  };
  JoinSecurityGroup: Partial<Region> & InstanceOrEni & { SecurityGroupId: string };
  LeaveSecurityGroup: Partial<Region> & InstanceOrEni & { SecurityGroupId: string };

  // Prefix lists (PL-*)
  CreatePrefixList: Region &
    TagList & {
      PrefixListName: string;
      AddressFamily: "IPv4" | "IPv6";
      MaxEntries: number;
      Description?: string;
      ResourceGroupId?: string;
      Entry?: EntryParams;
    };
  ModifyPrefixList: Region & {
    PrefixListId: string;
    PrefixListName?: string;
    Description?: string;
    AddEntry?: EntryParams;
    RemoveEntry?: ReadonlyArray<{ Cidr: string }>;
  };
  DescribePrefixLists: Region &
    TokenPage &
    TagList & {
      PrefixListId?: readonly string[];
      PrefixListName?: string;
      AddressFamily?: "IPv4" | "IPv6";
      ResourceGroupId?: string;
    };
  DescribePrefixListAttributes: Region & { PrefixListId: string };
  DescribePrefixListAssociations: Region & TokenPage & { PrefixListId: string };
  DeletePrefixList: Region & { PrefixListId: string };

  // The workspace (project actions)
  ResetWorkspace: { Preset?: "demo" | "empty" };
  ExportWorkspace: Record<never, never>;
  ImportWorkspace: { Content: string };

  // Snapshots (SNAP-*)
  CreateSecurityGroupSnapshotPolicy: Region & SnapshotPolicyFields & { SnapshotPolicyName: string };
  ModifySecurityGroupSnapshotPolicy: Partial<Region> & SnapshotPolicyFields & { SnapshotPolicyId: string };
  DeleteSecurityGroupSnapshotPolicy: Partial<Region> & { SnapshotPolicyId: string };
  DescribeSecurityGroupSnapshotPolicies: Region &
    TokenPage &
    NumberPage & { SnapshotPolicyId?: string; SecurityGroupId?: string };
  AssociateSecurityGroupSnapshotPolicy: Partial<Region> & {
    SnapshotPolicyId: string;
    SecurityGroupId: readonly string[];
  };
  DisassociateSecurityGroupSnapshotPolicy: Partial<Region> & {
    SnapshotPolicyId: string;
    SecurityGroupId: readonly string[];
  };
  DescribeSecurityGroupSnapshots: Region & { SecurityGroupId: string };
  RestoreSecurityGroupSnapshot: Region & { SecurityGroupId: string; SnapshotId: string };

  // Rule tools (HC-*, CLONE-*, IO-*) and troubleshooting (DIAG-*)
  DescribeSecurityGroupRedundantRules: Region & { SecurityGroupId: string };
  CloneSecurityGroup: Region & {
    SecurityGroupId: string;
    TargetRegionId?: string;
    TargetVpcId?: string;
    SecurityGroupName?: string;
    KeepRules?: boolean;
    CopyTags?: boolean;
  };
  ExportSecurityGroupRules: Region & { SecurityGroupId: string; Format: "json" | "csv" };
  ImportSecurityGroupRules: Region & { SecurityGroupId: string; Format: "json" | "csv"; Content: string };
  DiagnoseTraffic: Region &
    Endpoint<"Source"> &
    Endpoint<"Dest"> & {
      IpProtocol: string;
      DestPort?: number;
      SourcePort?: number;
    };
};

type Assert<T extends true> = T;
/** Fails to compile when an engine action has no parameters here, or one here has no engine action. */
export type EveryActionHasParams = Assert<
  [Exclude<ActionName, keyof ActionParams>, Exclude<keyof ActionParams, ActionName>] extends [never, never]
    ? true
    : { missing: Exclude<ActionName, keyof ActionParams>; unknown: Exclude<keyof ActionParams, ActionName> }
>;

/** The fault settings as DescribeFaultSettings and ModifyFaultSettings answer them. */
export type FaultSettingsBody = ReturnType<typeof describeSettings>;

/** Actions the API layer answers itself, before the engine (PROTO-4: faults and latency). */
type ApiLayerActions = {
  DescribeFaultSettings: { params: Record<never, never>; response: FaultSettingsBody };
  /** `Latency`, `Fault.N`, `Preset`, `Clear`, `Source` (src/api/faults/wire-form.ts). */
  ModifyFaultSettings: { params: Readonly<Record<string, string>>; response: FaultSettingsBody };
};

export type EcsAction = ActionName | keyof ApiLayerActions;
export type ParamsOf<A extends EcsAction> = A extends ActionName
  ? ActionParams[A]
  : A extends keyof ApiLayerActions
    ? ApiLayerActions[A]["params"]
    : never;
/** An action's response as the console receives it: the engine's (or API layer's) body plus the request id. */
export type ResponseOf<A extends EcsAction> = (A extends ActionName
  ? ActionResponse<A>
  : A extends keyof ApiLayerActions
    ? ApiLayerActions[A]["response"]
    : never) & { RequestId: string };
