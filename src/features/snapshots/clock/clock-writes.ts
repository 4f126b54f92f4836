import { callEcs } from "@/api/client";

/** SNAP-3 (project): moves the engine clock forward; scheduled snapshots that fall due are taken. */
export function advanceEngineClock(seconds: number) {
  return callEcs("AdvanceEngineClock", { Seconds: seconds });
}
