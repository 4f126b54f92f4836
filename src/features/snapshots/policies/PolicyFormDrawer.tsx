import { useState } from "react";
import { FieldError } from "../../../components/ProblemMessage";
import { type Problem, problemAt, unplacedProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { Field } from "../../../ui/Field";
import { POLICY_FIELDS, type PolicyField, type PolicyFormValues, policyProblems } from "./policy-form";

interface PolicyFormDrawerProps {
  mode: "create" | "edit";
  initial: PolicyFormValues;
  busy: boolean;
  /** The server's answer to the last submit. */
  serverProblem: Problem | undefined;
  onSubmit: (values: PolicyFormValues) => void;
  onDismiss: () => void;
}

/** SNAP-1: the policy's four settings, checked as typed with the engine's validators. */
export function PolicyFormDrawer({ mode, initial, busy, serverProblem, onSubmit, onDismiss }: PolicyFormDrawerProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<PolicyField>>(new Set());
  const creating = mode === "create";
  const problems = policyProblems(values, { creating });
  const errorOf = (field: PolicyField) => {
    const local = submitted || touched.has(field) ? problems[field] : undefined;
    const problem = local ?? problemAt(serverProblem, field);
    return problem && <FieldError problem={problem} />;
  };
  const set = (patch: Partial<PolicyFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const touch = (field: PolicyField) => setTouched((current) => new Set(current).add(field));

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0) {
      document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    onSubmit(values);
  };

  return (
    <SideModalForm
      title={t(creating ? "snap.create.title" : "snap.edit.title")}
      submitLabel={t(creating ? "common.create" : "common.save")}
      onSubmit={submit}
      onDismiss={onDismiss}
      busy={busy}
      problem={unplacedProblem(serverProblem, [...POLICY_FIELDS])}
    >
      {creating && <Callout tone="info">{t("snap.ossNote")}</Callout>}
      <Field label={t("snap.field.name")} hint={t("snap.field.nameHint")} error={errorOf("SnapshotPolicyName")}>
        {(control) => (
          <input
            {...control}
            value={values.name}
            autoComplete="off"
            spellCheck={false}
            placeholder="prod-rules-daily"
            onChange={(event) => set({ name: event.target.value })}
            onBlur={() => touch("SnapshotPolicyName")}
          />
        )}
      </Field>
      <fieldset className="field">
        <legend className="field-label">{t("snap.field.status")}</legend>
        <div className="radio-row">
          {(["Enabled", "Disabled"] as const).map((status) => (
            <label key={status} className="radio-inline">
              <input
                type="radio"
                name="Status"
                value={status}
                checked={values.status === status}
                onChange={() => set({ status })}
              />
              {t(status === "Enabled" ? "snap.status.enabled" : "snap.status.disabled")}
            </label>
          ))}
        </div>
        <p className="field-hint">{t("snap.field.statusHint")}</p>
      </fieldset>
      <Field
        label={t("snap.field.retention")}
        hint={
          creating
            ? t("snap.field.retentionHint", { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS })
            : `${t("snap.field.retentionHint", { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS })} ${t("snap.edit.retentionLater")}`
        }
        error={errorOf("RetentionDays")}
      >
        {(control) => (
          <span className="input-with-unit">
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={MIN_RETENTION_DAYS}
              max={MAX_RETENTION_DAYS}
              value={values.retention}
              onChange={(event) => set({ retention: event.target.value })}
              onBlur={() => touch("RetentionDays")}
            />
            <span className="input-unit" aria-hidden="true">
              {t("snap.field.days")}
            </span>
          </span>
        )}
      </Field>
      <Field
        label={t("snap.field.bucket")}
        optional={creating ? t("common.optional") : undefined}
        hint={creating ? t("snap.field.bucketHintCreate") : t("snap.field.bucketHint")}
        error={errorOf("BucketName")}
      >
        {(control) => (
          <input
            {...control}
            value={values.bucket}
            autoComplete="off"
            spellCheck={false}
            placeholder={creating ? t("snap.field.bucketDefault") : undefined}
            onChange={(event) => set({ bucket: event.target.value })}
            onBlur={() => touch("BucketName")}
          />
        )}
      </Field>
    </SideModalForm>
  );
}
