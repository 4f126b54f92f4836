/**
 * PROTO-2: fault and latency injection in the API layer, in front of the dispatcher, shared by
 * the MSW handlers (browser, SDK tests) and the Node server. An injected failure is answered
 * here and never reaches the engine, so it changes nothing. `DescribeFaultSettings` and
 * `ModifyFaultSettings` (PROTO-4) are answered here too, never delayed or failed.
 */
import type { Engine } from "../../engine/engine";
import { ERROR_CATALOGUE, isErrorCode } from "../../engine/errors/catalogue";
import { ecsError, isEcsError } from "../../engine/errors/ecs-error";
import { type DispatchOptions, dispatchEcsRequest, ecsJson, errorEnvelope } from "../dispatch";
import { readWireRequest } from "../wire";
import { type CallPlan, planCall, type WriteCounter } from "./decide";
import { formatFault, formatLatency } from "./format";
import { FAULT_HEADER, LATENCY_HEADER } from "./headers";
import type { Random } from "./random";
import { FAULT_SETTINGS_ACTIONS, type FaultSettings, isActive, TIMEOUT_FAULT } from "./settings";
import { readFaultSettings, writeFaultSettings } from "./store";
import { settingsFromParams } from "./wire-form";

/** A `Timeout` fault holds the request this long: longer than any client's timeout (15 s, SDK 10 s). */
export const TIMEOUT_HOLD_MS = 120_000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface FaultLayerOptions {
  /** Draws the rates and delays; seeded in tests. */
  random?: Random;
  sleep?: Sleep;
  /** After ModifyFaultSettings changed the settings (the browser tells the other tabs). */
  onSettingsChange?: () => void;
}

export interface FaultLayer {
  dispatch(engine: Engine, request: Request, options?: DispatchOptions): Promise<Response>;
}

/** Resolves after `ms`, or at once when `signal` aborts (the client went away). */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

export function describeSettings(settings: FaultSettings) {
  const active = isActive(settings);
  return {
    Active: active,
    Latency: formatLatency(settings.latency),
    Faults: { Fault: settings.faults.map(formatFault) },
    Preset: settings.preset ?? "",
    Source: active ? (settings.source ?? "") : "",
  };
}

async function answerSettingsAction(
  engine: Engine,
  action: string,
  params: Record<string, string>,
  requestId: string,
  onChange: (() => void) | undefined,
): Promise<Response> {
  try {
    if (action === "ModifyFaultSettings") {
      const known = new Set<string>([...engine.actions, ...FAULT_SETTINGS_ACTIONS]);
      await writeFaultSettings(engine, settingsFromParams(params, known));
      onChange?.();
    }
    return ecsJson({ RequestId: requestId, ...describeSettings(await readFaultSettings(engine)) }, 200);
  } catch (error) {
    if (!isEcsError(error)) throw error;
    return ecsJson(errorEnvelope(requestId, error.code, error.message, error.field), error.httpStatus);
  }
}

/** The answer of an injected fault: the ECS error envelope with the code's real status. */
async function answerFault(
  plan: CallPlan & { fault: NonNullable<CallPlan["fault"]> },
  requestId: string,
  sleep: Sleep,
  signal: AbortSignal,
) {
  const { code, cause } = plan.fault;
  let response: Response;
  if (code === TIMEOUT_FAULT) {
    // No answer before the client gives up; whoever is still waiting then hears 504.
    await sleep(TIMEOUT_HOLD_MS, signal);
    const message = `The injected timeout held this request ${TIMEOUT_HOLD_MS / 1000} s without answering.`;
    response = ecsJson(errorEnvelope(requestId, TIMEOUT_FAULT, message), 504);
  } else if (isErrorCode(code)) {
    const error = ecsError(code);
    response = ecsJson(errorEnvelope(requestId, error.code, error.message), ERROR_CATALOGUE[code].status);
  } else {
    throw new Error(`fault code ${code} passed validation but is not answerable`);
  }
  response.headers.set(FAULT_HEADER, `${code} (${cause})`);
  return response;
}

export function createFaultLayer(options: FaultLayerOptions = {}): FaultLayer {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? realSleep;
  const counter: WriteCounter = { writes: 0 };
  return {
    async dispatch(engine, request, dispatchOptions) {
      const wire = await readWireRequest(request.clone());
      const action = wire.action ?? "";
      if ((FAULT_SETTINGS_ACTIONS as readonly string[]).includes(action)) {
        return answerSettingsAction(engine, action, wire.params, engine.requestId(), options.onSettingsChange);
      }
      const settings = await readFaultSettings(engine);
      if (!isActive(settings)) return dispatchEcsRequest(engine, request, dispatchOptions);
      const plan = planCall(settings, action, random, counter);
      if (plan.delayMs > 0) await sleep(plan.delayMs, request.signal);
      const response = plan.fault
        ? await answerFault({ ...plan, fault: plan.fault }, engine.requestId(), sleep, request.signal)
        : await dispatchEcsRequest(engine, request, dispatchOptions);
      if (plan.delayCause) response.headers.set(LATENCY_HEADER, `${plan.delayMs} ms (${plan.delayCause})`);
      return response;
    },
  };
}
