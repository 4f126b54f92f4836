import { ERROR_CATALOGUE, type ErrorCode, type ErrorEntry } from "./catalogue";

/**
 * The one error type the engine throws on purpose. Anything else escaping an action is a bug
 * and surfaces as InternalError (500).
 */
export class EcsError extends Error {
  readonly code: ErrorCode;
  readonly httpStatus: number;
  /** The request parameter the error is about, when there is one (forms show it next to that field). */
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, httpStatus: number, field?: string) {
    super(message);
    this.name = "EcsError";
    this.code = code;
    this.httpStatus = httpStatus;
    this.field = field;
  }
}

interface ErrorOptions {
  /** Values for the `%s` placeholders of the catalogue message, in order. */
  args?: readonly string[];
  /** One of the entry's alternative messages (same code and status, other wording). */
  variant?: string;
  /** The parameter the error concerns. */
  field?: string;
}

/** Builds the catalogue's error for `code`, filling its `%s` placeholders. */
export function ecsError(code: ErrorCode, options: ErrorOptions = {}): EcsError {
  const entry: ErrorEntry = ERROR_CATALOGUE[code];
  const template = options.variant !== undefined ? (entry.variants?.[options.variant] ?? entry.message) : entry.message;
  const args = [...(options.args ?? [])];
  const message = template.replace(/%s/g, () => args.shift() ?? "");
  return new EcsError(code, message, entry.status, options.field);
}

export function isEcsError(error: unknown): error is EcsError {
  return error instanceof EcsError;
}
