import type { ParamsOf, ResponseOf } from "./contract";

/**
 * Names for the pieces of responses the UI passes around, all read from the engine's responses
 * (src/api/contract.ts): a field the engine adds or renames shows up here without a copy to edit.
 */
type ItemOf<T extends readonly unknown[]> = T[number];

// Security groups and rules
export type SecurityGroup = ItemOf<ResponseOf<"DescribeSecurityGroups">["SecurityGroups"]["SecurityGroup"]>;
export type TagView = ItemOf<SecurityGroup["Tags"]["Tag"]>;
export type Permission = ItemOf<ResponseOf<"DescribeSecurityGroupAttribute">["Permissions"]["Permission"]>;
export type Quota = ItemOf<ResponseOf<"DescribeQuotas">["Quotas"]["Quota"]>;
export type Vpc = ItemOf<ResponseOf<"DescribeVpcs">["Vpcs"]["Vpc"]>;
export type VSwitch = ItemOf<ResponseOf<"DescribeVSwitches">["VSwitches"]["VSwitch"]>;

// Instances and network interfaces
export type Instance = ItemOf<ResponseOf<"DescribeInstances">["Instances"]["Instance"]>;
export type InstanceStatus = Instance["Status"];
export type NetworkInterface = ItemOf<
  ResponseOf<"DescribeNetworkInterfaces">["NetworkInterfaceSets"]["NetworkInterfaceSet"]
>;
export type EniStatus = NetworkInterface["Status"];

// Prefix lists
export type PrefixList = ItemOf<ResponseOf<"DescribePrefixLists">["PrefixLists"]["PrefixList"]>;
export type PrefixListEntryView = ItemOf<ResponseOf<"DescribePrefixListAttributes">["Entries"]["Entry"]>;

// Snapshots
export type SnapshotPolicy = ItemOf<
  ResponseOf<"DescribeSecurityGroupSnapshotPolicies">["SnapshotPolicies"]["SnapshotPolicy"]
>;
export type SnapshotPolicyStatus = SnapshotPolicy["Status"];
export type Snapshot = ItemOf<ResponseOf<"DescribeSecurityGroupSnapshots">["Snapshots"]["Snapshot"]>;

// Rule tools
export type RedundantRule = ItemOf<
  ResponseOf<"DescribeSecurityGroupRedundantRules">["RedundantRules"]["RedundantRule"]
>;
export type RedundancyKind = RedundantRule["Kind"];
export type CloneSecurityGroupBody = ResponseOf<"CloneSecurityGroup">;
export type ImportSecurityGroupRulesBody = ResponseOf<"ImportSecurityGroupRules">;
export type ImportResult = ItemOf<ImportSecurityGroupRulesBody["Results"]["Result"]>;
export type RuleFileFormat = ParamsOf<"ExportSecurityGroupRules">["Format"];

// Troubleshooting
export type Hop = ItemOf<ResponseOf<"DiagnoseTraffic">["Hops"]["Hop"]>;
export type MatchedRule = ItemOf<Hop["MatchedRules"]["MatchedRule"]>;
