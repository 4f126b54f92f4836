import type { Problem } from "../../components/problem";
import { isMessageKey, useT } from "../../i18n";

/**
 * An ECS error written out in full, for result tables where no tooltip can hold it: the plain
 * explanation in the reader's language, the code, and the engine's own (English) message, which
 * names the value at fault ("unknown column 'Foo'", "sg-… of region cn-shanghai").
 */
export function ProblemDetails({ problem }: { problem: Problem }) {
  const t = useT();
  const key = `err.${problem.code}`;
  const explained = isMessageKey(key);
  return (
    <span className="problem-details">
      <span className="problem-details-head">
        <span className="problem-text">{explained ? t(key) : problem.message}</span>{" "}
        <code className="problem-code">{problem.code}</code>
      </span>
      {explained && (
        <span className="problem-details-message" lang="en">
          {problem.message}
        </span>
      )}
    </span>
  );
}
