import { useId } from "react";
import { API_ACTION_NAMES } from "../../api/faults/action-names";
import type { ControlProps } from "../../ui/Field";

/** An action name, typed or picked from the API's actions (the API refuses unknown names). */
export function ActionInput({
  control,
  value,
  onChange,
  allowEvery,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  allowEvery?: boolean;
}) {
  const listId = useId();
  return (
    <>
      <input
        {...control}
        list={listId}
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={allowEvery ? "*" : "DescribeSecurityGroups"}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {allowEvery && <option value="*" />}
        {API_ACTION_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
