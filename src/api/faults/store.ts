/**
 * The settings are kept with the workspace (PROTO-1) in their text form, through the engine's
 * narrow key-value for the API layer (the engine stores them and never reads them).
 */
import type { Engine } from "../../engine/engine";
import { formatFault, formatLatency, parseFault, parseLatency, parsePreset, parseSource } from "./format";
import { type FaultSettings, isActive, NO_FAULTS } from "./settings";

const SETTING_NAME = "faults";

interface StoredSettings {
  Latency: string;
  Faults: string[];
  Preset?: string;
  Source?: string;
}

export async function readFaultSettings(engine: Engine): Promise<FaultSettings> {
  const stored = (await engine.readApiSetting(SETTING_NAME)) as StoredSettings | undefined;
  if (!stored) return NO_FAULTS;
  try {
    const preset = stored.Preset ? parsePreset(stored.Preset) : undefined;
    return {
      latency: parseLatency(stored.Latency),
      faults: stored.Faults.map((text, index) => parseFault(text, `Fault.${index + 1}`)),
      ...(preset ? { preset } : {}),
      ...(stored.Source ? { source: parseSource(stored.Source) } : {}),
    };
  } catch {
    // Written by another version and no longer understood: no faults rather than a broken API.
    return NO_FAULTS;
  }
}

export async function writeFaultSettings(engine: Engine, settings: FaultSettings): Promise<void> {
  if (!isActive(settings)) return engine.writeApiSetting(SETTING_NAME, undefined);
  const stored: StoredSettings = {
    Latency: formatLatency(settings.latency),
    Faults: settings.faults.map(formatFault),
    ...(settings.preset ? { Preset: settings.preset } : {}),
    ...(settings.source ? { Source: settings.source } : {}),
  };
  await engine.writeApiSetting(SETTING_NAME, stored);
}
