/**
 * PROTO-1 fault settings: what the API layer does to requests before the engine sees them.
 * The engine never knows; it only keeps the settings' text form with the workspace.
 */

/** Applies to every action when `action` is this. */
export const EVERY_ACTION = "*";

/** A delay before the answer: fixed when `min === max`, else drawn uniformly in [min, max] ms. */
export interface LatencyRule {
  action: string;
  min: number;
  max: number;
}

/** Not an ECS code: the request gets no answer before the client gives up. */
export const TIMEOUT_FAULT = "Timeout";

/** Answers `code` (a catalogue code with its status, or `Timeout`) to `percent` % of the calls. */
export interface FaultRule {
  action: string;
  code: string;
  percent: number;
}

export const FAULT_PRESETS = ["slow-network", "flaky-api", "throttled"] as const;
export type FaultPreset = (typeof FAULT_PRESETS)[number];

/** Where the settings came from; the banner says "from the link" for `link`. */
export const SETTINGS_SOURCES = ["console", "link", "cli", "api"] as const;
export type SettingsSource = (typeof SETTINGS_SOURCES)[number];

export interface FaultSettings {
  latency: LatencyRule[];
  faults: FaultRule[];
  preset?: FaultPreset;
  source?: SettingsSource;
}

export const NO_FAULTS: FaultSettings = { latency: [], faults: [] };

export function isActive(settings: FaultSettings): boolean {
  return settings.latency.length > 0 || settings.faults.length > 0 || settings.preset !== undefined;
}

/** What each preset does, in the settings' own terms (the throttled one counts writes). */
export const PRESET_BEHAVIOUR = {
  "slow-network": { latency: { min: 300, max: 1_200 } },
  "flaky-api": { fault: { code: "ServiceUnavailable", percent: 10 } },
  throttled: { everyNthWrite: { code: "Throttling.User", n: 5 } },
} as const;

/** Bounds of a delay: beyond a minute a prototype is better served by `Timeout`. */
export const MAX_LATENCY_MS = 60_000;

/** The project actions that read and change the settings; never delayed or failed themselves. */
export const FAULT_SETTINGS_ACTIONS = ["DescribeFaultSettings", "ModifyFaultSettings"] as const;

/**
 * Reads change nothing; the throttled preset counts the others. The API layer tells them by
 * name, as the real API's own naming does (the engine's modes are its own business).
 */
export function isReadAction(action: string): boolean {
  return /^(Describe|List|Export|Diagnose|Check)/.test(action);
}
