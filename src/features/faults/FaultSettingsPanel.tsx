import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { FAULT_PRESETS } from "../../api/faults/settings";
import { type Problem, toProblem } from "../../components/problem";
import { SideModalForm } from "../../components/SideModalForm";
import { useToastStore } from "../../components/toasts";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/Icon";
import { faultSettingsQuery, modifyFaultSettings, readSettings } from "./api";
import { FaultRows } from "./FaultRows";
import { LatencyRows } from "./LatencyRows";
import { type PanelValues, paramsFrom, shareLink, valuesFrom } from "./panel-form";

/**
 * PROTO-1: the API simulation settings, from the header: a preset, the latency of every call
 * (off, fixed, a range), per-action latencies and failure rules; the link that shares them.
 */
export function FaultSettingsPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const push = useToastStore((state) => state.push);
  const { data } = useQuery(faultSettingsQuery());
  const saved = data ? readSettings(data) : undefined;
  const [values, setValues] = useState<PanelValues | undefined>(saved && valuesFrom(saved));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  // The settings arrive after the panel opened (first visit): start from them once.
  if (!values && saved) setValues(valuesFrom(saved));
  const set = (patch: Partial<PanelValues>) => setValues((current) => current && { ...current, ...patch });

  const apply = async () => {
    if (!values) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await modifyFaultSettings(paramsFrom(values));
      push({ tone: "success", message: t("faults.panel.saved") });
      onClose();
    } catch (error) {
      // The form stays as typed; the API's message names the bad part.
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const link = saved && data?.Active ? shareLink(saved, window.location) : undefined;
  return (
    <SideModalForm
      title={t("faults.panel.title")}
      submitLabel={t("faults.panel.apply")}
      onSubmit={() => void apply()}
      onDismiss={onClose}
      busy={busy}
      problem={problem}
      submitDisabled={!values}
      width="medium"
    >
      <p className="form-intro">{t("faults.panel.intro")}</p>
      {values && (
        <>
          <fieldset className="field">
            <legend className="field-label">{t("faults.panel.preset")}</legend>
            <div className="radio-stack">
              {(["", ...FAULT_PRESETS] as const).map((preset) => (
                <label key={preset || "none"} className="radio-inline">
                  <input
                    type="radio"
                    name="Preset"
                    checked={values.preset === preset}
                    onChange={() => set({ preset })}
                  />
                  {preset ? t(`faults.panel.preset.${preset}`) : t("faults.panel.presetNone")}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="field">
            <legend className="field-label">{t("faults.panel.latency")}</legend>
            <div className="radio-row">
              {(["off", "fixed", "range"] as const).map((mode) => (
                <label key={mode} className="radio-inline">
                  <input
                    type="radio"
                    name="LatencyMode"
                    checked={values.latencyMode === mode}
                    onChange={() => set({ latencyMode: mode })}
                  />
                  {t(
                    mode === "off"
                      ? "faults.panel.latencyOff"
                      : mode === "fixed"
                        ? "faults.panel.latencyFixed"
                        : "faults.panel.latencyRange",
                  )}
                </label>
              ))}
            </div>
            {values.latencyMode === "fixed" && (
              <Field label={t("faults.panel.delayMs")}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    value={values.fixedMs}
                    onChange={(event) => set({ fixedMs: event.target.value })}
                  />
                )}
              </Field>
            )}
            {values.latencyMode === "range" && (
              <div className="fault-range">
                <Field label={t("faults.panel.minMs")}>
                  {(control) => (
                    <input
                      {...control}
                      inputMode="numeric"
                      value={values.minMs}
                      onChange={(event) => set({ minMs: event.target.value })}
                    />
                  )}
                </Field>
                <Field label={t("faults.panel.maxMs")}>
                  {(control) => (
                    <input
                      {...control}
                      inputMode="numeric"
                      value={values.maxMs}
                      onChange={(event) => set({ maxMs: event.target.value })}
                    />
                  )}
                </Field>
              </div>
            )}
          </fieldset>
          <LatencyRows rows={values.actionLatency} onChange={(actionLatency) => set({ actionLatency })} />
          <FaultRows rows={values.faults} onChange={(faults) => set({ faults })} />
          {link && <ShareLink link={link} />}
        </>
      )}
    </SideModalForm>
  );
}

function ShareLink({ link }: { link: string }) {
  const t = useT();
  const push = useToastStore((state) => state.push);
  const copy = async () => {
    await navigator.clipboard.writeText(link);
    push({ tone: "success", message: t("faults.panel.copied") });
  };
  return (
    <div className="fault-share">
      <Field label={t("faults.panel.share")} hint={t("faults.panel.shareHint")}>
        {(control) => <input {...control} readOnly value={link} onFocus={(event) => event.target.select()} />}
      </Field>
      <Button size="sm" onClick={() => void copy()}>
        <Icon name="copy" />
        {t("faults.panel.copy")}
      </Button>
    </div>
  );
}
