import type { RawBox } from "./match-space";

/**
 * A box with every dimension as small integers: [lo0, hi0, lo1, hi1, ...], half-open.
 * Addresses are replaced by their rank among all the boundaries of the rules analysed
 * together (coordinate compression), so comparisons are cheap number comparisons. After the
 * five match dimensions come optional membership dimensions, one per group: [0, 2) for any
 * peer, [1, 2) for members of that group only.
 */
export type Box = readonly number[];

/** Maps bigint boundaries to their rank. */
export class AddressAxis {
  private readonly ranks = new Map<bigint, number>();

  constructor(boundaries: Iterable<bigint>) {
    const sorted = [...new Set(boundaries)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sorted.forEach((value, index) => {
      this.ranks.set(value, index);
    });
  }

  rank(value: bigint): number {
    const rank = this.ranks.get(value);
    if (rank === undefined) throw new Error("address boundary missing from the axis");
    return rank;
  }
}

export function addressBoundaries(boxes: Iterable<RawBox>): bigint[] {
  const out: bigint[] = [];
  for (const box of boxes) out.push(box.peer[0], box.peer[1], box.narrow[0], box.narrow[1]);
  return out;
}

export function compress(box: RawBox, axis: AddressAxis): Box {
  return [
    box.slot[0],
    box.slot[1],
    box.dport[0],
    box.dport[1],
    box.sport[0],
    box.sport[1],
    axis.rank(box.peer[0]),
    axis.rank(box.peer[1]),
    axis.rank(box.narrow[0]),
    axis.rank(box.narrow[1]),
  ];
}

export function overlaps(a: Box, b: Box): boolean {
  for (let d = 0; d < a.length; d += 2) {
    if ((a[d] as number) >= (b[d + 1] as number) || (b[d] as number) >= (a[d + 1] as number)) return false;
  }
  return true;
}

/** `piece` minus `cut` (which overlaps it): at most two slabs per dimension. */
export function subtract(piece: Box, cut: Box): Box[] {
  const rest: Box[] = [];
  const current = [...piece];
  for (let d = 0; d < current.length; d += 2) {
    const lo = current[d] as number;
    const hi = current[d + 1] as number;
    const cutLo = cut[d] as number;
    const cutHi = cut[d + 1] as number;
    if (lo < cutLo) {
      const below = [...current];
      below[d + 1] = cutLo;
      rest.push(below);
      current[d] = cutLo;
    }
    if (hi > cutHi) {
      const above = [...current];
      above[d] = cutHi;
      rest.push(above);
      current[d + 1] = cutHi;
    }
  }
  return rest;
}

/** log2 of a raw box's size, to try big boxes first (fewer, larger covering sets). */
export function logVolume(box: RawBox): number {
  const log = (lo: bigint | number, hi: bigint | number) => Math.log2(Number(hi) - Number(lo));
  return (
    log(box.slot[0], box.slot[1]) +
    log(box.dport[0], box.dport[1]) +
    log(box.sport[0], box.sport[1]) +
    log(box.peer[0], box.peer[1]) +
    log(box.narrow[0], box.narrow[1])
  );
}

export interface OrderedBox {
  box: Box;
  /** Index of the rule the box belongs to. */
  owner: number;
}

/** Pieces examined before the analysis of one rule gives up (and calls the rule needed). */
export const PIECE_BUDGET = 200_000;

/**
 * First-match partition: splits `targets` among `candidates` (in evaluation order), each piece
 * going to the first candidate that matches it. Returns the owners that decide some piece, or
 * undefined as soon as a piece is matched by no candidate, goes to an owner `acceptable`
 * refuses, or the budget runs out (so never a false "removable").
 */
export function decidingOwners(
  targets: readonly Box[],
  candidates: readonly OrderedBox[],
  acceptable: (owner: number) => boolean,
): Set<number> | undefined {
  const deciders = new Set<number>();
  const stack: Array<[Box, number]> = targets.map((box) => [box, 0]);
  let budget = PIECE_BUDGET;
  while (stack.length > 0) {
    if (--budget < 0) return undefined;
    const [piece, start] = stack.pop() as [Box, number];
    let index = start;
    while (index < candidates.length && !overlaps((candidates[index] as OrderedBox).box, piece)) index++;
    const decider = candidates[index];
    if (!decider || !acceptable(decider.owner)) return undefined;
    deciders.add(decider.owner);
    for (const rest of subtract(piece, decider.box)) stack.push([rest, index + 1]);
  }
  return deciders;
}
