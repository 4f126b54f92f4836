import { type ReactNode, useId } from "react";

export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the control while there is no error (the error explains what is allowed). */
  hint?: ReactNode;
  /** The error node (the app's FieldError), shown instead of the hint. */
  error?: ReactNode;
  /** Text of the "optional" marker, when the field is optional. */
  optional?: string;
  /** Visually hidden label (tables of inputs name their columns once). */
  labelHidden?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label, control, hint and error wired together by ids, so screen readers read them as one. */
export function Field({ label, hint, error, optional, labelHidden, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const showHint = hint !== undefined && !error;
  const describedBy = [error ? errorId : undefined, showHint ? hintId : undefined].filter(Boolean).join(" ");
  return (
    <div className={`field ${error ? "field-invalid" : ""} ${className ?? ""}`.trim()}>
      <label htmlFor={id} className={labelHidden ? "visually-hidden" : "field-label"}>
        {label}
        {optional && <span className="field-optional"> ({optional})</span>}
      </label>
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
      {error && (
        <div id={errorId} className="field-error">
          {error}
        </div>
      )}
      {showHint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
    </div>
  );
}
