import { callEcs } from "../../api/client";
import type { FaultSettingsBody } from "../../api/contract";
import { parseFault, parseLatency } from "../../api/faults/format";
import type { FaultPreset, FaultRule, LatencyRule, SettingsSource } from "../../api/faults/settings";
import { FAULT_PRESETS, SETTINGS_SOURCES } from "../../api/faults/settings";
import { q, queryClient } from "../../api/queries";

export const faultSettingsQuery = () => q("DescribeFaultSettings", {});

/** The settings in the model's terms (the API validated them: they always parse). */
export interface ShownSettings {
  latency: LatencyRule[];
  faults: FaultRule[];
  preset?: FaultPreset;
  source?: SettingsSource;
}

export function readSettings(body: FaultSettingsBody): ShownSettings {
  const preset = FAULT_PRESETS.find((name) => name === body.Preset);
  const source = SETTINGS_SOURCES.find((name) => name === body.Source);
  return {
    latency: parseLatency(body.Latency),
    faults: body.Faults.Fault.map((text, index) => parseFault(text, `Fault.${index + 1}`)),
    ...(preset ? { preset } : {}),
    ...(source ? { source } : {}),
  };
}

/** ModifyFaultSettings, then every page reads again under the new settings. */
export async function modifyFaultSettings(params: Record<string, string>): Promise<void> {
  await callEcs("ModifyFaultSettings", params);
  await queryClient.invalidateQueries({ queryKey: faultSettingsQuery().queryKey });
}
