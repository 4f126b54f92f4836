import ipaddr from "ipaddr.js";
import type { Direction, NicType, RuleRecord } from "../../src/engine/types";

/**
 * An independent first-match evaluator for HC-1 property tests: it enumerates one packet per
 * cell of the grid formed by the rules' boundaries and judges each packet as DEC-1 does
 * (matching rules, lowest priority number wins, drop beats accept at equal priority).
 */
type Family = 4 | 6;
type Protocol = "TCP" | "UDP" | "ICMP" | "ICMPv6" | "GRE" | "OTHER";

export interface Packet {
  direction: Direction;
  nicType: NicType;
  family: Family;
  protocol: Protocol;
  dport: number;
  sport: number;
  peer: bigint;
  peerGroups: readonly string[];
  narrow: bigint;
}

export type PrefixLists = ReadonlyMap<string, readonly string[]>;

interface Block {
  family: Family;
  start: bigint;
  end: bigint;
}

function block(cidr: string): Block {
  const [address, length] = ipaddr.parseCIDR(cidr);
  const bits = address.kind() === "ipv4" ? 32 : 128;
  let value = 0n;
  for (const byte of address.toByteArray()) value = value * 256n + BigInt(byte);
  const size = 2n ** BigInt(bits - length);
  return { family: bits === 32 ? 4 : 6, start: value - (value % size), end: value - (value % size) + size };
}

const inBlock = (b: Block, family: Family, address: bigint) =>
  b.family === family && address >= b.start && address < b.end;

function ports(text: string | undefined): [number, number] {
  if (!text || text === "-1/-1") return [1, 65535];
  const [a, b] = text.split("/").map(Number);
  return [a ?? 1, b ?? 65535];
}

function peerOf(rule: RuleRecord) {
  return rule.Direction === "ingress"
    ? {
        cidr: rule.SourceCidrIp ?? rule.Ipv6SourceCidrIp,
        group: rule.SourceGroupId,
        list: rule.SourcePrefixListId,
        narrow: rule.DestCidrIp ?? rule.Ipv6DestCidrIp,
      }
    : {
        cidr: rule.DestCidrIp ?? rule.Ipv6DestCidrIp,
        group: rule.DestGroupId,
        list: rule.DestPrefixListId,
        narrow: rule.SourceCidrIp ?? rule.Ipv6SourceCidrIp,
      };
}

export function matches(rule: RuleRecord, packet: Packet, lists: PrefixLists): boolean {
  if (rule.Direction !== packet.direction || rule.NicType !== packet.nicType) return false;
  if (rule.IpProtocol !== "ALL" && rule.IpProtocol !== packet.protocol) return false;
  if (rule.IpProtocol === "TCP" || rule.IpProtocol === "UDP") {
    const [a, b] = ports(rule.PortRange);
    const [c, d] = ports(rule.SourcePortRange);
    if (packet.dport < a || packet.dport > b || packet.sport < c || packet.sport > d) return false;
  }
  const side = peerOf(rule);
  if (side.narrow && !inBlock(block(side.narrow), packet.family, packet.narrow)) return false;
  if (side.cidr) return inBlock(block(side.cidr), packet.family, packet.peer);
  if (side.group) return packet.peerGroups.includes(side.group);
  return (lists.get(side.list ?? "") ?? []).some((cidr) => inBlock(block(cidr), packet.family, packet.peer));
}

export type Verdict = "Accept" | "Drop" | "none";

/** DEC-1 over the given rules (indices into `rules`) that match the packet. */
export function decide(rules: readonly RuleRecord[], matching: readonly number[], skip?: number): Verdict {
  let best: RuleRecord | undefined;
  for (const index of matching) {
    if (index === skip) continue;
    const rule = rules[index] as RuleRecord;
    if (
      !best ||
      rule.Priority < best.Priority ||
      (rule.Priority === best.Priority && rule.Policy === "Drop" && best.Policy === "Accept")
    ) {
      best = rule;
    }
  }
  return best?.Policy ?? "none";
}

function representatives(bounds: Iterable<bigint>, floor: bigint, ceiling: bigint): bigint[] {
  return [...new Set([floor, ...bounds])].filter((v) => v >= floor && v < ceiling).sort((a, b) => (a < b ? -1 : 1));
}

/** One packet per cell of the grid the rules' boundaries make (both families, every membership). */
export function gridPackets(rules: readonly RuleRecord[], lists: PrefixLists): Packet[] {
  const dports = new Set([1]);
  const sports = new Set([1]);
  const addressBounds: Record<Family, bigint[]> = { 4: [], 6: [] };
  const groups = new Set<string>();
  const contexts = new Set<string>();
  for (const rule of rules) {
    contexts.add(`${rule.Direction}|${rule.NicType}`);
    for (const [set, text] of [
      [dports, rule.PortRange],
      [sports, rule.SourcePortRange],
    ] as const) {
      const [a, b] = ports(text);
      set.add(a);
      set.add(b + 1);
    }
    const side = peerOf(rule);
    if (side.group) groups.add(side.group);
    const cidrs = [side.cidr, side.narrow, ...(side.list ? (lists.get(side.list) ?? []) : [])];
    for (const cidr of cidrs) {
      if (!cidr) continue;
      const b = block(cidr);
      addressBounds[b.family].push(b.start, b.end);
    }
  }
  const memberships: string[][] = [[]];
  for (const group of groups) for (const existing of [...memberships]) memberships.push([...existing, group]);
  const dportReps = [...dports].filter((p) => p <= 65535);
  const sportReps = [...sports].filter((p) => p <= 65535);
  const packets: Packet[] = [];
  for (const context of contexts) {
    const [direction, nicType] = context.split("|") as [Direction, NicType];
    for (const family of [4, 6] as const) {
      const addresses = representatives(addressBounds[family], 0n, 2n ** (family === 4 ? 32n : 128n));
      const protocols: Protocol[] = ["TCP", "UDP", family === 4 ? "ICMP" : "ICMPv6", "GRE", "OTHER"];
      for (const protocol of protocols) {
        const withPorts = protocol === "TCP" || protocol === "UDP";
        for (const dport of withPorts ? dportReps : [0]) {
          for (const sport of withPorts ? sportReps : [0]) {
            for (const peer of addresses) {
              for (const narrow of addresses) {
                for (const peerGroups of memberships) {
                  packets.push({ direction, nicType, family, protocol, dport, sport, peer, peerGroups, narrow });
                }
              }
            }
          }
        }
      }
    }
  }
  return packets;
}

export interface GridVerdicts {
  /** Per rule: removing it (alone) changes the verdict of some packet. */
  removalChanges: boolean[];
  /** Per rule: the packets it matches, as a comparable signature. */
  matchSignatures: string[];
}

export function judgeGrid(rules: readonly RuleRecord[], lists: PrefixLists): GridVerdicts {
  const changes = rules.map(() => false);
  const signatures = rules.map(() => [] as number[]);
  gridPackets(rules, lists).forEach((packet, packetIndex) => {
    const matching: number[] = [];
    rules.forEach((rule, index) => {
      if (matches(rule, packet, lists)) {
        matching.push(index);
        signatures[index]?.push(packetIndex);
      }
    });
    if (matching.length === 0) return;
    const verdict = decide(rules, matching);
    for (const index of matching) {
      if (!changes[index] && decide(rules, matching, index) !== verdict) changes[index] = true;
    }
  });
  return { removalChanges: changes, matchSignatures: signatures.map((s) => s.join(",")) };
}
