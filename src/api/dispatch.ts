import type { Engine } from "../engine/engine";
import { ecsError, isEcsError } from "../engine/errors/ecs-error";
import { readWireRequest } from "./wire";

export const HOST_ID = "ecs.aliyuncs.com";

export interface DispatchOptions {
  /** Called with anything thrown that is not an EcsError: a bug. Tests make it fail loudly. */
  onInternalError?: (error: unknown, action: string) => void;
}

/** A JSON answer of the API, success or error envelope. */
export function ecsJson(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json;charset=utf-8" },
  });
}

/** The error envelope (API-3), with the parameter concerned as a project extension. */
export function errorEnvelope(requestId: string, code: string, message: string, parameter?: string) {
  return {
    RequestId: requestId,
    HostId: HOST_ID,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Ecs&requestId=${requestId}`,
    ...(parameter ? { Parameter: parameter } : {}),
  };
}

/** One ECS request in, one ECS response out: the dispatcher MSW and the Node server share. */
export async function dispatchEcsRequest(
  engine: Engine,
  request: Request,
  options: DispatchOptions = {},
): Promise<Response> {
  const requestId = engine.requestId();
  let action = "";
  try {
    const wire = await readWireRequest(request);
    if (!wire.action) throw ecsError("MissingParameter", { args: ["Action"], field: "Action" });
    action = wire.action;
    const body = await engine.dispatch(wire.action, wire.params);
    return ecsJson({ RequestId: requestId, ...body }, 200);
  } catch (error) {
    if (isEcsError(error)) {
      return ecsJson(errorEnvelope(requestId, error.code, error.message, error.field), error.httpStatus);
    }
    options.onInternalError?.(error, action);
    const internal = ecsError("InternalError");
    return ecsJson(errorEnvelope(requestId, internal.code, internal.message), internal.httpStatus);
  }
}
