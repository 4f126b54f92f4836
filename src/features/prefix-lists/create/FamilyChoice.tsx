import { FieldError } from "../../../components/ProblemMessage";
import type { Problem } from "../../../components/problem";
import type { AddressFamily } from "../../../engine/types";
import { useT } from "../../../i18n";

/** IPv4 or IPv6 as two radio cards; the family cannot change once the list exists (PL-1). */
export function FamilyChoice({
  value,
  onChange,
  error,
}: {
  value: AddressFamily;
  onChange: (family: AddressFamily) => void;
  error?: Problem;
}) {
  const t = useT();
  const options: ReadonlyArray<{ family: AddressFamily; example: string }> = [
    { family: "IPv4", example: "203.0.113.0/24" },
    { family: "IPv6", example: "2001:db8::/32" },
  ];
  return (
    <fieldset className="field family-choice">
      <legend className="field-label">{t("pl.field.family")}</legend>
      <div className="radio-cards">
        {options.map((option) => (
          <label key={option.family} className={`radio-card ${value === option.family ? "is-checked" : ""}`}>
            <input
              type="radio"
              name="AddressFamily"
              value={option.family}
              checked={value === option.family}
              onChange={() => onChange(option.family)}
            />
            <span className="radio-card-text">
              <span className="radio-card-title">{option.family}</span>
              <span className="radio-card-summary mono">
                {t("pl.field.familyExample", { example: option.example })}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <div className="field-error">
          <FieldError problem={error} />
        </div>
      ) : (
        <div className="field-hint">{t("pl.field.familyHint")}</div>
      )}
    </fieldset>
  );
}
