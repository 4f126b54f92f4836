import { isMessageKey, useT } from "../i18n";
import { Callout } from "../ui/Callout";
import { Icon } from "../ui/Icon";
import type { Problem } from "./problem";

/**
 * The one way an ECS error is written: a plain explanation in the reader's language (keyed by
 * the code; the engine's English message when there is none) and the code itself, whose
 * tooltip holds the engine's exact message.
 */
export function ProblemMessage({ problem }: { problem: Problem }) {
  const t = useT();
  const key = `err.${problem.code}`;
  const explanation = isMessageKey(key) ? t(key) : problem.message;
  return (
    <span className="problem">
      <span className="problem-text">{explanation}</span>{" "}
      <code className="problem-code" title={problem.message}>
        {problem.code}
      </code>
      {problem.injected && (
        <>
          {" "}
          <span className="problem-injected">{t("faults.injected", { cause: problem.injected })}</span>
        </>
      )}
    </span>
  );
}

/** An error next to a form field (the Field primitive wires it to the control). */
export function FieldError({ problem }: { problem: Problem }) {
  return (
    <>
      <Icon name="error" className="field-error-icon" />
      <ProblemMessage problem={problem} />
    </>
  );
}

/** An error no field can show, at the top of a form or dialog (announced at once: role="alert"). */
export function ProblemCallout({ problem }: { problem: Problem }) {
  const t = useT();
  return (
    <Callout tone="danger" title={t("error.title")} role="alert">
      <ProblemMessage problem={problem} />
    </Callout>
  );
}
