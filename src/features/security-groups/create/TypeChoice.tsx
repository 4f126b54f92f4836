import { useT } from "../../../i18n";

type GroupType = "normal" | "enterprise";

/** The two group types as radio cards, and a short comparison table (SG-1). */
export function TypeChoice({ value, onChange }: { value: GroupType; onChange: (type: GroupType) => void }) {
  const t = useT();
  const options: ReadonlyArray<{ type: GroupType; label: string; summary: string }> = [
    { type: "normal", label: t("sg.type.normal"), summary: t("sg.type.normalSummary") },
    { type: "enterprise", label: t("sg.type.enterprise"), summary: t("sg.type.enterpriseSummary") },
  ];
  const rows = [
    {
      aspect: t("sg.compare.capacity"),
      normal: t("sg.compare.capacity.normal"),
      enterprise: t("sg.compare.capacity.enterprise"),
    },
    {
      aspect: t("sg.compare.inner"),
      normal: t("sg.compare.inner.normal"),
      enterprise: t("sg.compare.inner.enterprise"),
    },
    {
      aspect: t("sg.compare.reference"),
      normal: t("sg.compare.reference.normal"),
      enterprise: t("sg.compare.reference.enterprise"),
    },
    {
      aspect: t("sg.compare.defaults"),
      normal: t("sg.compare.defaults.normal"),
      enterprise: t("sg.compare.defaults.enterprise"),
    },
  ];
  return (
    <fieldset className="field type-choice">
      <legend className="field-label">{t("sg.field.type")}</legend>
      <div className="radio-cards">
        {options.map((option) => (
          <label key={option.type} className={`radio-card ${value === option.type ? "is-checked" : ""}`}>
            <input
              type="radio"
              name="SecurityGroupType"
              value={option.type}
              checked={value === option.type}
              onChange={() => onChange(option.type)}
            />
            <span className="radio-card-text">
              <span className="radio-card-title">{option.label}</span>
              <span className="radio-card-summary">{option.summary}</span>
            </span>
          </label>
        ))}
      </div>
      <table className="compare-table">
        <caption>{t("sg.compare.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sg.compare.aspect")}</th>
            <th scope="col" className={value === "normal" ? "is-chosen" : undefined}>
              {t("sg.type.normal")}
            </th>
            <th scope="col" className={value === "enterprise" ? "is-chosen" : undefined}>
              {t("sg.type.enterprise")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.aspect}>
              <th scope="row">{row.aspect}</th>
              <td className={value === "normal" ? "is-chosen" : undefined}>{row.normal}</td>
              <td className={value === "enterprise" ? "is-chosen" : undefined}>{row.enterprise}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
