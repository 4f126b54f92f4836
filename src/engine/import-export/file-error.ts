import { type EcsError, ecsError } from "../errors/ecs-error";
import { MAX_RULES_PER_FILE } from "../validate/limits";

/** The one clear error for a file that cannot be imported at all (nothing changes). */
export function fileError(problem: string): EcsError {
  return ecsError("InvalidParameter.Content", { args: [problem], field: "Content" });
}

export function checkRuleCount(count: number): void {
  if (count > MAX_RULES_PER_FILE) {
    throw fileError(`it holds ${count} rules; at most ${MAX_RULES_PER_FILE} rules can be imported at a time.`);
  }
}
