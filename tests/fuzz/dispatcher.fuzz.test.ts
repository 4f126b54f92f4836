import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { dispatchEcsRequest } from "../../src/api/dispatch";
import { isErrorCode } from "../../src/engine/errors/catalogue";
import {
  MAX_GROUP_RULES_PER_GROUP,
  MAX_GROUPS_PER_ENI,
  MAX_RULES_PER_ENI,
  MAX_RULES_PER_GROUP,
} from "../../src/engine/validate/limits";
import { makeEngine, type TestEngine } from "../helpers/engine";
import { type FuzzStep, fuzzStep, resolveParams } from "./actions";
import { brokenInvariants, readExport, type WorkspaceView } from "./workspace-model";

/**
 * HARD-4: random action sequences with random, often malformed parameters, through the
 * dispatcher as a client sends them. Every answer is a success or a catalogue error with a 4xx
 * status (never an internal error, an exception or a hang), and after every step the workspace
 * invariants hold. `npm run fuzz` runs the same property longer (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const MAX_STEPS = 24;
/** An answer slower than this is a hang (fake IndexedDB answers in milliseconds). */
const HANG_MS = 10_000;
const LIMITS = {
  rulesPerGroup: MAX_RULES_PER_GROUP,
  rulesPerEni: MAX_RULES_PER_ENI,
  groupsPerEni: MAX_GROUPS_PER_ENI,
  groupRulesPerGroup: MAX_GROUP_RULES_PER_GROUP,
};

let actionsTried = 0;
const answers = new Map<string, number>();

interface Exported {
  view: WorkspaceView;
  content: string;
}

async function exportView(t: TestEngine): Promise<Exported> {
  const { Content } = (await t.call("ExportWorkspace")) as { Content: string };
  return { view: readExport(Content), content: Content };
}

function withinHangLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${HANG_MS} ms`)), HANG_MS);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** Runs one step through the wire; returns what is wrong with its answer, if anything. */
async function runStep(t: TestEngine, step: FuzzStep, { view, content }: Exported): Promise<string | undefined> {
  const params = resolveParams(step, view, content);
  let internal: unknown;
  const request = new Request("http://ecs.fuzz.internal/", {
    method: "POST",
    headers: { "x-acs-action": step.action, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params),
  });
  const response = await withinHangLimit(
    dispatchEcsRequest(t.engine, request, { onInternalError: (error) => (internal = error) }),
    step.action,
  );
  actionsTried += 1;
  const body = (await response.json()) as { Code?: string; Message?: string };
  const outcome = response.status === 200 ? "200" : `${response.status} ${body.Code}`;
  answers.set(outcome, (answers.get(outcome) ?? 0) + 1);
  const shown = step.action === "ImportWorkspace" ? { Content: `(${params.Content?.length} characters)` } : params;
  const said = `${step.action} ${JSON.stringify(shown)} -> ${outcome}`;
  if (internal !== undefined) return `${said}: internal error ${String(internal)}`;
  if (response.status === 200) return undefined;
  if (response.status < 400 || response.status >= 500) return `${said}: not a 4xx status`;
  if (!body.Code || !isErrorCode(body.Code)) return `${said}: code not in the catalogue`;
  if (!body.Message) return `${said}: no message`;
  return undefined;
}

describe("HARD-4 fuzzing the dispatcher", () => {
  afterAll(() => {
    const outcomes = [...answers].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(
      `HARD-4 fuzz: ${actionsTried} actions tried in ${RUNS} runs (seed ${SEED}); answers: ${JSON.stringify(outcomes)}`,
    );
  });

  it("HARD-4 every answer is a success or a 4xx catalogue error, and the invariants hold after every step", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fuzzStep, { minLength: 8, maxLength: MAX_STEPS }), async (steps) => {
        const t = await makeEngine("demo");
        try {
          let state = await exportView(t);
          expect(brokenInvariants(state.view, LIMITS), "the demo data").toEqual([]);
          for (const [index, step] of steps.entries()) {
            const problem = await runStep(t, step, state);
            expect(problem, `step ${index + 1}`).toBeUndefined();
            state = await exportView(t);
            expect(brokenInvariants(state.view, LIMITS), `after step ${index + 1} (${step.action})`).toEqual([]);
          }
        } finally {
          t.close();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    expect(actionsTried).toBeGreaterThan(RUNS);
  });
});
