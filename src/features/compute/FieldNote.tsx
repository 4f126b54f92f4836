import { Icon } from "../../ui/Icon";

/** A form's own check (no ECS code), shown in a field's error slot. */
export function FieldNote({ children }: { children: string }) {
  return (
    <>
      <Icon name="error" className="field-error-icon" />
      <span className="problem-text">{children}</span>
    </>
  );
}
