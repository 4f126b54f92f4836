import type { ReactNode } from "react";
import { useT } from "../i18n";
import { Field } from "../ui/Field";
import { FieldError } from "./ProblemMessage";
import type { Problem } from "./problem";

interface NameFieldProps {
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The form's own check (the engine's validator) or the server's error about the name. */
  problem?: Problem;
  optional?: boolean;
  placeholder?: string;
}

/** A resource's name (group, prefix list, policy, network interface): beside DescriptionField. */
export function NameField({
  label,
  hint,
  value,
  onChange,
  onBlur,
  problem,
  optional = false,
  placeholder,
}: NameFieldProps) {
  const t = useT();
  return (
    <Field
      label={label}
      optional={optional ? t("common.optional") : undefined}
      hint={hint}
      error={problem && <FieldError problem={problem} />}
    >
      {(control) => (
        <input
          {...control}
          value={value}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
