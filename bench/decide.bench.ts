/**
 * Decision-model throughput (SPEC DEC-1..DEC-6): one ENI with 10 groups and 1,000 rules of a
 * realistic mix (fixed seed), judged by the compiled evaluator and by the reference evaluator.
 * Prints `decide_compiled_per_s: N` and `decide_reference_per_s: N`, each the median of 5 runs.
 * Run: npx tsx bench/decide.bench.ts
 */
import { compileEni, decideReference, type EniContext, type GroupContext, type Packet } from "../src/engine/decide";
import type { Direction, IpProtocol, RuleRecord } from "../src/engine/types";

const GROUPS = 10;
const RULES_PER_GROUP = 100;
const PACKETS = 4096;
const RUNS = 5;
const COMPILED_RUN_MS = 300;
const REFERENCE_RUN_MS = 300;

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260301);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;
function weighted<T>(choices: ReadonlyArray<readonly [number, T]>): T {
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [weight, value] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (choices.at(-1) as readonly [number, T])[1];
}

const v4 = (n: number) => [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join(".");
const COMMON_PORTS = [22, 80, 443, 3306, 3389, 5432, 6379, 8080, 8443, 9200, 27017, 53, 123, 25, 465];
const PUBLIC_BLOCKS = [0x79280000, 0x2f600000, 0x8b2c0000, 0x2d210000, 0x6a0b0000]; // 121.40/16, 47.96/16 ...
const groupIds = Array.from({ length: GROUPS }, (_, i) => `sg-bench${String(i).padStart(15, "0")}`);
const listIds = ["pl-bench-office", "pl-bench-partners", "pl-bench-cdn"];

function randomCidr(): string {
  return weighted<() => string>([
    [30, () => `${v4(pick(PUBLIC_BLOCKS) + int(0, 65535))}/32`],
    [30, () => `10.${int(0, 255)}.${int(0, 255)}.0/24`],
    [15, () => `${v4(pick(PUBLIC_BLOCKS) + int(0, 255) * 256)}/24`],
    [10, () => `172.${int(16, 31)}.0.0/16`],
    [10, () => "0.0.0.0/0"],
    [5, () => "100.64.0.0/10"],
  ])();
}

let seq = 0;
function randomRule(groupId: string): RuleRecord {
  seq++;
  const direction: Direction = chance(0.75) ? "ingress" : "egress";
  const ipv6 = chance(0.05);
  const protocol: IpProtocol = ipv6
    ? pick(["TCP", "UDP", "ICMPv6"] as const)
    : weighted<IpProtocol>([
        [60, "TCP"],
        [15, "UDP"],
        [8, "ICMP"],
        [10, "ALL"],
        [2, "GRE"],
      ]);
  const withPorts = protocol === "TCP" || protocol === "UDP";
  const portRange = withPorts
    ? weighted<() => string>([
        [60, () => `${pick(COMMON_PORTS)}/${pick(COMMON_PORTS)}`.replace(/^(\d+)\/\d+$/, "$1/$1")],
        [20, () => `${int(1024, 65535)}/`.replace(/(\d+)\/$/, "$1/$1")],
        [17, () => pick(["8000/8999", "30000/32767", "1024/65535", "9000/9100"])],
        [3, () => "1/65535"],
      ])()
    : "-1/-1";
  const rule: RuleRecord = {
    SecurityGroupRuleId: `sgr-bench${String(seq).padStart(15, "0")}`,
    SecurityGroupId: groupId,
    Direction: direction,
    IpProtocol: protocol,
    PortRange: portRange,
    Policy: chance(0.2) ? "Drop" : "Accept",
    Priority: chance(0.6) ? pick([1, 10, 50, 100]) : int(1, 100),
    NicType: "intranet",
    Description: "",
    CreateTime: "2026-03-01T00:00:00Z",
    Seq: seq,
  };
  const ingress = direction === "ingress";
  const kind = ipv6
    ? "ipv6"
    : weighted([
        [88, "cidr"],
        [8, "group"],
        [4, "list"],
      ] as const);
  if (kind === "ipv6")
    rule[ingress ? "Ipv6SourceCidrIp" : "Ipv6DestCidrIp"] = `2400:${int(0, 0xffff).toString(16)}::/32`;
  else if (kind === "cidr") rule[ingress ? "SourceCidrIp" : "DestCidrIp"] = randomCidr();
  else if (kind === "group") rule[ingress ? "SourceGroupId" : "DestGroupId"] = pick(groupIds);
  else rule[ingress ? "SourcePrefixListId" : "DestPrefixListId"] = pick(listIds);
  if (withPorts && chance(0.03)) rule.SourcePortRange = "1024/65535";
  if (!ipv6 && chance(0.03)) rule[ingress ? "DestCidrIp" : "SourceCidrIp"] = "192.168.1.0/24";
  return rule;
}

const ENI_ADDRESS = "192.168.1.10";
const groups: GroupContext[] = groupIds.map((id, index) => ({
  SecurityGroupId: id,
  SecurityGroupType: "normal",
  InnerAccessPolicy: index % 3 === 0 ? "Accept" : "Drop",
  rules: Array.from({ length: RULES_PER_GROUP }, () => randomRule(id)),
}));
const groupMembers = Object.fromEntries(
  groupIds.map((id, index) => [id, Array.from({ length: 20 }, (_, m) => `192.168.${index + 2}.${m + 10}`)]),
);
const context: EniContext = {
  NetworkInterfaceId: "eni-bench",
  privateIpAddresses: [ENI_ADDRESS],
  groups,
  groupMembers: {
    ...groupMembers,
    [groupIds[0] as string]: [ENI_ADDRESS, ...(groupMembers[groupIds[0] as string] ?? [])],
  },
  prefixLists: Object.fromEntries(
    listIds.map((id) => [id, Array.from({ length: 10 }, () => `${v4(pick(PUBLIC_BLOCKS) + int(0, 255) * 256)}/24`)]),
  ),
};

/** An address inside a random rule's block, a random public one, or a group member. */
function peerAddress(): string {
  return weighted<() => string>([
    [50, () => v4(pick(PUBLIC_BLOCKS) + int(0, 65535))],
    [20, () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`],
    [15, () => v4(int(0x01000000, 0xdfffffff))],
    [15, () => `192.168.${int(2, GROUPS + 1)}.${int(10, 29)}`],
  ])();
}

function randomPacket(): Packet {
  const direction: Direction = chance(0.7) ? "ingress" : "egress";
  const ipv6 = chance(0.05);
  const peer = ipv6 ? `2400:${int(0, 0xffff).toString(16)}::${int(1, 0xffff).toString(16)}` : peerAddress();
  const local = ipv6 ? "2408:4000::10" : ENI_ADDRESS;
  const protocol = ipv6
    ? pick(["TCP", "UDP"] as const)
    : weighted([
        [70, "TCP"],
        [15, "UDP"],
        [10, "ICMP"],
        [5, "GRE"],
      ] as const);
  const withPorts = protocol === "TCP" || protocol === "UDP";
  return {
    direction,
    family: ipv6 ? "IPv6" : "IPv4",
    protocol,
    srcAddress: direction === "ingress" ? peer : local,
    dstAddress: direction === "ingress" ? local : peer,
    dstPort: withPorts ? (chance(0.6) ? pick(COMMON_PORTS) : int(1, 65535)) : undefined,
    srcPort: withPorts && chance(0.5) ? int(1024, 65535) : undefined,
  };
}

const packets = Array.from({ length: PACKETS }, randomPacket);

/** Decisions per second over one run of at least `minimumMs`. */
function measure(decide: (packet: Packet) => { verdict: string }, minimumMs: number): number {
  let count = 0;
  let allowed = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < packets.length; i++) {
      if (decide(packets[i] as Packet).verdict === "Allowed") allowed++;
      count++;
      if ((count & 63) === 0 && performance.now() - start >= minimumMs) break;
    }
    elapsed = performance.now() - start;
  } while (elapsed < minimumMs);
  // Keeps the decisions observable so the loop cannot be optimised away.
  if (allowed > count) throw new Error("impossible");
  return (count / elapsed) * 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const compiled = compileEni(context);
// The two evaluators must agree on the benchmark's own packets before any figure means something.
for (const packet of packets.slice(0, 512)) {
  if (JSON.stringify(compiled.decide(packet)) !== JSON.stringify(decideReference(context, packet))) {
    throw new Error(`evaluators disagree on ${JSON.stringify(packet)}`);
  }
}
const reference = (packet: Packet) => decideReference(context, packet);

measure(compiled.decide, 100); // warm-up
const compiledRuns = Array.from({ length: RUNS }, () => measure(compiled.decide, COMPILED_RUN_MS));
measure(reference, 100);
const referenceRuns = Array.from({ length: RUNS }, () => measure(reference, REFERENCE_RUN_MS));

console.log(`decide_compiled_per_s: ${Math.round(median(compiledRuns))}`);
console.log(`decide_reference_per_s: ${Math.round(median(referenceRuns))}`);
