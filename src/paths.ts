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

/** Tabs of a security group's detail page, as URL segments. */
export const GROUP_TABS = ["inbound", "outbound", "instances", "network-interfaces", "snapshots", "details"] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

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

  instances: (params: RegionParams) => pb.area(params, "instances"),
  networkInterfaces: (params: RegionParams) => pb.area(params, "network-interfaces"),
  prefixLists: (params: RegionParams) => pb.area(params, "prefix-lists"),
  snapshots: (params: RegionParams) => pb.area(params, "snapshots"),
  troubleshooting: (params: RegionParams) => pb.area(params, "troubleshooting"),
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
