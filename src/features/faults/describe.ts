import type { FaultPreset } from "../../api/faults/settings";
import { EVERY_ACTION, type FaultRule, type LatencyRule, TIMEOUT_FAULT } from "../../api/faults/settings";
import type { MessageKey, Translate } from "../../i18n";
import type { ShownSettings } from "./api";

/** Each preset's words, spelled out so the shell's keys are visible to the catalogue checks. */
const PRESET_KEYS: Readonly<Record<FaultPreset, MessageKey>> = {
  "slow-network": "faults.banner.preset.slow-network",
  "flaky-api": "faults.banner.preset.flaky-api",
  throttled: "faults.banner.preset.throttled",
};

function range(rule: LatencyRule, language: string): string {
  const format = (ms: number) => ms.toLocaleString(language);
  return rule.min === rule.max ? format(rule.min) : `${format(rule.min)}–${format(rule.max)}`;
}

function faultText(t: Translate, rule: FaultRule): string {
  const everywhere = rule.action === EVERY_ACTION;
  const values = { percent: rule.percent, action: rule.action, code: rule.code };
  if (rule.code === TIMEOUT_FAULT) return t(everywhere ? "faults.banner.timeout" : "faults.banner.timeoutFor", values);
  return t(everywhere ? "faults.banner.fault" : "faults.banner.faultFor", values);
}

/** The active settings in a sentence's pieces, in the reader's language (the banner lists them). */
export function describeActiveSettings(t: Translate, language: string, settings: ShownSettings): string[] {
  return [
    ...(settings.preset ? [t(PRESET_KEYS[settings.preset])] : []),
    ...settings.latency.map((rule) =>
      rule.action === EVERY_ACTION
        ? t("faults.banner.latency", { range: range(rule, language) })
        : t("faults.banner.latencyFor", { action: rule.action, range: range(rule, language) }),
    ),
    ...settings.faults.map((rule) => faultText(t, rule)),
  ];
}
