import ipaddr from "ipaddr.js";
import type { AddressFamily, IpProtocol, RuleRecord } from "../types";
import { ANY_PORT } from "../validate/limits";
import { hasPorts, sidesOf } from "../validate/rules";

/**
 * The packets a rule matches (DEC-1), as a union of boxes over five dimensions:
 * protocol slot (family and protocol together), destination port, source port, peer address
 * and narrowing address. Ranges are half-open [lo, hi).
 */
export interface RawBox {
  slot: readonly [number, number];
  dport: readonly [number, number];
  sport: readonly [number, number];
  peer: readonly [bigint, bigint];
  narrow: readonly [bigint, bigint];
}

/** The current entries of the prefix lists a group's rules use (HC-1 judges on these). */
export interface PrefixListEntries {
  AddressFamily: AddressFamily;
  Cidrs: readonly string[];
}

export type PrefixListLookup = ReadonlyMap<string, PrefixListEntries>;

export interface MatchSpace {
  /**
   * The group a rule's peer is (`owner|id`), or undefined for an address peer (CIDR, prefix
   * list). Member addresses of a group are unknown and change: a group rule is only covered by
   * rules of the same group or by address rules over the whole family.
   */
  peerGroup: string | undefined;
  usesPrefixList: boolean;
  boxes: RawBox[];
  /** Equal keys: exactly the same packets (and peer group). */
  key: string;
}

const FULL_PORTS = [1, 65536] as const;
/** IPv6 addresses sit after the IPv4 ones on one axis; families never share a slot anyway. */
const V6_OFFSET = 1n << 32n;
const FAMILY_RANGE: Readonly<Record<AddressFamily, readonly [bigint, bigint]>> = {
  IPv4: [0n, V6_OFFSET],
  IPv6: [V6_OFFSET, V6_OFFSET + (1n << 128n)],
};

/**
 * Protocol slots: per family TCP, UDP, ICMP(v6), GRE and "any other protocol" (which only ALL
 * matches). ICMP exists only in IPv4 and ICMPv6 only in IPv6.
 */
export const SLOTS_PER_FAMILY = 5;
const FAMILY_BASE: Readonly<Record<AddressFamily, number>> = { IPv4: 0, IPv6: SLOTS_PER_FAMILY };
const PROTOCOL_SLOT: Readonly<Record<Exclude<IpProtocol, "ALL">, number>> = {
  TCP: 0,
  UDP: 1,
  ICMP: 2,
  ICMPv6: 2,
  GRE: 3,
};

function protocolSlots(protocol: IpProtocol, family: AddressFamily): [number, number] | undefined {
  const base = FAMILY_BASE[family];
  if (protocol === "ALL") return [base, base + SLOTS_PER_FAMILY];
  if (protocol === "ICMP" && family !== "IPv4") return undefined;
  if (protocol === "ICMPv6" && family !== "IPv6") return undefined;
  const slot = base + PROTOCOL_SLOT[protocol];
  return [slot, slot + 1];
}

export function portRange(text: string | undefined): readonly [number, number] {
  if (text === undefined || text === "" || text === ANY_PORT) return FULL_PORTS;
  const [from, to] = text.split("/").map(Number);
  return [from ?? 1, (to ?? 65535) + 1];
}

/** A CIDR as a range on the address axis, with its family. */
export function cidrRange(cidr: string): { family: AddressFamily; range: [bigint, bigint] } | undefined {
  try {
    const [address, length] = ipaddr.parseCIDR(cidr);
    const bits = address.kind() === "ipv4" ? 32 : 128;
    let value = 0n;
    for (const byte of address.toByteArray()) value = (value << 8n) | BigInt(byte);
    const size = 1n << BigInt(bits - length);
    const start = (value / size) * size;
    const family: AddressFamily = bits === 32 ? "IPv4" : "IPv6";
    const offset = FAMILY_RANGE[family][0];
    return { family, range: [offset + start, offset + start + size] };
  } catch {
    return undefined;
  }
}

