import type { EcsAction, ParamsOf, ResponseOf } from "./contract";
import { BROWSER_ENDPOINT_PATH } from "./msw-handlers";
import { flattenParams, type ParamObject } from "./wire";
import { isApiAnswer, putWorkerBackInCharge } from "./worker-in-charge";

/** An ECS error as the console receives it: code, message and the parameter concerned. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly requestId: string;
  readonly parameter: string | undefined;
  constructor(code: string, message: string, status: number, requestId: string, parameter?: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.requestId = requestId;
    this.parameter = parameter;
  }
}

/**
 * Calls one ECS action on the in-page API, as the official SDK would: the action in
 * `x-acs-action`, structured parameters flattened to `Name.N.Field`, a form-encoded body. The
 * action names its parameters and response (src/api/contract.ts).
 */
export async function callEcs<A extends EcsAction>(action: A, params: ParamsOf<A>): Promise<ResponseOf<A>> {
  const send = () =>
    fetch(BROWSER_ENDPOINT_PATH, {
      method: "POST",
      headers: {
        "x-acs-action": action,
        "x-acs-version": "2014-05-26",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(flattenParams(params satisfies ParamObject)),
    });
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
    throw new ApiError(
      String(body.Code ?? "InternalError"),
      String(body.Message ?? response.statusText),
      response.status,
      String(body.RequestId ?? ""),
      typeof body.Parameter === "string" ? body.Parameter : undefined,
    );
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
