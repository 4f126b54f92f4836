/**
 * The platform's limits and fixed values, in one place: the engine enforces them and the console
 * shows them (meters, hints, client checks) from here, so a limit changes in one line.
 * tests/architecture/domain-facts.test.ts fails when a limit is defined anywhere else.
 */

// Rules (RULE-1, RULE-8)
/** Rules per group, inbound and outbound together; a prefix-list rule counts its MaxEntries. */
export const MAX_RULES_PER_GROUP = 200;
/** Rules that reference another group, per group. */
export const MAX_GROUP_RULES_PER_GROUP = 20;
/** Permissions in one Authorize/Revoke call. */
export const MAX_PERMISSIONS_PER_CALL = 100;
export const MIN_PRIORITY = 1;
/** A rule's priority is 1-100 (legacy default groups may hold more; cloning caps them). */
export const MAX_PRIORITY = 100;
/** The port range of a rule whose protocol has no ports (ICMP, GRE, ALL): "any port". */
export const ANY_PORT = "-1/-1";

// Network interfaces and groups (ENI-5, ENI-6)
/** Groups one network interface (or instance, through its primary one) may be in. */
export const MAX_GROUPS_PER_ENI = 10;
/** Rules of all an interface's groups together, by weight. */
export const MAX_RULES_PER_ENI = 1000;
/** Private IPs a basic group may hold. */
export const BASIC_GROUP_IP_CAPACITY = 6000;
/** Network interfaces an enterprise group may hold. */
export const ENTERPRISE_GROUP_ENI_CAPACITY = 65536;
/** Secondary private IPs one CreateNetworkInterface call may ask for. */
export const MAX_SECONDARY_IPS = 49;

// Security groups (SG-1, SG-4)
/** Ids in one DescribeSecurityGroups `SecurityGroupIds` (a JSON array). */
export const MAX_GROUP_IDS_PER_DESCRIBE = 100;
/** A group name's length (names are 2-128 characters). */
export const MAX_GROUP_NAME_LENGTH = 128;
/** Tags per resource (QuotaExceed.Tags); the console's tag editor stops there too. */
export const MAX_TAGS = 20;
/** The highest value ModifyQuota accepts. */
export const MAX_QUOTA = 100_000;

// Instances (INST-1)
/** Instances one RunInstances call creates. */
export const MAX_INSTANCE_AMOUNT = 100;
/** Mbit/s of public bandwidth an instance may have. */
export const MAX_BANDWIDTH_OUT = 100;

// Prefix lists (PL-1)
/** A list's MaxEntries is 1-200, and one call adds or removes at most 200 entries. */
export const MIN_PREFIX_LIST_ENTRIES = 1;
export const MAX_PREFIX_LIST_ENTRIES = 200;
/** Prefix lists per account and region [UG-LIMITS]. */
export const MAX_PREFIX_LISTS_PER_REGION = 100;
/** Resources (security groups) associated with one prefix list [UG-LIMITS]. */
export const MAX_PREFIX_LIST_ASSOCIATIONS = 1000;
/** Ids in one DescribePrefixLists `PrefixListId.N`. */
export const MAX_PREFIX_LIST_ID_FILTERS = 100;

// Snapshots (SNAP-2)
/** Groups one snapshot policy may cover (QuotaExceed.SecurityGroupPerPolicy). */
export const MAX_GROUPS_PER_POLICY = 10;

/** SNAP-1: retention in days, as the console offers it. */
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 30;
export const DEFAULT_RETENTION_DAYS = 1;

// The demo clock (project)
/** Fast-forward is bounded so the clock stays a valid date. */
export const MAX_ADVANCE_SECONDS = 10 * 365 * 24 * 3600;

// Rule files (IO-2)
/** Rules per imported file; more and the whole file is refused. */
export const MAX_RULES_PER_FILE = 200;
/** Characters of an imported file's content (1 MB). */
export const MAX_IMPORT_CONTENT_LENGTH = 1024 * 1024;
