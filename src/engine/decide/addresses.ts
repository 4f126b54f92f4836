import type { AddressFamily } from "../types";

/** An address as a number: IPv4 as an unsigned 32-bit integer, IPv6 as a 128-bit BigInt. */
export type AddressValue = number | bigint;

/** An inclusive numeric range of addresses of one family. */
export interface AddressRange {
  family: AddressFamily;
  lo: AddressValue;
  hi: AddressValue;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const DOT = 46;

/** Strict dotted-quad (no leading zeros) to uint32, by char codes: the compiled evaluator's hot path. */
export function parseIpv4(text: string): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      // A leading zero ("010") reads as octal elsewhere: refuse the ambiguity.
      if (digits > 0 && octet === 0) return undefined;
      octet = octet * 10 + (code - DIGIT_0);
      if (++digits > 3 || octet > 255) return undefined;
    } else if (code === DOT && digits > 0 && dots < 3) {
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return value * 256 + octet;
}

/** IPv6 text (compressed, full, or with a dotted IPv4 tail; no zone) to a 128-bit BigInt. */
export function parseIpv6(text: string): bigint | undefined {
  const words = ipv6Words(text);
  if (!words) return undefined;
  let value = 0n;
  for (let i = 0; i < 8; i += 2)
    value = (value << 32n) | BigInt((words[i] as number) * 65536 + (words[i + 1] as number));
  return value;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function ipv6Words(text: string): number[] | undefined {
  const gap = text.indexOf("::");
  if (gap !== text.lastIndexOf("::")) return undefined;
  const head = gap < 0 ? text : text.slice(0, gap);
  const tail = gap < 0 ? "" : text.slice(gap + 2);
  const headWords = head === "" ? [] : hexGroups(head, gap < 0);
  const tailWords = tail === "" ? [] : hexGroups(tail, true);
  if (!headWords || !tailWords) return undefined;
  const missing = 8 - headWords.length - tailWords.length;
  if (gap < 0 ? missing !== 0 : missing < 1) return undefined;
  return [...headWords, ...new Array<number>(missing).fill(0), ...tailWords];
}

/** `a:b:c` as 16-bit words; the last group may be a dotted IPv4 address (two words). */
function hexGroups(part: string, lastMayBeIpv4: boolean): number[] | undefined {
  const groups = part.split(":");
  const words: number[] = [];
  for (const [index, group] of groups.entries()) {
    if (lastMayBeIpv4 && index === groups.length - 1 && group.includes(".")) {
      const v4 = parseIpv4(group);
      if (v4 === undefined) return undefined;
      words.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (HEX_GROUP.test(group)) {
      words.push(Number.parseInt(group, 16));
    } else {
      return undefined;
    }
  }
  return words;
}

export function parseAddress(family: AddressFamily, text: string): AddressValue | undefined {
  return family === "IPv4" ? parseIpv4(text) : parseIpv6(text);
}

export function addressFamilyOf(text: string): AddressFamily | undefined {
  if (parseIpv4(text) !== undefined) return "IPv4";
  if (parseIpv6(text) !== undefined) return "IPv6";
  return undefined;
}

/** `a.b.c.d/n` or `x::/n` (or a bare address) as an inclusive numeric range. */
export function cidrRange(cidr: string): AddressRange | undefined {
  const slash = cidr.indexOf("/");
  const address = slash < 0 ? cidr : cidr.slice(0, slash);
  const v4 = parseIpv4(address);
  if (v4 !== undefined) {
    const length = slash < 0 ? 32 : Number(cidr.slice(slash + 1));
    if (!Number.isInteger(length) || length < 0 || length > 32) return undefined;
    const size = 2 ** (32 - length);
    const lo = v4 - (v4 % size);
    return { family: "IPv4", lo, hi: lo + size - 1 };
  }
  const v6 = parseIpv6(address);
  if (v6 === undefined) return undefined;
  const length = slash < 0 ? 128 : Number(cidr.slice(slash + 1));
  if (!Number.isInteger(length) || length < 0 || length > 128) return undefined;
  const hostBits = BigInt(128 - length);
  const lo = (v6 >> hostBits) << hostBits;
  return { family: "IPv6", lo, hi: lo + (1n << hostBits) - 1n };
}

/**
 * IPv4 blocks that are not public for DEC-5: this network, private (RFC 1918), shared address
 * space (100.64.0.0/10, where the platform's own services live), loopback, link-local,
 * multicast and reserved (240/4, broadcast included). Documentation blocks such as
 * 203.0.113.0/24 count as public: examples use them to stand for public hosts.
 */
const NON_PUBLIC_IPV4 = ["0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12"]
  .concat(["192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4"])
  .map((cidr) => cidrRange(cidr) as AddressRange);

const IPV6_GLOBAL_UNICAST = cidrRange("2000::/3") as AddressRange;
const IPV4_MAPPED = cidrRange("::ffff:0:0/96") as AddressRange;

function isPublicIpv4(value: number): boolean {
  return !NON_PUBLIC_IPV4.some((range) => range.lo <= value && value <= range.hi);
}

/** Whether an address is a public Internet address (DEC-5). Unparsable text is not. */
export function isPublicAddress(text: string): boolean {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return isPublicIpv4(v4);
  const v6 = parseIpv6(text);
  if (v6 === undefined) return false;
  if (IPV4_MAPPED.lo <= v6 && v6 <= IPV4_MAPPED.hi) return isPublicIpv4(Number(v6 & 0xffffffffn));
  return IPV6_GLOBAL_UNICAST.lo <= v6 && v6 <= IPV6_GLOBAL_UNICAST.hi;
}
