/**
 * HC-1 performance: the health check of a group at its 200-rule limit with realistic overlaps
 * (common ports, nested address blocks, some drops, group references, prefix lists and a few
 * duplicates). Prints the median of 5 runs: `health_check_200_rules_ms: N ms`.
 * Run: npx tsx bench/health-check.bench.ts
 */
import { performance } from "node:perf_hooks";
import { findRedundantRules, type PrefixListEntries } from "../src/engine/health-check";
import type { IpProtocol, RuleRecord } from "../src/engine/types";

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const PORTS = ["22/22", "80/80", "443/443", "3306/3306", "6379/6379", "8080/8090", "3389/3389", "9000/9100", "1/1024"];
const V4 = [
  "0.0.0.0/0",
  "10.0.0.0/8",
  "10.1.0.0/16",
  "10.1.2.0/24",
  "192.168.0.0/16",
  "192.168.1.0/24",
  "121.40.10.10/32",
  "203.0.113.0/24",
  "198.51.100.64/26",
  "100.64.0.0/10",
];
const V6 = ["::/0", "2001:db8::/32", "2001:db8:10::/48"];
const singlePort = () => {
  const port = 1024 + Math.floor(random() * 9000);
  return `${port}/${port}`;
};
const LISTS = new Map<string, PrefixListEntries>([
  ["pl-office", { AddressFamily: "IPv4", Cidrs: ["121.40.10.10/32", "203.0.113.0/24", "198.51.100.64/26"] }],
  ["pl-partners", { AddressFamily: "IPv4", Cidrs: Array.from({ length: 40 }, (_, i) => `172.${16 + i}.0.0/16`) }],
]);

function makeGroup(): RuleRecord[] {
  const rules: RuleRecord[] = [];
  let groupRules = 0;
  for (let seq = 1; rules.length < 200; seq++) {
    const direction = random() < 0.75 ? "ingress" : "egress";
    const roll = random();
    const protocol: IpProtocol = roll < 0.65 ? "TCP" : roll < 0.85 ? "UDP" : roll < 0.96 ? "ICMP" : "ALL";
    const ports = protocol === "TCP" || protocol === "UDP";
    const rule: RuleRecord = {
      SecurityGroupRuleId: `sgr-bench${String(seq).padStart(15, "0")}`,
      SecurityGroupId: "sg-bench",
      Direction: direction,
      IpProtocol: protocol,
      PortRange: ports ? (random() < 0.3 ? singlePort() : pick(PORTS)) : "-1/-1",
      Policy: random() < 0.2 ? "Drop" : "Accept",
      Priority: pick([1, 1, 5, 10, 50, 100]),
      NicType: "intranet",
      Description: "",
      CreateTime: "2026-03-01T00:00:00Z",
      Seq: seq,
    };
    const peer = random();
    const ingress = direction === "ingress";
    if (peer < 0.07 && groupRules < 20) {
      groupRules++;
      rule[ingress ? "SourceGroupId" : "DestGroupId"] = pick(["sg-web", "sg-app", "sg-ops"]);
    } else if (peer < 0.12) {
      rule[ingress ? "SourcePrefixListId" : "DestPrefixListId"] = pick(["pl-office", "pl-partners"]);
    } else if (peer < 0.22 && protocol !== "ICMP") {
      rule[ingress ? "Ipv6SourceCidrIp" : "Ipv6DestCidrIp"] = pick(V6);
    } else {
      // Half the rules name their own hosts and subnets; the rest share well-known blocks.
      const own = random() < 0.7;
      const host = `${pick([10, 172, 192])}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`;
      rule[ingress ? "SourceCidrIp" : "DestCidrIp"] = own
        ? pick([`${host}.${Math.floor(random() * 256)}/32`, `${host}.0/24`])
        : pick(V4);
      if (random() < 0.15) rule[ingress ? "DestCidrIp" : "SourceCidrIp"] = pick(["192.168.1.0/24", "192.168.2.0/24"]);
    }
    if (ports && random() < 0.05) rule.SourcePortRange = "1024/65535";
    rules.push(rule);
    // Imports and hurried edits leave exact duplicates behind.
    if (random() < 0.04 && rules.length < 200) {
      rules.push({ ...rule, SecurityGroupRuleId: `sgr-dup${String(seq).padStart(17, "0")}`, Seq: seq + 10_000 });
    }
  }
  return rules;
}

const group = makeGroup();
const timings: number[] = [];
let findings = 0;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  findings = findRedundantRules(group, LISTS).length;
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const median = timings[2] ?? Number.NaN;
console.error(
  `(${group.length} rules, ${findings} redundant; runs: ${timings.map((t) => t.toFixed(1)).join(", ")} ms)`,
);
console.log(`health_check_200_rules_ms: ${median.toFixed(1)} ms`);
