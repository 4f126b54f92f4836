import { useState } from "react";
import { useEcsMutation, type WriteEffects } from "../api/queries";
import { type Problem, problemAt, toProblem, unplacedProblem } from "./problem";

export interface EcsFormOptions<TValues, TResult> {
  /** The write (from the area's `*-writes.ts`), run through `useEcsMutation`. */
  write: (values: TValues) => Promise<TResult>;
  effects?: WriteEffects;
  /** The request parameters the form's fields show problems for (`SecurityGroupName`, `Value`...). */
  fields: readonly string[];
}

/** Focuses the first field that says it is invalid, once React has rendered the errors. */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
}

/**
 * The one form hook: submit state, the server's problem placed at the field whose request
 * parameter it names (the envelope's `Parameter`), the rest for the form's top, and focus on
 * the first invalid field. Client checks are the engine's validators (`problemOf(() =>
 * checkX(value))` from `@/engine/validate`), shown once `submitted` is true.
 */
export function useEcsForm<TValues, TResult>({ write, effects, fields }: EcsFormOptions<TValues, TResult>) {
  const mutation = useEcsMutation(write, effects);
  const [submitted, setSubmitted] = useState(false);
  const server = mutation.error ? toProblem(mutation.error) : undefined;
  return {
    submitted,
    busy: mutation.isPending,
    /** The server's problem about one request parameter, for that field. */
    serverAt: (parameter: string): Problem | undefined => problemAt(server, parameter),
    /** The server's problem no field shows: for the form's top (SideModalForm `problem`). */
    unplaced: unplacedProblem(server, fields),
    /** Marks the form submitted; when the client checks pass, runs the write. */
    submit(values: TValues, { valid, onSuccess }: { valid: boolean; onSuccess?: (result: TResult) => void }): void {
      setSubmitted(true);
      if (!valid) {
        focusFirstInvalid();
        return;
      }
      mutation.mutate(values, { onSuccess, onError: focusFirstInvalid });
    },
  };
}
