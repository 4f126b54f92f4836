import { ecsError } from "./errors/ecs-error";
import { findRegion, type RegionInfo } from "./regions";

/**
 * Request parameters exactly as they travel on the wire: flat names (`Permissions.1.IpProtocol`)
 * to string values. Readers below turn them into typed values or throw the ECS error.
 */
export type RequestParams = Readonly<Record<string, string>>;

/** A value, with the empty string treated as absent (as the real API does). */
export function optional(params: RequestParams, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === "" ? undefined : value;
}

export function required(params: RequestParams, name: string): string {
  const value = optional(params, name);
  if (value === undefined) throw ecsError("MissingParameter", { args: [name], field: name });
  return value;
}

export function requireRegion(params: RequestParams, name = "RegionId"): RegionInfo {
  const regionId = optional(params, name);
  if (regionId === undefined) {
    throw ecsError(name === "RegionId" ? "MissingParameter.RegionId" : "MissingParameter", {
      args: [name],
      field: name,
    });
  }
  const region = findRegion(regionId);
  if (!region) throw ecsError("InvalidRegionId.NotFound", { field: name });
  return region;
}

export function optionalInt(
  params: RequestParams,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const raw = optional(params, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || value < range.min || value > range.max) {
    throw ecsError("InvalidParameter", {
      args: [name, `It must be an integer from ${range.min} to ${range.max}.`],
      field: name,
    });
  }
  return value;
}

export function optionalBool(params: RequestParams, name: string): boolean | undefined {
  const raw = optional(params, name);
  if (raw === undefined) return undefined;
  const lower = raw.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  throw ecsError("InvalidParameter", { args: [name, "It must be true or false."], field: name });
}

/** `Name.1`, `Name.2`, ... in index order. */
export function numberedList(params: RequestParams, name: string): string[] {
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)$`);
  const found: Array<[number, string]> = [];
  for (const [key, value] of Object.entries(params)) {
    const match = pattern.exec(key);
    if (match && value !== "") found.push([Number(match[1]), value]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
}

/** `Name.N.Field` groups, in index order, each as `{ Field: value }`. */
export function numberedObjects(params: RequestParams, name: string): Array<Record<string, string>> {
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)\\.(.+)$`);
  const byIndex = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(params)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const entry = byIndex.get(index) ?? {};
    entry[match[2] as string] = value;
    byIndex.set(index, entry);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}

/** A parameter holding a JSON array of strings, e.g. `SecurityGroupIds=["sg-1","sg-2"]`. */
export function jsonStringArray(params: RequestParams, name: string): string[] | undefined {
  const raw = optional(params, name);
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw ecsError("InvalidParameter", { args: [name, "It must be a JSON array of strings."], field: name });
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) {
    throw ecsError("InvalidParameter", { args: [name, "It must be a JSON array of strings."], field: name });
  }
  return parsed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
