import type { EcsAction, ParamsOf, ResponseOf } from "./contract";
import { FAULT_HEADER } from "./faults/headers";
import { BROWSER_ENDPOINT_PATH } from "./msw-handlers";
import { flattenParams, type ParamObject } from "./wire";
import { isApiAnswer, putWorkerBackInCharge } from "./worker-in-charge";

/** An ECS error as the console receives it: code, message and the parameter concerned. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly requestId: string;
  readonly parameter: string | undefined;
  /** PROTO-2: the API simulation's own answer (its `x-sg-fault` header), not the engine's. */
  injected: string | undefined;
  constructor(code: string, message: string, status: number, requestId: string, parameter?: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.requestId = requestId;
    this.parameter = parameter;
  }
}

/** PROTO-1/5: a call with no answer within this time is given up, and the console says so. */
export const CLIENT_TIMEOUT_MS = 15_000;
/** The code of the client's own timeout error (not an API code: no answer ever came). */
export const CLIENT_TIMEOUT_CODE = "RequestTimeout";

function timedOut(): ApiError {
  return new ApiError(
    CLIENT_TIMEOUT_CODE,
    `The API did not answer within ${CLIENT_TIMEOUT_MS / 1000} s. A write may or may not have been applied.`,
    0,
    "",
  );
}

/**
 * Calls one ECS action on the in-page API, as the official SDK would: the action in
 * `x-acs-action`, structured parameters flattened to `Name.N.Field`, a form-encoded body. The
 * action names its parameters and response (src/api/contract.ts).
 */
export async function callEcs<A extends EcsAction>(action: A, params: ParamsOf<A>): Promise<ResponseOf<A>> {
  const send = async () => {
    const timeout = AbortSignal.timeout(CLIENT_TIMEOUT_MS);
    try {
      return await fetch(BROWSER_ENDPOINT_PATH, {
        method: "POST",
        headers: {
          "x-acs-action": action,
          "x-acs-version": "2014-05-26",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams(flattenParams(params satisfies ParamObject)),
        signal: timeout,
      });
    } catch (error) {
      if (timeout.aborted) throw timedOut();
      throw error;
    }
  };
  let response = await send();
  // Not the engine's answer: the request never reached the API (the worker was not in charge),
  // so nothing ran and sending it again once the worker is back is safe, writes included.
  if (!isApiAnswer(response)) {
    if (!(await putWorkerBackInCharge())) throw workerNotInCharge();
    response = await send();
    if (!isApiAnswer(response)) throw workerNotInCharge();
  }
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    const error = new ApiError(
      String(body.Code ?? "InternalError"),
      String(body.Message ?? response.statusText),
      response.status,
      String(body.RequestId ?? ""),
      typeof body.Parameter === "string" ? body.Parameter : undefined,
    );
    error.injected = response.headers.get(FAULT_HEADER) ?? undefined;
    throw error;
  }
  return body as ResponseOf<A>;
}

function workerNotInCharge(): ApiError {
  return new ApiError(
    "ServiceUnavailable",
    "The console's in-page API (its service worker) is not running; reload the page.",
    503,
    "",
  );
}
