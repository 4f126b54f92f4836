import { formatLatency } from "../../api/faults/format";
import { EVERY_ACTION, type FaultPreset } from "../../api/faults/settings";
import { settingsToUrl } from "../../api/faults/wire-form";
import type { ShownSettings } from "./api";

/** The panel's values, as the person edits them (numbers as typed; the API checks them). */
export interface PanelValues {
  preset: FaultPreset | "";
  latencyMode: "off" | "fixed" | "range";
  fixedMs: string;
  minMs: string;
  maxMs: string;
  /** Per-action delays: `range` as in the flag (`2000` or `300-800`). */
  actionLatency: Array<{ key: number; action: string; range: string }>;
  faults: Array<{ key: number; action: string; code: string; percent: string }>;
}

let nextKey = 1;
export const newRowKey = () => nextKey++;

export function valuesFrom(settings: ShownSettings): PanelValues {
  const global = settings.latency.find((rule) => rule.action === EVERY_ACTION);
  return {
    preset: settings.preset ?? "",
    latencyMode: global ? (global.min === global.max ? "fixed" : "range") : "off",
    fixedMs: String(global?.min ?? 500),
    minMs: String(global?.min ?? 300),
    maxMs: String(global?.max ?? 800),
    actionLatency: settings.latency
      .filter((rule) => rule.action !== EVERY_ACTION)
      .map((rule) => ({
        key: newRowKey(),
        action: rule.action,
        range: formatLatency([{ ...rule, action: EVERY_ACTION }]),
      })),
    faults: settings.faults.map((rule) => ({
      key: newRowKey(),
      action: rule.action,
      code: rule.code,
      percent: String(rule.percent),
    })),
  };
}

/** ModifyFaultSettings' parameters for the panel's values: the flag's text form, Source=console. */
export function paramsFrom(values: PanelValues): Record<string, string> {
  const latency = [
    ...(values.latencyMode === "fixed" ? [values.fixedMs.trim()] : []),
    ...(values.latencyMode === "range" ? [`${values.minMs.trim()}-${values.maxMs.trim()}`] : []),
    ...values.actionLatency.map((row) => `${row.action.trim()}:${row.range.trim()}`),
  ];
  const params: Record<string, string> = { Source: "console" };
  if (latency.length > 0) params.Latency = latency.join(",");
  for (const [index, row] of values.faults.entries()) {
    // As typed: the API's parser refuses a bad part with a message that names it.
    params[`Fault.${index + 1}`] = `${row.action.trim() || EVERY_ACTION}:${row.code}:${row.percent.trim()}`;
  }
  if (values.preset) params.Preset = values.preset;
  if (Object.keys(params).length === 1) params.Clear = "true";
  return params;
}

/** The link that opens the console in these (saved) settings, on the current page. */
export function shareLink(settings: ShownSettings, location: Location): string {
  const query = settingsToUrl({ ...settings }).toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ""}`;
}

/** A row control's name: the column's name on the first row (shown), numbered after it (hidden). */
export function rowLabel(column: string, index: number): string {
  return index === 0 ? column : `${column} ${index + 1}`;
}
