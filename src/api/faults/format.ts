/**
 * PROTO-1/3/4: the one text form of the fault settings, shared by the URL (`?latency=…&fail=…`),
 * the CLI (`--latency`, `--fail`) and the project actions (`Latency`, `Fault.N`, `Preset`):
 * - latency: `300`, `300-800`, `DescribeSecurityGroups:2000`, several joined by commas;
 * - fault: `<Action or *>:<Code>:<percent>`, one per `Fault.N` / `--fail` / `fail=`;
 * - preset: `slow-network`, `flaky-api` or `throttled`.
 * Bad values are refused with an InvalidParameter.* error naming the bad part.
 */
import { isErrorCode } from "../../engine/errors/catalogue";
import { ecsError } from "../../engine/errors/ecs-error";
import {
  EVERY_ACTION,
  FAULT_PRESETS,
  type FaultPreset,
  type FaultRule,
  type LatencyRule,
  MAX_LATENCY_MS,
  SETTINGS_SOURCES,
  type SettingsSource,
  TIMEOUT_FAULT,
} from "./settings";

/** Action names a rule may name (the engine's and the API layer's); omitted: any name is taken. */
export type KnownActions = ReadonlySet<string> | undefined;

const ACTION_NAME = /^[A-Z][A-Za-z0-9]*$/;
const OFF = new Set(["", "off", "none", "0"]);

function checkAction(action: string, known: KnownActions, refuse: (why: string) => never): void {
  if (action === EVERY_ACTION) return;
  if (!ACTION_NAME.test(action)) refuse(`"${action}" is not an action name (or * for every action).`);
  if (known && !known.has(action)) refuse(`"${action}" is not an action of this API.`);
}

function milliseconds(text: string, refuse: (why: string) => never): number {
  if (!/^\d{1,6}$/.test(text) || Number(text) > MAX_LATENCY_MS) {
    refuse(`"${text}" is not a delay in whole milliseconds from 0 to ${MAX_LATENCY_MS}.`);
  }
  return Number(text);
}

/** `300`, `300-800`, `Action:300-800`, comma-separated; `off` or "" for none. */
export function parseLatency(text: string, known?: KnownActions): LatencyRule[] {
  const trimmed = text.trim();
  if (OFF.has(trimmed.toLowerCase())) return [];
  const rules: LatencyRule[] = [];
  for (const part of trimmed.split(",").map((piece) => piece.trim())) {
    const refuse = (why: string): never => {
      throw ecsError("InvalidParameter.Latency", { args: [part, why], field: "Latency" });
    };
    const colon = part.lastIndexOf(":");
    const action = colon < 0 ? EVERY_ACTION : part.slice(0, colon);
    const range = colon < 0 ? part : part.slice(colon + 1);
    checkAction(action, known, refuse);
    const bounds = range.split("-");
    if (bounds.length > 2 || range === "") refuse("write milliseconds as 300 or a range as 300-800.");
    const min = milliseconds(bounds[0] ?? "", refuse);
    const max = bounds.length === 2 ? milliseconds(bounds[1] ?? "", refuse) : min;
    if (min > max) refuse(`the minimum ${min} is above the maximum ${max}.`);
    if (rules.some((rule) => rule.action === action)) refuse(`${action} is given a latency twice.`);
    rules.push({ action, min, max });
  }
  return rules;
}

export function formatLatency(rules: readonly LatencyRule[]): string {
  return rules
    .map((rule) => {
      const range = rule.min === rule.max ? `${rule.min}` : `${rule.min}-${rule.max}`;
      return rule.action === EVERY_ACTION ? range : `${rule.action}:${range}`;
    })
    .join(",");
}

/** `<Action or *>:<Code>:<percent>`; `field` names the parameter in the error (`Fault.2`, `--fail`). */
export function parseFault(text: string, field: string, known?: KnownActions): FaultRule {
  const trimmed = text.trim();
  const refuse = (why: string): never => {
    throw ecsError("InvalidParameter.Fault", { args: [field, trimmed, why], field });
  };
  const parts = trimmed.split(":");
  if (parts.length !== 3) refuse("write it as <Action or *>:<Code>:<percent>.");
  const [action = "", code = "", rate = ""] = parts;
  checkAction(action, known, refuse);
  if (code !== TIMEOUT_FAULT && !isErrorCode(code)) {
    refuse(`"${code}" is neither an error code of the catalogue nor ${TIMEOUT_FAULT}.`);
  }
  const percentText = rate.endsWith("%") ? rate.slice(0, -1) : rate;
  const percent = Number(percentText);
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(percentText) || percent > 100) {
    refuse(`"${rate}" is not a percentage from 0 to 100.`);
  }
  return { action, code, percent };
}

export function formatFault(rule: FaultRule): string {
  return `${rule.action}:${rule.code}:${rule.percent}`;
}

export function parsePreset(text: string): FaultPreset | undefined {
  const trimmed = text.trim();
  if (OFF.has(trimmed.toLowerCase())) return undefined;
  const preset = FAULT_PRESETS.find((name) => name === trimmed);
  if (!preset) {
    throw ecsError("InvalidParameter.FaultPreset", { args: [trimmed, FAULT_PRESETS.join(", ")], field: "Preset" });
  }
  return preset;
}

export function parseSource(text: string): SettingsSource {
  const source = SETTINGS_SOURCES.find((name) => name === text.trim());
  if (!source) {
    throw ecsError("InvalidParameter.FaultSource", { args: [text, SETTINGS_SOURCES.join(", ")], field: "Source" });
  }
  return source;
}
