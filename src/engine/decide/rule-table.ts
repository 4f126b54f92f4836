import { EVERYTHING, IntervalIndex, type Span } from "./interval-index";
import type { MatchedRule } from "./types";

/** How a rule's authorisation object is tested against the peer's key. */
export const PeerTest = { Range: 0, Members: 1, Ranges: 2 } as const;
export type PeerTest = (typeof PeerTest)[keyof typeof PeerTest];

/** One rule of one address family, its addresses as keys (see key-space.ts). */
export interface RuleSpec {
  matched: MatchedRule;
  drop: boolean;
  priority: number;
  /** Destination ports (EVERYTHING for `-1/-1`). */
  ports: Span;
  peerTest: PeerTest;
  /** Range test: the peer's key range; other tests: everything. */
  peerLo: number;
  peerHi: number;
  members: ReadonlySet<number> | null;
  /** Flat [lo0, hi0, lo1, hi1, ...] of prefix-list entries. */
  ranges: Float64Array | null;
  /** The ENI's own key range (everything when the rule does not narrow it). */
  localLo: number;
  localHi: number;
  /** Source port range (everything when the rule has none). */
  srcPortLo: number;
  srcPortHi: number;
}

/**
 * The rules one packet kind (direction, family, protocol) can meet, in evaluation order, as
 * parallel typed arrays: the match loop reads numbers, never objects. An unknown local address
 * or source port is passed as -Infinity: it passes the "everything" bounds and fails real ones.
 * Two interval indexes (destination port, peer key), built on first use, narrow a packet's
 * candidates to a few rules before the full test.
 */
export class RuleTable {
  readonly matched: readonly MatchedRule[];
  readonly drop: Uint8Array;
  readonly priority: Float64Array;
  readonly peerTest: Uint8Array;
  readonly peerLo: Float64Array;
  readonly peerHi: Float64Array;
  readonly members: ReadonlyArray<ReadonlySet<number> | null>;
  readonly ranges: ReadonlyArray<Float64Array | null>;
  readonly localLo: Float64Array;
  readonly localHi: Float64Array;
  readonly srcPortLo: Float64Array;
  readonly srcPortHi: Float64Array;
  readonly size: number;
  private readonly portSpans: readonly Span[];
  private portIndex: IntervalIndex | undefined;
  private peerIndex: IntervalIndex | undefined;

  constructor(specs: readonly RuleSpec[]) {
    const numbers = (pick: (spec: RuleSpec) => number) => Float64Array.from(specs, pick);
    this.matched = specs.map((spec) => spec.matched);
    this.drop = Uint8Array.from(specs, (spec) => (spec.drop ? 1 : 0));
    this.priority = numbers((spec) => spec.priority);
    this.peerTest = Uint8Array.from(specs, (spec) => spec.peerTest);
    this.peerLo = numbers((spec) => spec.peerLo);
    this.peerHi = numbers((spec) => spec.peerHi);
    this.members = specs.map((spec) => spec.members);
    this.ranges = specs.map((spec) => spec.ranges);
    this.localLo = numbers((spec) => spec.localLo);
    this.localHi = numbers((spec) => spec.localHi);
    this.srcPortLo = numbers((spec) => spec.srcPortLo);
    this.srcPortHi = numbers((spec) => spec.srcPortHi);
    this.size = specs.length;
    this.portSpans = specs.map((spec) => spec.ports);
  }

  /** Rules whose PortRange can contain `port` (undefined: only `-1/-1` rules), as a bitset. */
  byPort(port: number | undefined): Uint32Array {
    this.portIndex ??= new IntervalIndex(this.portSpans);
    return this.portIndex.lookup(port ?? Number.NEGATIVE_INFINITY);
  }

  /** Rules whose authorisation object can contain the peer key, as a bitset. */
  byPeer(peer: number): Uint32Array {
    this.peerIndex ??= new IntervalIndex(
      Array.from({ length: this.size }, (_, i) =>
        this.peerTest[i] === PeerTest.Range
          ? { from: this.peerLo[i] as number, to: this.peerHi[i] as number }
          : EVERYTHING,
      ),
    );
    return this.peerIndex.lookup(peer);
  }

  /** Whether rule `i` matches; `peer` is a known key, `local` and `srcPort` may be -Infinity. */
  matches(i: number, peer: number, local: number, srcPort: number): boolean {
    if (peer < (this.peerLo[i] as number) || peer > (this.peerHi[i] as number)) return false;
    if (local < (this.localLo[i] as number) || local > (this.localHi[i] as number)) return false;
    if (srcPort < (this.srcPortLo[i] as number) || srcPort > (this.srcPortHi[i] as number)) return false;
    const test = this.peerTest[i];
    if (test === PeerTest.Range) return true;
    if (test === PeerTest.Members) return (this.members[i] as ReadonlySet<number>).has(peer);
    const ranges = this.ranges[i] as Float64Array;
    for (let r = 0; r < ranges.length; r += 2) {
      if (peer >= (ranges[r] as number) && peer <= (ranges[r + 1] as number)) return true;
    }
    return false;
  }
}
