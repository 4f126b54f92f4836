import { useState } from "react";
import { useEcsForm } from "../../../components/ecs-form";
import { NameField } from "../../../components/NameField";
import { FieldError } from "../../../components/ProblemMessage";
import { SideModalForm } from "../../../components/SideModalForm";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { Field } from "../../../ui/Field";
import { POLICY_WRITE_INVALIDATES } from "../api";
import { POLICY_FIELDS, type PolicyField, type PolicyFormValues, policyProblems } from "./policy-form";

interface PolicyFormDrawerProps<TResult> {
  mode: "create" | "edit";
  initial: PolicyFormValues;
  /** The write (policy-writes.ts); it refreshes the policies and snapshots. */
  write: (values: PolicyFormValues) => Promise<TResult>;
  onSaved: (values: PolicyFormValues, result: TResult) => void;
  onDismiss: () => void;
}

/** SNAP-1: the policy's four settings, checked as typed with the engine's validators. */
export function PolicyFormDrawer<TResult>({
  mode,
  initial,
  write,
  onSaved,
  onDismiss,
}: PolicyFormDrawerProps<TResult>) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const form = useEcsForm({ write, effects: { invalidates: POLICY_WRITE_INVALIDATES }, fields: POLICY_FIELDS });
  const [touched, setTouched] = useState<ReadonlySet<PolicyField>>(new Set());
  const creating = mode === "create";
  const problems = policyProblems(values, { creating });
  const problemOf = (field: PolicyField) =>
    (form.submitted || touched.has(field) ? problems[field] : undefined) ?? form.serverAt(field);
  const errorOf = (field: PolicyField) => {
    const problem = problemOf(field);
    return problem && <FieldError problem={problem} />;
  };
  const set = (patch: Partial<PolicyFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const touch = (field: PolicyField) => setTouched((current) => new Set(current).add(field));

  const submit = () =>
    form.submit(values, {
      valid: Object.keys(problems).length === 0,
      onSuccess: (result) => onSaved(values, result),
    });

  return (
    <SideModalForm
      title={t(creating ? "snap.create.title" : "snap.edit.title")}
      submitLabel={t(creating ? "common.create" : "common.save")}
      onSubmit={submit}
      onDismiss={onDismiss}
      busy={form.busy}
      problem={form.unplaced}
    >
      {creating && <Callout tone="info">{t("snap.ossNote")}</Callout>}
      <NameField
        label={t("snap.field.name")}
        hint={t("snap.field.nameHint")}
        problem={problemOf("SnapshotPolicyName")}
        value={values.name}
        placeholder="prod-rules-daily"
        onChange={(name) => set({ name })}
        onBlur={() => touch("SnapshotPolicyName")}
      />
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
