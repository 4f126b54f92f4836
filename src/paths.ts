/**
 * Every URL of the console, built in one place. The region is the first path segment, so a
 * shared link opens the same region; filters, tabs and pages live in the URL too.
 */

/** The region the console opens on (SPEC 1: the demo data lives there). */
export const DEFAULT_REGION_ID = "cn-hangzhou";

export interface RegionParams {
  regionId: string;
}

export interface GroupParams extends RegionParams {
  securityGroupId: string;
}

export interface SnapshotPolicyParams extends RegionParams {
  snapshotPolicyId: string;
}

/** Tabs of a security group's detail page, as URL segments. */
export const GROUP_TABS = ["inbound", "outbound", "instances", "network-interfaces", "snapshots", "details"] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

export interface InstanceParams extends RegionParams {
  instanceId: string;
}

export interface NetworkInterfaceParams extends RegionParams {
  networkInterfaceId: string;
}

/** Tabs of an instance's detail page, as URL segments. */
export const INSTANCE_TABS = ["security-groups", "network-interfaces"] as const;
export type InstanceTab = (typeof INSTANCE_TABS)[number];

export interface PrefixListParams extends RegionParams {
  prefixListId: string;
}

/** Tabs of a prefix list's detail page (PL-3), as URL segments. */
export const PREFIX_LIST_TABS = ["entries", "associations"] as const;
export type PrefixListTab = (typeof PREFIX_LIST_TABS)[number];

/** The console's areas, as the second path segment. */
export const AREAS = [
  "security-groups",
  "instances",
  "network-interfaces",
  "prefix-lists",
  "snapshots",
  "troubleshooting",
] as const;
export type Area = (typeof AREAS)[number];

type SearchValues = Readonly<Record<string, string | number | undefined>>;

/** `path?a=1&b=2`, leaving out empty values, so equal states give equal URLs. */
export function withSearch(path: string, search: SearchValues = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text === "" ? path : `${path}?${text}`;
}

const seg = encodeURIComponent;

export const pb = {
  home: () => "/",
  region: ({ regionId }: RegionParams) => `/${seg(regionId)}`,
  area: ({ regionId }: RegionParams, area: Area) => `/${seg(regionId)}/${area}`,

  securityGroups: (params: RegionParams, search?: SearchValues) =>
    withSearch(pb.area(params, "security-groups"), search),
  securityGroupNew: (params: RegionParams) => `${pb.area(params, "security-groups")}/new`,
  securityGroup: ({ securityGroupId, ...region }: GroupParams, tab: GroupTab = "inbound") =>
    `${pb.area(region, "security-groups")}/${seg(securityGroupId)}/${tab}`,

  instances: (params: RegionParams, search?: SearchValues) => withSearch(pb.area(params, "instances"), search),
  instanceLaunch: (params: RegionParams, search?: SearchValues) =>
    withSearch(`${pb.area(params, "instances")}/launch`, search),
  instance: ({ instanceId, ...region }: InstanceParams, tab: InstanceTab = "security-groups") =>
    `${pb.area(region, "instances")}/${seg(instanceId)}/${tab}`,
  networkInterfaces: (params: RegionParams, search?: SearchValues) =>
    withSearch(pb.area(params, "network-interfaces"), search),
  networkInterfaceNew: (params: RegionParams) => `${pb.area(params, "network-interfaces")}/new`,
  networkInterface: ({ networkInterfaceId, ...region }: NetworkInterfaceParams) =>
    `${pb.area(region, "network-interfaces")}/${seg(networkInterfaceId)}`,
  prefixLists: (params: RegionParams, search?: SearchValues) => withSearch(pb.area(params, "prefix-lists"), search),
  prefixListNew: (params: RegionParams) => `${pb.area(params, "prefix-lists")}/new`,
  prefixList: ({ prefixListId, ...region }: PrefixListParams, tab: PrefixListTab = "entries") =>
    `${pb.area(region, "prefix-lists")}/${seg(prefixListId)}/${tab}`,
  snapshots: (params: RegionParams, search?: SearchValues) => withSearch(pb.area(params, "snapshots"), search),
  snapshotPolicyNew: (params: RegionParams) => `${pb.area(params, "snapshots")}/new`,
  snapshotPolicy: ({ snapshotPolicyId, ...region }: SnapshotPolicyParams) =>
    `${pb.area(region, "snapshots")}/${seg(snapshotPolicyId)}`,
  troubleshooting: (params: RegionParams, search?: SearchValues) =>
    withSearch(pb.area(params, "troubleshooting"), search),
};

/** The same place in another region: the area's list, since resource ids belong to one region. */
export function regionSwitchPath(pathname: string, regionId: string): string {
  const area = pathname.split("/")[2];
  const known = AREAS.find((candidate) => candidate === area);
  return pb.area({ regionId }, known ?? "security-groups");
}

/** Route patterns for routes.tsx (relative segments of nested routes). */
export const routePatterns = {
  region: ":regionId",
  securityGroups: "security-groups",
  securityGroupNew: "new",
  securityGroup: "security-groups/:securityGroupId",
} as const;
