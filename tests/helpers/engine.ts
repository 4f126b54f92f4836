import "fake-indexeddb/auto";
import { expect } from "vitest";
import { ManualClock } from "../../src/engine/clock";
import { createEngine, type Engine } from "../../src/engine/engine";
import { EcsError } from "../../src/engine/errors/ecs-error";
import { createIdGenerator } from "../../src/engine/ids";
import type { RequestParams } from "../../src/engine/params";
import { openWorkspaceDb } from "../../src/engine/store/workspace-db";

export const TEST_START = "2026-03-01T00:00:00Z";
let databaseCount = 0;

export interface TestEngine {
  engine: Engine;
  clock: ManualClock;
  call(action: string, params?: RequestParams): Promise<Record<string, unknown>>;
  close(): void;
}

/** A fresh engine over its own fake IndexedDB database, with the demo data unless `empty`. */
export async function makeEngine(preset: "demo" | "empty" = "demo", seed = 42): Promise<TestEngine> {
  const db = await openWorkspaceDb(`test-${process.pid}-${++databaseCount}`);
  const clock = new ManualClock(TEST_START);
  const engine = createEngine({ db, clock, ids: createIdGenerator(seed) });
  const call = (action: string, params: RequestParams = {}) => engine.dispatch(action, params);
  await call("ResetWorkspace", { Preset: preset });
  return { engine, clock, call, close: () => db.close() };
}

/** Awaits a call that must fail with `code` (and, when given, that HTTP status). */
export async function expectEcsError(promise: Promise<unknown>, code: string, status?: number): Promise<EcsError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(EcsError);
  const ecs = error as EcsError;
  expect(ecs.code).toBe(code);
  if (status !== undefined) expect(ecs.httpStatus).toBe(status);
  return ecs;
}
