import { type AddressRange, parseIpv4, parseIpv6 } from "./addresses";

/**
 * Addresses of one family as plain numbers, so the compiled evaluator compares doubles only.
 * IPv4 addresses are their uint32 value. IPv6 addresses are ranked among the boundaries the
 * ENI's rules can tell apart (every block's first address and the one after its last, every
 * member address and the one after it): containment and equality survive the ranking, and a
 * 128-bit BigInt is compared only while ranking the packet's two addresses.
 */
export interface KeySpace {
  key(text: string): number | undefined;
  /** An inclusive key range for an address range of this family. */
  range(range: AddressRange): [number, number];
}

export const IPV4_KEYS: KeySpace = {
  key: parseIpv4,
  range: (range) => [Number(range.lo), Number(range.hi)],
};

export function ipv6KeySpace(ranges: readonly AddressRange[], addresses: readonly bigint[]): KeySpace {
  const points = new Set<bigint>();
  for (const range of ranges) {
    points.add(range.lo as bigint);
    points.add((range.hi as bigint) + 1n);
  }
  for (const address of addresses) {
    points.add(address);
    points.add(address + 1n);
  }
  const boundaries = [...points].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  /** Index of the last boundary <= value; -1 below them all. */
  const rank = (value: bigint): number => {
    let low = -1;
    let high = boundaries.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((boundaries[middle] as bigint) <= value) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    key(text) {
      const value = parseIpv6(text);
      return value === undefined ? undefined : rank(value);
    },
    range: (range) => [rank(range.lo as bigint), rank((range.hi as bigint) + 1n) - 1],
  };
}
