/**
 * PROTO-1: what happens to one call under the settings: which fault (if any) answers it and how
 * long it waits first. Pure but for the injected random source and the write counter.
 */
import { formatFault, formatLatency } from "./format";
import type { Random } from "./random";
import { EVERY_ACTION, type FaultSettings, isReadAction, PRESET_BEHAVIOUR } from "./settings";

export interface InjectedFault {
  code: string;
  /** Names the rule or preset that answered, for the `x-sg-fault` header. */
  cause: string;
}

export interface CallPlan {
  fault?: InjectedFault;
  delayMs: number;
  /** The rule or preset that set the delay (for the `x-sg-latency` header); absent when none. */
  delayCause?: string;
}

/** Counts the writes the throttled preset sees; one per API layer (per tab, per server). */
export interface WriteCounter {
  writes: number;
}

const PRESET_NAMES = { "slow-network": "slow network", "flaky-api": "flaky API", throttled: "throttled" } as const;

/** Per-action rules first, then the `*` ones; each fault rule draws on its own. */
function chooseFault(settings: FaultSettings, action: string, random: Random, counter: WriteCounter) {
  const rules = [
    ...settings.faults.filter((rule) => rule.action === action),
    ...settings.faults.filter((rule) => rule.action === EVERY_ACTION),
  ];
  for (const rule of rules) {
    if (random() * 100 < rule.percent) return { code: rule.code, cause: `rule ${formatFault(rule)}` };
  }
  if (settings.preset === "flaky-api") {
    const { code, percent } = PRESET_BEHAVIOUR["flaky-api"].fault;
    if (random() * 100 < percent) return { code, cause: "flaky API preset" };
  }
  if (settings.preset === "throttled" && !isReadAction(action)) {
    const { code, n } = PRESET_BEHAVIOUR.throttled.everyNthWrite;
    counter.writes += 1;
    if (counter.writes % n === 0) return { code, cause: `throttled preset, every ${n}th write` };
  }
  return undefined;
}

function chooseDelay(settings: FaultSettings, action: string, random: Random): Omit<CallPlan, "fault"> {
  const rule =
    settings.latency.find((candidate) => candidate.action === action) ??
    settings.latency.find((candidate) => candidate.action === EVERY_ACTION);
  const range = rule ?? (settings.preset === "slow-network" ? PRESET_BEHAVIOUR["slow-network"].latency : undefined);
  if (!range) return { delayMs: 0 };
  const delayMs = range.min + Math.floor(random() * (range.max - range.min + 1));
  const cause = rule ? `rule ${formatLatency([rule])}` : `${PRESET_NAMES["slow-network"]} preset`;
  return { delayMs, delayCause: cause };
}

export function planCall(settings: FaultSettings, action: string, random: Random, counter: WriteCounter): CallPlan {
  const fault = chooseFault(settings, action, random, counter);
  return { ...chooseDelay(settings, action, random), ...(fault ? { fault } : {}) };
}

export function presetLabel(preset: keyof typeof PRESET_NAMES): string {
  return PRESET_NAMES[preset];
}
