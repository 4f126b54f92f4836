import { useT } from "../i18n";
import { Field } from "../ui/Field";
import { FieldError } from "./ProblemMessage";
import type { Problem } from "./problem";

interface DescriptionFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The form's own check or the server's error about `Description`. */
  problem?: Problem;
  rows?: number;
}

/** The optional free-text description of a resource (group, prefix list, network interface). */
export function DescriptionField({ label, hint, value, onChange, onBlur, problem, rows = 3 }: DescriptionFieldProps) {
  const t = useT();
  return (
    <Field
      label={label}
      optional={t("common.optional")}
      hint={hint}
      error={problem && <FieldError problem={problem} />}
    >
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
