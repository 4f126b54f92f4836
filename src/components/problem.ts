import { ApiError } from "../api/client";
import { EcsError } from "../engine/errors/ecs-error";

/**
 * An error as the console shows it: the ECS code, the engine's message, and the request
 * parameter it concerns (so a form can put it next to that field). Server errors (ApiError)
 * and the form validators' errors (EcsError) become the same thing.
 */
export interface Problem {
  code: string;
  message: string;
  parameter?: string;
  /** PROTO-2: the API simulation answered, not the engine: what it says about its cause. */
  injected?: string;
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) {
    return {
      code: error.code,
      message: error.message,
      parameter: error.parameter,
      ...(error.injected ? { injected: error.injected } : {}),
    };
  }
  if (error instanceof EcsError) return { code: error.code, message: error.message, parameter: error.field };
  return { code: "NetworkError", message: error instanceof Error ? error.message : String(error) };
}

/** The problem when it concerns `parameter` (server errors name it, e.g. `Permissions.2.PortRange`). */
export function problemAt(problem: Problem | undefined, parameter: string): Problem | undefined {
  return problem?.parameter === parameter ? problem : undefined;
}

/** The problem when none of the form's fields can show it: the form shows it at the top. */
export function unplacedProblem(problem: Problem | undefined, placed: readonly string[]): Problem | undefined {
  if (!problem) return undefined;
  return problem.parameter !== undefined && placed.includes(problem.parameter) ? undefined : problem;
}
