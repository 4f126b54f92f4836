/** Time enters the engine only through a Clock, so tests and demos can fix or fast-forward it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until moved: for tests and deterministic demo data. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: number | string) {
    this.current = typeof start === "string" ? Date.parse(start) : start;
  }
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(ms: number): void {
    this.current = ms;
  }
}

/** The API's time format: `yyyy-MM-ddTHH:mm:ssZ`, UTC. */
export function formatEcsTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
