/**
 * The settings as parameters of `ModifyFaultSettings` and as a URL query (PROTO-3/4): the same
 * text pieces (see format.ts) under `Latency`/`Fault.N`/`Preset`, or `latency`/`fail`/`preset`.
 */
import { ecsError } from "../../engine/errors/ecs-error";
import {
  formatFault,
  formatLatency,
  type KnownActions,
  parseFault,
  parseLatency,
  parsePreset,
  parseSource,
} from "./format";
import { type FaultSettings, NO_FAULTS } from "./settings";

/** The parameters of ModifyFaultSettings that set `settings` (Clear=true when there are none). */
export function settingsToParams(settings: FaultSettings): Record<string, string> {
  const params: Record<string, string> = {};
  const latency = formatLatency(settings.latency);
  if (latency) params.Latency = latency;
  for (const [index, rule] of settings.faults.entries()) params[`Fault.${index + 1}`] = formatFault(rule);
  if (settings.preset) params.Preset = settings.preset;
  if (Object.keys(params).length === 0) params.Clear = "true";
  if (settings.source) params.Source = settings.source;
  return params;
}

/** `Fault.1`, `Fault.2`…: in their numeric order, as the SDK numbers them from 1. */
function faultParams(params: Readonly<Record<string, string>>): Array<[field: string, value: string]> {
  return Object.entries(params)
    .filter(([name]) => /^Fault\.\d+$/.test(name))
    .sort(([a], [b]) => Number(a.slice(6)) - Number(b.slice(6)));
}

/**
 * The settings a ModifyFaultSettings call asks for: exactly what it gives (what it leaves out is
 * turned off), or none with `Clear=true`. A call that gives nothing is refused.
 */
export function settingsFromParams(params: Readonly<Record<string, string>>, known?: KnownActions): FaultSettings {
  const source = params.Source === undefined ? "api" : parseSource(params.Source);
  if (params.Clear !== undefined) {
    if (params.Clear !== "true" && params.Clear !== "false") {
      throw ecsError("InvalidParameter", { args: ["Clear", "It should be true or false."], field: "Clear" });
    }
    if (params.Clear === "true") return { ...NO_FAULTS, source };
  }
  const faults = faultParams(params);
  if (params.Latency === undefined && params.Preset === undefined && faults.length === 0) {
    throw ecsError("MissingParameter", { args: ["Latency, Fault.N, Preset or Clear"], field: "Latency" });
  }
  const preset = params.Preset === undefined ? undefined : parsePreset(params.Preset);
  return {
    latency: params.Latency === undefined ? [] : parseLatency(params.Latency, known),
    faults: faults.map(([field, value]) => parseFault(value, field, known)),
    ...(preset ? { preset } : {}),
    source,
  };
}

/** URL query names (PROTO-3): `?latency=300-800&fail=DeleteSecurityGroup:DependencyViolation:100`. */
export const URL_NAMES = { latency: "latency", fault: "fail", preset: "preset" } as const;

/**
 * The ModifyFaultSettings parameters a link asks for, undefined when it names none. `fail` may
 * repeat; the API validates the values, so a bad link is refused with the API's own message.
 */
export function paramsFromUrl(search: URLSearchParams): Record<string, string> | undefined {
  const latency = search.get(URL_NAMES.latency);
  const faults = search
    .getAll(URL_NAMES.fault)
    .flatMap((value) => value.split(","))
    .filter(Boolean);
  const preset = search.get(URL_NAMES.preset);
  if (latency === null && faults.length === 0 && preset === null) return undefined;
  const params: Record<string, string> = { Source: "link" };
  if (latency !== null) params.Latency = latency;
  for (const [index, fault] of faults.entries()) params[`Fault.${index + 1}`] = fault;
  if (preset !== null) params.Preset = preset;
  return params;
}

/** The link query that reproduces `settings` (the panel's "copy link"). */
export function settingsToUrl(settings: FaultSettings): URLSearchParams {
  const search = new URLSearchParams();
  const latency = formatLatency(settings.latency);
  if (latency) search.set(URL_NAMES.latency, latency);
  for (const rule of settings.faults) search.append(URL_NAMES.fault, formatFault(rule));
  if (settings.preset) search.set(URL_NAMES.preset, settings.preset);
  return search;
}

/** Removes the fault settings' names from a query, once applied (a reload must not re-apply them). */
export function withoutFaultQuery(search: URLSearchParams): URLSearchParams {
  const rest = new URLSearchParams(search);
  for (const name of Object.values(URL_NAMES)) rest.delete(name);
  return rest;
}