/** Sorted, disjoint, merged intervals: one canonical form for a union of address ranges. */
function mergeRanges(ranges: ReadonlyArray<readonly [bigint, bigint]>): Array<[bigint, bigint]> {
  const sorted = [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: Array<[bigint, bigint]> = [];
  for (const [lo, hi] of sorted) {
    const last = merged.at(-1);
    if (last && lo <= last[1]) {
      if (hi > last[1]) last[1] = hi;
    } else merged.push([lo, hi]);
  }
  return merged;
}

/** The addresses a rule's peer covers per family, or a group key for a group peer. */
function peerRanges(
  rule: RuleRecord,
  prefixLists: PrefixListLookup,
): { group?: string; usesPrefixList: boolean; byFamily: Map<AddressFamily, Array<[bigint, bigint]>> } {
  const { peer } = sidesOf(rule.Direction);
  const byFamily = new Map<AddressFamily, Array<[bigint, bigint]>>();
  const add = (family: AddressFamily, range: readonly [bigint, bigint]) => {
    const list = byFamily.get(family) ?? [];
    list.push([range[0], range[1]]);
    byFamily.set(family, list);
  };
  const cidr = rule[peer.cidr] ?? rule[peer.ipv6];
  if (cidr) {
    const parsed = cidrRange(cidr);
    if (parsed) add(parsed.family, parsed.range);
    return { usesPrefixList: false, byFamily };
  }
  const groupId = rule[peer.group];
  if (groupId) {
    for (const family of ["IPv4", "IPv6"] as const) add(family, FAMILY_RANGE[family]);
    return { group: `${rule[peer.owner] ?? ""}|${groupId}`, usesPrefixList: false, byFamily };
  }
  const listId = rule[peer.prefixList];
  const list = listId ? prefixLists.get(listId) : undefined;
  for (const entry of list?.Cidrs ?? []) {
    const parsed = cidrRange(entry);
    if (parsed && parsed.family === list?.AddressFamily) add(parsed.family, parsed.range);
  }
  return { usesPrefixList: listId !== undefined, byFamily };
}

function narrowRange(rule: RuleRecord): { family: AddressFamily; range: [bigint, bigint] } | undefined {
  const { narrow } = sidesOf(rule.Direction);
  const cidr = rule[narrow.cidr] ?? rule[narrow.ipv6];
  return cidr ? cidrRange(cidr) : undefined;
}

function familiesOf(rule: RuleRecord, peerFamilies: readonly AddressFamily[], narrowFamily?: AddressFamily) {
  if (narrowFamily) return peerFamilies.filter((family) => family === narrowFamily);
  if (rule.IpProtocol === "ICMP") return peerFamilies.filter((family) => family === "IPv4");
  if (rule.IpProtocol === "ICMPv6") return peerFamilies.filter((family) => family === "IPv6");
  return peerFamilies;
}

/** The packets `rule` matches, judged on the prefix lists' current entries. */
export function matchSpace(rule: RuleRecord, prefixLists: PrefixListLookup): MatchSpace {
  const peer = peerRanges(rule, prefixLists);
  const narrowed = narrowRange(rule);
  const dport = hasPorts(rule.IpProtocol) ? portRange(rule.PortRange) : FULL_PORTS;
  const sport = hasPorts(rule.IpProtocol) ? portRange(rule.SourcePortRange) : FULL_PORTS;
  const boxes: RawBox[] = [];
  const keyParts: string[] = [peer.group ?? "addresses", `${dport}`, `${sport}`];
  for (const family of familiesOf(rule, [...peer.byFamily.keys()], narrowed?.family)) {
    const slot = protocolSlots(rule.IpProtocol, family);
    if (!slot) continue;
    const narrow = narrowed?.range ?? FAMILY_RANGE[family];
    const ranges = mergeRanges(peer.byFamily.get(family) ?? []);
    for (const range of ranges) boxes.push({ slot, dport, sport, peer: range, narrow });
    keyParts.push(`${family}:${slot}:${narrow.join("-")}:${ranges.map((r) => r.join("-")).join(",")}`);
  }
  return { peerGroup: peer.group, usesPrefixList: peer.usesPrefixList, boxes, key: keyParts.join("|") };
}
