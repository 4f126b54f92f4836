/**
 * An inclusive numeric span; `from: -Infinity, to: Infinity` is everything. A rule's span on one
 * axis (destination port, peer address key) says which values can match it.
 */
export interface Span {
  from: number;
  to: number;
}

export const EVERYTHING: Span = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };

/**
 * One axis of a rule table cut into elementary intervals, each holding the bitset of the rules
 * (by position) whose span covers it. A lookup is one binary search; ANDing the bitsets of two
 * axes leaves only the rules worth a full test, still in position (evaluation) order.
 */
export class IntervalIndex {
  private readonly starts: Float64Array;
  private readonly sets: readonly Uint32Array[];
  /** Rules whose span reaches below every cut (e.g. "every port"): the answer for -Infinity. */
  private readonly below: Uint32Array;

  constructor(spans: readonly Span[]) {
    const words = Math.ceil(spans.length / 32);
    const setOf = (covers: (span: Span) => boolean) => {
      const set = new Uint32Array(words);
      spans.forEach((span, position) => {
        if (covers(span)) set[position >>> 5] = (set[position >>> 5] as number) | (1 << (position & 31));
      });
      return set;
    };
    const cuts = new Set<number>();
    for (const span of spans) {
      if (Number.isFinite(span.from)) cuts.add(span.from);
      if (Number.isFinite(span.to)) cuts.add(span.to + 1);
    }
    const starts: number[] = [];
    const sets: Uint32Array[] = [];
    for (const start of [...cuts].sort((a, b) => a - b)) {
      const set = setOf((span) => span.from <= start && start <= span.to);
      const previous = sets.at(-1);
      // Neighbouring intervals holding the same rules merge into one.
      if (previous && sameSet(previous, set)) continue;
      starts.push(start);
      sets.push(set);
    }
    this.starts = Float64Array.from(starts);
    this.sets = sets;
    this.below = setOf((span) => span.from === Number.NEGATIVE_INFINITY);
  }

  lookup(value: number): Uint32Array {
    const starts = this.starts;
    if (starts.length === 0 || !(value >= (starts[0] as number))) return this.below;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= value) low = middle;
      else high = middle - 1;
    }
    return this.sets[low] as Uint32Array;
  }
}

function sameSet(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
