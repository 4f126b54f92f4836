/**
 * The ECS error catalogue as data: one entry per code, with the real HTTP status and message
 * (misspellings included, as the real API sends them). `%s` is filled by `ecsError(code, {args})`.
 * Sources: ../shared/ECS-API.md; "(project)" marks entries whose status or text the spec chose.
 */
export interface ErrorEntry {
  status: number;
  message: string;
  /** Alternative messages the real API sends under the same code. */
  variants?: Readonly<Record<string, string>>;
}

const missing = 'The input parameter "%s" that is mandatory for processing this request is not supplied.';

export const ERROR_CATALOGUE = {
  // --- Common ---
  MissingParameter: { status: 400, message: missing },
  "MissingParameter.RegionId": { status: 400, message: missing },
  "MissingParamter.RegionId": { status: 400, message: missing },
  InvalidParameter: { status: 400, message: "The specified parameter %s is not valid. %s" },
  "InvalidRegionId.NotFound": { status: 404, message: "The specified RegionId does not exist." },
  "InvalidAction.NotFound": {
    status: 404,
    message: "Specified api is not found, please check your url and method.",
  },
  InternalError: {
    status: 500,
    message: "The request processing has failed due to some unknown error.",
  },
  ServiceUnavailable: {
    status: 503,
    message: "The request has failed due to a temporary failure of the server.",
  },
  /** PROTO-1: the real API's answer to a caller over its request rate (the SDK's ThrottlingError). */
  "Throttling.User": { status: 400, message: "Request was denied due to user flow control." },
  "InValidParameter.NextToken": { status: 400, message: "The parameter NextToken is invalid." },
  "NotSupported.PageNumberAndPageSize": {
    status: 400,
    message:
      "The parameters PageNumber and PageSize are currently not supported, please use NextToken and MaxResults instead.",
  },
  "InvalidParameter.MaxResults": {
    status: 400,
    message: "The specified parameter MaxResults is not valid. It should be an integer from %s to %s.",
  },
  "InvalidTagKey.Malformed": {
    status: 400,
    message:
      "The specified Tag.n.Key is not valid. It must be 1 to 128 characters and cannot start with aliyun or acs:.",
  },
  "InvalidTagValue.Malformed": {
    status: 400,
    message: "The specified Tag.n.Value is not valid. It must be at most 128 characters.",
  },
  "Duplicate.TagKey": { status: 400, message: "The Tag.N.Key contain duplicate key." },
  "QuotaExceed.Tags": { status: 403, message: "The maximum number of tags is reached (20)." },
  "InvalidResourceGroup.NotFound": {
    status: 404,
    message: "The specified ResourceGroupId does not exist.",
  },
  "InvalidDescription.Malformed": {
    status: 400,
    message: 'The specified parameter "Description" is not valid.',
    variants: {
      prefixList: "The specified Description is wrongly formed.",
      // (project) the entry description's own wording, for the field it names.
      prefixListEntry:
        "The specified %s is wrongly formed. It must be 2 to 32 characters and cannot start with http:// or https://.",
    },
  },

  // --- Security groups ---
  "InvalidSecurityGroupName.Malformed": {
    status: 400,
    message: "The specified parameter SecurityGroupName is not valid.",
  },
  "InvalidSecurityGroupDiscription.Malformed": {
    status: 400,
    message: "The specified security group description is not valid.",
  },
  "InvalidParams.GroupType": { status: 400, message: "The specified security group type is not valid." },
  "InvalidParameter.SecurityGroupType": {
    status: 400,
    message: "The specified parameter SecurityGroupType is not valid. It should be normal or enterprise.",
  },
  "InvalidParams.VpcIdGroupType": {
    status: 400,
    message: "Only VPC instance supports enterprise level security group.",
  },
  "QuotaExceed.SecurityGroup": {
    status: 403,
    message: "The maximum number of security groups is reached.",
  },
  "InvalidVpcId.NotFound": { status: 404, message: "Specified VPC does not exist." },
  "InvalidSecurityGroupId.NotFound": {
    status: 404,
    message: "The specified SecurityGroupId does not exist.",
    variants: {
      references: "The SecurityGroupId provided does not exist in our records.",
    },
  },
  "InvalidSecurityGroupId.Malformed": {
    status: 400,
    message: "The specified parameter SecurityGroupId is not valid.",
    variants: {
      references: "The specified parameter SecurityGroupId is essential and size should less than 10",
      tooMany: "The specified parameter SecurityGroupIds is not valid. At most 100 ids are allowed.",
    },
  },
  "InvalidSecurityGroup.NotFound": {
    status: 404,
    message: "The specified security group is not found.",
  },
  DependencyViolation: {
    status: 403,
    message: "There is still instance(s) in the specified security group.",
    variants: { referenced: "The specified security group has been authorized in another one." },
  },
  "InvalidOperation.ResourceManagedByCloudProduct": {
    status: 403,
    message: "The security group is managed by cloud product %s and cannot be changed.",
  },
  // (project) status 403 as other ECS deletion-protection errors.
  "InvalidOperation.DeletionProtection": {
    status: 403,
    message: "The security group %s has deletion protection enabled and cannot be deleted.",
  },
  "InvalidPolicy.Malformed": {
    status: 400,
    message: "The specified parameter Policy is not valid.",
    variants: {
      inner: "The Policy is invalid. Only 'Accept' and 'Drop' are supported. Ignore case.",
    },
  },
  "InvalidParameter.InnerAccessPolicy": {
    status: 404,
    message: "The InnerAccessPolicy attribute of enterprise level security group can't be modified.",
  },
  "InvalidParameter.AttributeNotSupported": {
    status: 400,
    message: "The specified Attribute is not supported. Only snapshotPolicyIds is supported.",
  },
  "InvalidNicType.ValueNotSupported": {
    status: 400,
    message: "The specified NicType is not supported. It should be intranet or internet.",
  },
  "InvalidNicType.Mismatch": {
    status: 400,
    message: "The NicType internet is only supported in classic network security groups.",
  },

  // --- Rules ---
  OperationDenied: {
    status: 400,
    message: "The specified IpProtocol does not exist or IpProtocol and PortRange do not match.",
  },
  "InvalidIpProtocol.Malformed": {
    status: 400,
    message: "The specified parameter IpProtocol is not valid.",
  },
  "InvalidIpProtocol.ValueNotSupported": {
    status: 400,
    message: "The parameter %s must be specified with case insensitive TCP, UDP, ICMP, ICMPv6, GRE or All.",
  },
  "InvalidParam.PortRange": {
    status: 400,
    message: "The specified parameter %s is not valid. It should be two integers less than 65535 in ?/? format.",
  },
  "InvalidPortRange.Malformed": {
    status: 400,
    message: "The specified parameter PortRange is not valid. It is required for TCP and UDP.",
  },
  "InvalidSourcePortRange.Malformed": {
    status: 400,
    message: "The specified parameter SourcePortRange is not valid.",
  },
  "InvalidPriority.Malformed": {
    status: 400,
    message: "The parameter Priority is invalid. It must be an integer from 1 to 100.",
  },
  "InvalidSourceCidrIp.Malformed": {
    status: 400,
    message: "The specified parameter %s is not a valid CIDR block or IP address.",
  },
  "InvalidDestCidrIp.Malformed": {
    status: 400,
    message: "The specified parameter %s is not a valid CIDR block or IP address.",
  },
  "MissingParameter.Source": {
    status: 400,
    message:
      "One of the parameters SourceCidrIp, Ipv6SourceCidrIp, SourceGroupId or SourcePrefixListId in %s must be specified.",
  },
  "MissingParameter.Dest": {
    status: 400,
    message:
      "One of the parameters DestCidrIp, Ipv6DestCidrIp, DestGroupId or DestPrefixListId in %s must be specified.",
  },
  "InvalidParam.SourceIp": {
    status: 400,
    message: "SourceCidrIp and Ipv6SourceCidrIp cannot be specified at the same time.",
  },
  "InvalidParam.DestIp": {
    status: 400,
    message: "DestCidrIp and Ipv6DestCidrIp cannot be specified at the same time.",
  },
  "InvalidParameter.Conflict": {
    status: 400,
    message: "IPv6 and IPv4 addresses cannot exist at the same time.",
  },
  "InvalidParam.Ipv4ProtocolConflictWithIpv6Address": {
    status: 400,
    message: "The IPv4 protocol %s cannot be used with an IPv6 address.",
  },
  "InvalidParam.Ipv6ProtocolConflictWithIpv4Address": {
    status: 400,
    message: "The IPv6 protocol %s cannot be used with an IPv4 address.",
  },
  "InvalidParamter.Conflict": {
    status: 403,
    message: "The specified SecurityGroupId should be different from the SourceGroupId.",
  },
  "InvalidSecurityGroup.IsSame": {
    status: 403,
    message: "The specified SecurityGroupId should be different from the DestGroupId.",
  },
  "InvalidSourceGroupId.Mismatch": {
    status: 400,
    message: "The source security group %s belongs to a different VPC.",
  },
  "InvalidDestGroupId.Mismatch": {
    status: 400,
    message: "The destination security group %s belongs to a different VPC.",
  },
  "InvalidSourceGroupId.NotFound": {
    status: 404,
    message: "The SourceGroupId provided does not exist in our records.",
  },
  "InvalidDestGroupId.NotFound": {
    status: 404,
    message: "The DestGroupId provided does not exist in our records.",
  },
  "InvalidGroupAuthParameter.OperationDenied": {
    status: 400,
    message: "The security group can not authorize to enterprise level security group.",
  },
  "InvalidGroupParameter.OperationDenied": {
    status: 400,
    message:
      "The attributes Policy, SourceGroupId, DestGroupId of enterprise level security groups are not allowed to be set or modified.",
  },
  "AuthorizedGroupRule.LimitExceed": {
    status: 400,
    message:
      "You have reached the limit on the number of group authorization rules that you can add to a security group.When authorization object of rule is security group, the limit is 20.",
  },
  AuthorizationLimitExceed: {
    status: 403,
    message: "The limit of authorization records in the security group reaches.",
    variants: {
      eni: "The limit of authorization records on network interface %s reaches: this change makes %s of %s rules.",
    },
  },
  "InvalidPrefixListId.NotFound": { status: 404, message: "The specified prefix list was not found." },
  "InvalidParam.PrefixListAddressFamilyMismatch": {
    status: 400,
    message: "The address family of the prefix list %s does not match the rule.",
  },
  "InvalidParam.Permissions": {
    status: 400,
    message: "The specified parameter Permissions cannot coexist with other parameters.",
    variants: {
      count: "The specified parameter Permissions is not valid. It must hold 1 to 100 rules.",
      idsAndPermissions: "The specified parameter Permissions cannot coexist with SecurityGroupRuleId.",
    },
  },
  "InvalidParam.DuplicatePermissions": {
    status: 400,
    message: "There are duplicate permissions in the specified parameter Permissions.",
  },
  "InvalidSecurityGroupRuleId.NotFound": {
    status: 404,
    message: "The specified SecurityGroupRuleId is not exists.",
  },
  "InvalidParam.SecurityGroupRuleIdRepeated": {
    status: 400,
    message: "The specified parameter SecurityGroupRuleId contains repeated ids.",
  },
  "InvalidOperation.ModifySgRuleEntityType": {
    status: 400,
    message: "The source or destination type of the rules cannot be modified.",
  },
  "InvalidOperation.ModifyNicType": { status: 400, message: "The NicType of a rule cannot be modified." },
  "InvalidOperation.RuleDuplicate": {
    status: 400,
    message: "The rule after modification duplicates the existing rule %s.",
  },

  // --- Prefix lists (PL-1) ---
  "InvalidParameter.AddressFamily": { status: 400, message: "The parameter AddressFamily should be IPv4 or IPv6." },
  "InvalidParameter.PrefixListName": { status: 400, message: "The parameter PrefixListName is not valid." },
  "InvalidParameter.CidrMalformed": { status: 400, message: "%s" },
  "InvalidParameter.CidrDuplicated": { status: 400, message: "%s" },
  "LimitExceed.Entry": { status: 400, message: "The number of entries added or removed exceeds the limit." },
  "LimitExceed.MaxEntries": {
    status: 400,
    message: "The number of entries exceeds the MaxEntries of the specified prefix list.",
  },
  "LimitExceed.PrefixListPerRegion": {
    status: 404,
    message: "The number of prefix lists in the region exceeds the limit.",
  },
  "LimitExceed.PrefixListId": { status: 400, message: "The specified number of PrefixListId exceeds the limit." },
  "NotAllowed.AssociationExist": { status: 400, message: "The specified prefix list has associated resources." },
  "NotSupported.ClassicNetworkPrefixList": {
    status: 400,
    message: "The prefix list is not supported when the network type of security group is classic.",
  },
  "LimitExceed.PrefixListAssociationResource": {
    status: 403,
    message: "The number of resources associated with the prefix list exceeds the limit.",
  },

  // --- Network (VPC product) and regions ---
  "InvalidCidrBlock.Malformed": {
    status: 400,
    message: "Specified CIDR block is not valid.",
  },
  "InvalidVpcName.Malformed": { status: 400, message: "Specified VPC name is not valid." },
  "InvalidVSwitchName.Malformed": { status: 400, message: "Specified VSwitch name is not valid." },
  "InvalidVSwitchId.NotFound": { status: 404, message: "Specified virtual switch does not exist." },
  "InvalidZoneId.NotFound": { status: 404, message: "The specified zone does not exist." },
  "InvalidCidrBlock.Overlapped": {
    status: 400,
    message: "Specified CIDR block overlapped with other vswitch.",
  },
  "InvalidCidrBlock.NotInVpc": {
    status: 400,
    message: "The specified CIDR block of the vswitch is not in the CIDR block of the VPC.",
  },

  // --- Snapshots (project: the real console has no public API; SPEC 8) ---
  "InvalidSnapshotPolicyName.Malformed": {
    status: 400,
    message: "The specified parameter SnapshotPolicyName is not valid.",
  },
  "InvalidParameter.Status": {
    status: 400,
    message: "The specified Status is not valid. It should be Enabled or Disabled.",
  },
  "InvalidRetentionDays.Malformed": {
    status: 400,
    message: "The specified parameter RetentionDays is not valid. It must be an integer from 1 to 30.",
  },
  // The OSS error code and message for a bad bucket name.
  InvalidBucketName: { status: 400, message: "The specified bucket is not valid." },
  "InvalidSnapshotPolicyId.NotFound": {
    status: 404,
    message: "The specified SnapshotPolicyId does not exist.",
  },
  "InvalidSnapshotId.NotFound": { status: 404, message: "The specified SnapshotId does not exist." },
  "QuotaExceed.SecurityGroupPerPolicy": {
    status: 403,
    message: "A snapshot policy can be associated with at most 10 security groups.",
  },
  "InvalidOperation.SecurityGroupNotAssociated": {
    status: 403,
    message: "The security group %s is not associated with the snapshot policy %s.",
  },
  "InvalidOperation.SnapshotReferenceNotFound": {
    status: 403,
    message: "The snapshot cannot be restored: its rule %s references %s, which no longer exists.",
  },

  // --- Instances and network interfaces (ENI-1..ENI-6) ---
  // Texts the real tables give as "%s" are written here (project) to say what was wrong.
  "InvalidInstanceId.NotFound": { status: 404, message: "The specified InstanceId does not exist." },
  "InvalidInstanceIds.Malformed": {
    status: 400,
    message: "The amount of specified instances exceeds the limit. At most 100 ids are allowed.",
  },
  IncorrectInstanceStatus: {
    status: 403,
    message: "The current status of the resource does not support this operation.",
  },
  "InvalidAmount.Malformed": {
    status: 403,
    message: "The specified parameter Amount is not valid. It must be an integer from 1 to 100.",
  },
  "InvalidInstanceName.Malformed": { status: 400, message: 'The specified parameter "InstanceName" is not valid.' },
  "InvalidInstanceType.ValueNotSupported": { status: 400, message: "instancetype is not valid." },
  "InvalidInternetMaxBandwidthOut.Malformed": {
    status: 400,
    message: "The specified parameter internetMaxBandwidthOut is not valid. It must be an integer from 0 to 100.",
  },
  "InvalidParameter.Mismatch": {
    status: 400,
    message: "Specified security group and virtual switch are not in the same VPC.",
    variants: { zone: "Specified virtual switch is not in the specified zone." },
  },
  InvalidPrivateIpAddress: {
    status: 400,
    message: "Specified private IP address is not in the CIDR block of virtual switch.",
  },
  "InvalidPrivateIpAddress.Malformed": { status: 400, message: "Specified private IP address is malformed." },
  "InvalidPrivateIpAddress.Duplicated": { status: 400, message: "Specified private IP address is duplicated." },
  "InvalidVSwitchId.IpNotEnough": { status: 403, message: 'The specified VSwitch "%s" has not enough IpAddress.' },
  "InvalidVSwitchId.IpInvalid": {
    status: 403,
    message: "The specified private IP address %s is not a usable address of the vSwitch CIDR block %s.",
  },
  "InvalidIp.IpAssigned": { status: 403, message: "The specified private IP address %s is already assigned." },
  "InvalidIp.IpRepeated": { status: 403, message: "The specified private IP address %s is repeated." },
  "InvalidEniId.NotFound": { status: 404, message: "The specified NetworkInterfaceId does not exist." },
  "InvalidEcsId.NotFound": { status: 404, message: "The specified EcsId is not found." },
  "InvalidOperation.InvalidEniState": {
    status: 400,
    message: "The operation is not allowed in the current ENI state: the network interface %s is %s.",
  },
  "InvalidOperation.DetachPrimaryEniNotAllowed": {
    status: 400,
    message: "Detaching primary ENI from ECS instance is not allowed.",
  },
  EniPerInstanceLimitExceeded: {
    status: 403,
    message: "The instance %s already has %s network interfaces, the most its instance type %s takes.",
  },
  "InvalidOperation.AvailabilityZoneMismatch": {
    status: 403,
    message: "The VPC VSwitch of the specified ENI and ECS instance are not in the same availability zone.",
  },
  "InvalidOperation.VpcMismatch": {
    status: 403,
    message: "The VPC of the specified ENI and security group are not in the same VPC.",
    variants: { instance: "The specified ENI and ECS instance are not in the same VPC." },
  },
  "InvalidSecurityGroupId.NotVpc": { status: 403, message: "The specified SecurityGroupId not in VPC." },
  "InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc": {
    status: 404,
    message: "Only the name and description of a primary network interface can be modified.",
  },
  "InvalidParam.EniIdAndInstanceId.Conflict": {
    status: 403,
    message: "The parameters InstanceId and NetworkInterfaceId cannot be specified at the same time.",
  },
  JoinedGroupLimitExceed: {
    status: 400,
    message: "A network interface can be in at most %s security groups; this request gives %s.",
  },
  InstanceSecurityGroupLimitExceeded: {
    status: 400,
    message: "Exceeding the allowed amount of security groups that an instance can be in.",
  },
  InstanceLastSecurityGroup: {
    status: 403,
    message: "The specified security group is the last security group for the instance.",
  },
  "InvalidSecurityGroupVpc.NotBelongToOneVpc": {
    status: 404,
    message: "The specified SecurityGroupIds are belong to different vpc.",
  },
  "InvalidSecurityGroupType.NotSupportClassic": {
    status: 404,
    message: "The specified SecurityGroupIds have classic group type.",
  },
  "InvalidInstanceId.Mismatch": {
    status: 400,
    message: "Specified instance and security group are not in the same VPC.",
  },
  // (project) 400 as in JoinSecurityGroup's table; ModifyNetworkInterfaceAttribute's lists 403.
  "InvalidOperation.MultiGroupType": {
    status: 400,
    message: "The specified instance can't join different types of security group.",
  },
  "EnterpriseGroupLimited.MutliGroupType": {
    status: 403,
    message: "The specified instance can not join multi SecurityGroup types.",
  },
  "InvalidParameter.SecurityGroupIdRepeated": {
    status: 404,
    message: "The specified security group ids contain repeated ids.",
  },
  "InvalidInstanceId.AlreadyExists": {
    status: 403,
    message: "The specified instance already exists in the specified security group.",
  },
  "InvalidSecurityGroupAssociation.NotFound": {
    status: 400,
    message: "The specified instance or network interface is not in the specified security group.",
  },
  AclLimitExceed: {
    status: 403,
    message: "The security groups of network interface %s would hold %s rules, over the limit of %s.",
  },
  // (project) one code for ENI-6 on every path (the real tables also say SecurityGroupInstanceLimitExceed).
  SecurityGroupInstanceLimitExceeded: {
    status: 403,
    message: "The maximum number of instances in a security group is exceeded.",
    variants: {
      basic: "The basic security group %s would hold %s private IP addresses, over the limit of %s.",
      enterprise: "The enterprise security group %s would hold %s network interfaces, over the limit of %s.",
    },
  },

  // --- Clone, health check, import and export (project: console-only features; SPEC 7) ---
  "NotSupported.CrossRegionReference": {
    status: 400,
    message:
      "The rule references %s of region %s: security groups, prefix lists and port lists cannot be used from another region.",
  },
  "InvalidPortRangeListId.NotFound": { status: 404, message: "The specified port list %s was not found." },
  "InvalidParameter.Content": { status: 400, message: "The specified Content is not a valid rule file: %s" },
  "InvalidParameter.Format": { status: 400, message: "The specified Format is not valid. It should be json or csv." },

  // --- Simulator controls (project) ---
  "InvalidParameter.Preset": {
    status: 400,
    message: "The specified Preset is not valid. It should be demo or empty.",
  },
  "InvalidParameter.QuotaName": {
    status: 400,
    message: "The specified QuotaName is not valid. Supported: %s.",
  },
  "InvalidParameter.QuotaValue": {
    status: 400,
    message: "The quota value %s is not valid. It must be an integer from %s to %s.",
  },
  "InvalidParameter.WorkspaceContent": {
    status: 400,
    message: "The workspace file is not valid: %s",
  },
  // --- The browser's storage (project: HARD-3) ---
  "QuotaExceed.Storage": {
    status: 507,
    message: "The browser's storage for this site is full: the change was not saved.",
  },
  "InvalidOperation.WorkspaceUpgraded": {
    status: 409,
    message: "A newer version of the console opened this workspace in another tab: reload this tab.",
  },

  // --- Prototyping: fault settings (project, PROTO-1/4) ---
  "InvalidParameter.Latency": {
    status: 400,
    message: 'The specified Latency "%s" is not valid: %s',
  },
  "InvalidParameter.Fault": {
    status: 400,
    message: 'The specified %s "%s" is not valid: %s',
  },
  "InvalidParameter.FaultPreset": {
    status: 400,
    message: 'The specified Preset "%s" is not valid. It should be %s.',
  },
  "InvalidParameter.FaultSource": {
    status: 400,
    message: 'The specified Source "%s" is not valid. It should be %s.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}
