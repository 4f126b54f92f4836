import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/Icon";
import { ActionInput } from "./ActionInput";
import { newRowKey, type PanelValues, rowLabel } from "./panel-form";

type Rows = PanelValues["actionLatency"];

/** Per-action latencies (PROTO-1): `Action:300-800` in the flag's terms. */
export function LatencyRows({ rows, onChange }: { rows: Rows; onChange: (rows: Rows) => void }) {
  const t = useT();
  const update = (key: number, patch: Partial<Rows[number]>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field fault-rows">
      <legend className="field-label">{t("faults.panel.actionLatency")}</legend>
      <p className="field-hint">{t("faults.panel.actionLatencyHint")}</p>
      {rows.map((row, index) => (
        <div key={row.key} className="fault-row fault-row-latency">
          <Field label={rowLabel(t("faults.panel.action"), index)} labelHidden={index > 0} className="fault-action">
            {(control) => (
              <ActionInput control={control} value={row.action} onChange={(action) => update(row.key, { action })} />
            )}
          </Field>
          <Field label={rowLabel(t("faults.panel.range"), index)} labelHidden={index > 0} className="fault-number">
            {(control) => (
              <input
                {...control}
                value={row.range}
                placeholder="300-800"
                onChange={(event) => update(row.key, { range: event.target.value })}
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
        onClick={() => onChange([...rows, { key: newRowKey(), action: "", range: "1000" }])}
      >
        <Icon name="plus" />
        {t("faults.panel.addActionLatency")}
      </Button>
    </fieldset>
  );
}
