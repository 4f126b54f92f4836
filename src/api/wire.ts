/**
 * The ECS RPC wire format (API-1): the action from the `x-acs-action` header or the `Action`
 * parameter; parameters from the query string and a form-encoded body, merged (body wins).
 */
export interface WireRequest {
  action: string | undefined;
  params: Record<string, string>;
}

/**
 * Parameters that describe the call itself rather than the action (V2 signature style).
 * `Format` (the V2 response format) is kept: Export/ImportSecurityGroupRules take a Format
 * parameter (SPEC 11), and every other action ignores it.
 */
const PROTOCOL_PARAMS = new Set([
  "Action",
  "Version",
  "AccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
]);

export async function readWireRequest(request: Request): Promise<WireRequest> {
  const merged: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) merged[key] = value;
  const contentType = request.headers.get("content-type") ?? "";
  if (request.method !== "GET" && contentType.includes("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(await request.text())) merged[key] = value;
  }
  const action = request.headers.get("x-acs-action") ?? merged.Action;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (!PROTOCOL_PARAMS.has(key)) params[key] = value;
  }
  return { action: action || undefined, params };
}

type ParamValue = string | number | boolean | undefined | null | ParamObject | readonly ParamValue[];
interface ParamObject {
  [key: string]: ParamValue;
}

/**
 * Flattens structured parameters the way the official SDK does: arrays become `Name.N`
 * (from 1), objects `Name.Field`; undefined, null and "" are left out.
 */
export function flattenParams(input: ParamObject, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (value: ParamValue, key: string) => {
    if (value === undefined || value === null || value === "") return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${key}.${index + 1}`);
    } else if (typeof value === "object")
      for (const [name, inner] of Object.entries(value)) visit(inner, `${key}.${name}`);
    else out[key] = String(value);
  };
  for (const [name, value] of Object.entries(input)) visit(value, prefix ? `${prefix}.${name}` : name);
  return out;
}

export type { ParamObject, ParamValue };
