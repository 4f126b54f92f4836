import { EcsError } from "../errors/ecs-error";

/**
 * Validators throw the engine's own EcsError. Forms call them through `problemOf` to show the
 * same code and message the engine would answer, next to the field.
 */
export function problemOf(check: () => unknown): EcsError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof EcsError) return error;
    throw error;
  }
}
