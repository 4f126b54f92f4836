import "fake-indexeddb/auto";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { ecsHandlers } from "../../src/api/msw-handlers";
import { flattenParams, type ParamObject } from "../../src/api/wire";
import type { Engine } from "../../src/engine/engine";
import { makeEngine, type TestEngine } from "../helpers/engine";
import { type EcsClient, sdkClientFor } from "./client";

/** The host the official SDK is pointed at; msw/node answers it without a socket. */
export const SDK_HOST = "ecs.mock.internal";
export const SDK_URL = `http://${SDK_HOST}/`;

export function makeSdkClient(): EcsClient {
  return sdkClientFor(SDK_HOST);
}

/** What the SDK throws for a 4xx/5xx answer. */
export interface SdkError {
  code: string;
  statusCode: number;
  requestId: string;
  data: Record<string, unknown>;
}

/** Awaits an SDK call that must fail; returns the SDK's error for assertions. */
export async function sdkError(promise: Promise<unknown>): Promise<SdkError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the SDK call to fail");
    },
    (reason: unknown) => reason,
  );
  return error as SdkError;
}

/**
 * Sets up, per test, a fresh demo (or empty) engine behind msw/node at SDK_URL. An InternalError
 * (a non-EcsError thrown by the engine) fails the test loudly.
 */
export function useSdkServer(preset: "demo" | "empty" = "demo") {
  let current: TestEngine | undefined;
  const internalErrors: unknown[] = [];
  const server = setupServer(
    ...ecsHandlers(
      async (): Promise<Engine> => {
        if (!current) throw new Error("engine not ready");
        return current.engine;
      },
      SDK_URL,
      { onInternalError: (error) => internalErrors.push(error) },
    ),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(async () => {
    current = await makeEngine(preset);
  });
  afterEach(() => {
    current?.close();
    current = undefined;
    if (internalErrors.length > 0) {
      const errors = internalErrors.splice(0);
      throw new Error(`InternalError raised: ${String(errors[0])}`);
    }
  });
  afterAll(() => server.close());
  return {
    engine: () => {
      if (!current) throw new Error("engine not ready");
      return current;
    },
    /** A raw call over the wire (for project actions the SDK does not know). */
    async raw(action: string, params: ParamObject = {}): Promise<{ status: number; body: Record<string, unknown> }> {
      const response = await fetch(SDK_URL, {
        method: "POST",
        headers: { "x-acs-action": action, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(flattenParams(params)),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}
