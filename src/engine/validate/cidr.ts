import ipaddr from "ipaddr.js";
import type { AddressFamily } from "../types";

export interface ParsedCidr {
  family: AddressFamily;
  /** Canonical text: network address, compressed IPv6, with the prefix length. */
  cidr: string;
  prefixLength: number;
  /** True when the input had host bits set (`10.0.0.1/8`). */
  hadHostBits: boolean;
}

/**
 * Parses an address or CIDR block. A bare address becomes /32 or /128; host bits are cleared.
 * Returns undefined for anything that is not an IPv4 or IPv6 address or block.
 */
export function parseCidr(text: string): ParsedCidr | undefined {
  const input = text.trim();
  if (input === "") return undefined;
  try {
    const [address, prefixLength] = input.includes("/")
      ? ipaddr.parseCIDR(input)
      : (() => {
          const parsed = ipaddr.parse(input);
          return [parsed, parsed.kind() === "ipv4" ? 32 : 128] as const;
        })();
    // ipaddr.parse accepts shorthand like "10.1" as IPv4; insist on four parts.
    if (address.kind() === "ipv4" && !/^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(input)) return undefined;
    const family: AddressFamily = address.kind() === "ipv4" ? "IPv4" : "IPv6";
    const network =
      family === "IPv4"
        ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${prefixLength}`)
        : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${prefixLength}`);
    const hadHostBits = network.toString() !== address.toString();
    return { family, cidr: `${network.toString()}/${prefixLength}`, prefixLength, hadHostBits };
  } catch {
    return undefined;
  }
}

/** Whether `inner` lies within `outer` (both canonical CIDRs of one family). */
export function cidrContains(outer: string, inner: string): boolean {
  const [outerAddress, outerLength] = ipaddr.parseCIDR(outer);
  const [innerAddress, innerLength] = ipaddr.parseCIDR(inner);
  if (outerAddress.kind() !== innerAddress.kind() || innerLength < outerLength) return false;
  return innerAddress.match(outerAddress, outerLength);
}

export function cidrsOverlap(a: string, b: string): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}
