/**
 * The columns of an exported rule file (IO-1): every Permission field of
 * DescribeSecurityGroupAttribute, in the API's order (project decision: the real format is not
 * public). The same names are the only keys or columns an imported file may use (IO-2).
 */
export const PERMISSION_FIELDS = [
  "SecurityGroupRuleId",
  "Direction",
  "IpProtocol",
  "PortRange",
  "SourcePortRange",
  "SourceCidrIp",
  "Ipv6SourceCidrIp",
  "SourceGroupId",
  "SourceGroupName",
  "SourceGroupOwnerAccount",
  "SourcePrefixListId",
  "SourcePrefixListName",
  "DestCidrIp",
  "Ipv6DestCidrIp",
  "DestGroupId",
  "DestGroupName",
  "DestGroupOwnerAccount",
  "DestPrefixListId",
  "DestPrefixListName",
  "PortRangeListId",
  "PortRangeListName",
  "Policy",
  "Priority",
  "NicType",
  "Description",
  "CreateTime",
] as const;

export type PermissionField = (typeof PERMISSION_FIELDS)[number];

/** One rule of an imported file: field name to text ("" or absent when unset). */
export type ImportedRule = Partial<Record<PermissionField, string>>;

/** What a rule file holds once read: its rules and, for JSON, the region it came from. */
export interface RuleFile {
  RegionId?: string;
  rules: ImportedRule[];
}

const KNOWN = new Set<string>(PERMISSION_FIELDS);

export function isPermissionField(name: string): name is PermissionField {
  return KNOWN.has(name);
}
