import { TIMEOUT_FAULT } from "../../api/faults/settings";
import { ERROR_CATALOGUE } from "../../engine/errors/catalogue";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/Icon";
import { ActionInput } from "./ActionInput";
import { newRowKey, type PanelValues, rowLabel } from "./panel-form";

type Rows = PanelValues["faults"];

/** The answers a designer reaches for first; the whole catalogue follows, each with its real status. */
const TRANSIENT = ["ServiceUnavailable", "Throttling.User", "InternalError"] as const;
const CATALOGUE_CODES = Object.keys(ERROR_CATALOGUE)
  .filter((code) => !(TRANSIENT as readonly string[]).includes(code))
  .sort();

function statusOf(code: string): number {
  return (ERROR_CATALOGUE as Record<string, { status: number }>)[code]?.status ?? 0;
}

/** Failure rules (PROTO-1): `<Action or *>:<Code>:<percent>`. */
export function FaultRows({ rows, onChange }: { rows: Rows; onChange: (rows: Rows) => void }) {
  const t = useT();
  const update = (key: number, patch: Partial<Rows[number]>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field fault-rows">
      <legend className="field-label">{t("faults.panel.failures")}</legend>
      <p className="field-hint">{t("faults.panel.failuresHint")}</p>
      {rows.map((row, index) => (
        <div key={row.key} className="fault-row">
          <Field label={rowLabel(t("faults.panel.action"), index)} labelHidden={index > 0} className="fault-action">
            {(control) => (
              <ActionInput
                control={control}
                allowEvery
                value={row.action}
                onChange={(action) => update(row.key, { action })}
              />
            )}
          </Field>
          <Field label={rowLabel(t("faults.panel.code"), index)} labelHidden={index > 0} className="fault-code">
            {(control) => (
              <select {...control} value={row.code} onChange={(event) => update(row.key, { code: event.target.value })}>
                <optgroup label={t("faults.panel.codesCommon")}>
                  {TRANSIENT.map((code) => (
                    <option key={code} value={code}>
                      {code} ({statusOf(code)})
                    </option>
                  ))}
                  <option value={TIMEOUT_FAULT}>{t("faults.panel.timeoutOption")}</option>
                </optgroup>
                <optgroup label={t("faults.panel.codesCatalogue")}>
                  {CATALOGUE_CODES.map((code) => (
                    <option key={code} value={code}>
                      {code} ({statusOf(code)})
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </Field>
          <Field label={rowLabel(t("faults.panel.percent"), index)} labelHidden={index > 0} className="fault-number">
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={row.percent}
                onChange={(event) => update(row.key, { percent: event.target.value })}
              />
            )}
          </Field>
          <button
            type="button"
            className="icon-button fault-remove"
            aria-label={`${t("faults.panel.remove")} (${index + 1})`}
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            <Icon name="trash" />
          </button>
        </div>
      ))}
      <Button
        size="sm"
        variant="link"
        onClick={() =>
          onChange([...rows, { key: newRowKey(), action: "*", code: "ServiceUnavailable", percent: "100" }])
        }
      >
        <Icon name="plus" />
        {t("faults.panel.addFailure")}
      </Button>
    </fieldset>
  );
}
