import type { ReactNode } from "react";
import { FieldError } from "../../../components/ProblemMessage";
import type { Problem } from "../../../components/problem";
import { GroupPicker, type GroupPickerProps } from "./GroupPicker";
import { GroupSetMeter } from "./GroupSetMeter";
import { checkGroupSet } from "./group-set";

interface GroupSetFieldProps extends Omit<GroupPickerProps, "children" | "invalid"> {
  /** What the groups are for, as the rules meter words it. */
  target: string;
  /** Report "choose at least one" (only once the person tried to submit). */
  showEmpty: boolean;
  /** The engine's verdict on the set (an error about the group parameters). */
  problem?: Problem;
  /** Further messages, between the meter and the engine's verdict. */
  children?: ReactNode;
}

/**
 * ENI-5: choosing the security groups of one interface (or of each new instance): the picker,
 * the live limits of the chosen set, and the engine's verdict after a submit.
 */
export function GroupSetField({ target, showEmpty, problem, children, ...picker }: GroupSetFieldProps) {
  const check = checkGroupSet({ vpcId: picker.vpcId, current: picker.current }, picker.chosen);
  return (
    <GroupPicker
      {...picker}
      invalid={problem !== undefined || check.issues.some((issue) => issue.kind !== "empty" || showEmpty)}
    >
      <GroupSetMeter check={check} target={target} vpcId={picker.vpcId} showEmpty={showEmpty} />
      {children}
      {problem && (
        <div className="field-error" role="alert">
          <FieldError problem={problem} />
        </div>
      )}
    </GroupPicker>
  );
}
