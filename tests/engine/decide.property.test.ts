import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileEni, decideReference, type EniContext, type GroupContext, type Packet } from "../../src/engine/decide";
import type { Direction, IpProtocol, RuleRecord } from "../../src/engine/types";

/** Blocks whose edges (and the addresses just outside them) the generated packets aim at. */
const V4_BLOCKS = [
  "0.0.0.0/0",
  "10.0.0.0/8",
  "10.1.2.0/24",
  "192.168.1.0/28",
  "121.40.10.10/32",
  "203.0.113.0/25",
  "100.64.0.0/10",
];
const V6_BLOCKS = ["::/0", "2001:db8::/32", "2001:db8::/127", "fd00::/8", "2400:3200::1/128"];
const GROUP_IDS = ["sg-g0", "sg-g1", "sg-g2", "sg-g3"];
const LIST_IDS = ["pl-0", "pl-1"];

function v4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join(".");
}

function v6(value: bigint): string {
  const parts: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) parts.push(((value >> shift) & 0xffffn).toString(16));
  return parts.join(":");
}

function edgesV4(cidr: string): string[] {
  const [address, length] = cidr.split("/");
  const base = (address as string).split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(length));
  return [base - 1, base, base + size - 1, base + size].filter((n) => n >= 0 && n <= 0xffffffff).map(v4);
}

function edgesV6(cidr: string): string[] {
  const [address, length] = cidr.split("/");
  const halves = (address as string).split("::");
  const head = (halves[0] ?? "").split(":").filter(Boolean);
  const tail = (halves[1] ?? "").split(":").filter(Boolean);
  const groups = [...head, ...Array(8 - head.length - tail.length).fill("0"), ...tail];
  const base = groups.reduce((sum, part) => (sum << 16n) | BigInt(`0x${part}`), 0n);
  const size = 1n << BigInt(128 - Number(length));
  const max = (1n << 128n) - 1n;
  return [base - 1n, base, base + size - 1n, base + size].filter((n) => n >= 0n && n <= max).map(v6);
}

const V4_ADDRESSES = [...new Set(V4_BLOCKS.flatMap(edgesV4))];
const V6_ADDRESSES = [...new Set(V6_BLOCKS.flatMap(edgesV6))];

const v4Address = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...V4_ADDRESSES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffffffff }).map(v4) },
);
const v6Address = fc.constantFrom(...V6_ADDRESSES);
const anyCidr = fc.oneof(fc.constantFrom(...V4_BLOCKS), fc.constantFrom(...V6_BLOCKS));

const portSpan = fc.oneof(
  fc.constantFrom("1/1", "1/65535", "65535/65535", "22/22", "25/25", "80/8080", "443/443"),
  fc
    .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
    .map(([a, b]) => `${Math.min(a, b)}/${Math.max(a, b)}`),
);

const protocol = fc.constantFrom<IpProtocol>("TCP", "UDP", "ICMP", "ICMPv6", "GRE", "ALL");

type RuleShape = Omit<RuleRecord, "SecurityGroupRuleId" | "SecurityGroupId" | "Seq">;

const ruleShape: fc.Arbitrary<RuleShape> = fc
  .record({
    Direction: fc.constantFrom<Direction>("ingress", "egress"),
    IpProtocol: protocol,
    ports: portSpan,
    sourcePorts: fc.option(portSpan, { nil: undefined }),
    peer: fc.oneof(
      fc.constantFrom(...V4_BLOCKS).map((cidr) => ({ kind: "cidr" as const, value: cidr })),
      fc.constantFrom(...V6_BLOCKS).map((cidr) => ({ kind: "ipv6" as const, value: cidr })),
      fc.constantFrom(...GROUP_IDS).map((id) => ({ kind: "group" as const, value: id })),
      fc.constantFrom(...LIST_IDS).map((id) => ({ kind: "list" as const, value: id })),
    ),
    narrow: fc.option(anyCidr, { nil: undefined, freq: 3 }),
    Policy: fc.constantFrom("Accept" as const, "Drop" as const),
    Priority: fc.integer({ min: 1, max: 4 }),
  })
  .map((r) => {
    const withPorts = r.IpProtocol === "TCP" || r.IpProtocol === "UDP";
    const ingress = r.Direction === "ingress";
    const shape: RuleShape = {
      Direction: r.Direction,
      IpProtocol: r.IpProtocol,
      PortRange: withPorts ? r.ports : "-1/-1",
      Policy: r.Policy,
      Priority: r.Priority,
      NicType: "intranet",
      Description: "",
      CreateTime: "2026-03-01T00:00:00Z",
    };
    if (withPorts && r.sourcePorts) shape.SourcePortRange = r.sourcePorts;
    const peerField = {
      cidr: ingress ? "SourceCidrIp" : "DestCidrIp",
      ipv6: ingress ? "Ipv6SourceCidrIp" : "Ipv6DestCidrIp",
      group: ingress ? "SourceGroupId" : "DestGroupId",
      list: ingress ? "SourcePrefixListId" : "DestPrefixListId",
    } as const;
    shape[peerField[r.peer.kind]] = r.peer.value;
    if (r.narrow) {
      const v6narrow = r.narrow.includes(":");
      if (ingress) shape[v6narrow ? "Ipv6DestCidrIp" : "DestCidrIp"] = r.narrow;
      else shape[v6narrow ? "Ipv6SourceCidrIp" : "SourceCidrIp"] = r.narrow;
    }
    return shape;
  });

let seq = 0;
function materialise(groupId: string, shape: RuleShape): RuleRecord {
  seq++;
  return { ...shape, SecurityGroupId: groupId, SecurityGroupRuleId: `sgr-${seq}`, Seq: seq };
}

/** ENIs of 1-3 groups with `rulesPerGroup` rules each. */
const eniContextOf = (rulesPerGroup: { minLength: number; maxLength: number }): fc.Arbitrary<EniContext> =>
  fc
    .record({
      groupIds: fc.shuffledSubarray(GROUP_IDS, { minLength: 1, maxLength: 3 }),
      rules: fc.array(fc.array(ruleShape, rulesPerGroup), { minLength: 3, maxLength: 3 }),
      enterprise: fc.boolean(),
      inner: fc.array(fc.constantFrom("Accept" as const, "Drop" as const), { minLength: 3, maxLength: 3 }),
      members: fc.array(fc.subarray([...V4_ADDRESSES, ...V6_ADDRESSES], { maxLength: 6 }), {
        minLength: GROUP_IDS.length,
        maxLength: GROUP_IDS.length,
      }),
      lists: fc.array(fc.array(anyCidr, { maxLength: 3 }), { minLength: LIST_IDS.length, maxLength: LIST_IDS.length }),
    })
    .map(({ groupIds, rules, enterprise, inner, members, lists }) => ({
      privateIpAddresses: [],
      groups: groupIds.map(
        (id, index): GroupContext => ({
          SecurityGroupId: id,
          SecurityGroupType: enterprise ? "enterprise" : "normal",
          InnerAccessPolicy: inner[index] ?? "Accept",
          rules: (rules[index] ?? []).map((shape) => materialise(id, shape)),
        }),
      ),
      groupMembers: Object.fromEntries(GROUP_IDS.map((id, index) => [id, members[index] ?? []])),
      prefixLists: Object.fromEntries(LIST_IDS.map((id, index) => [id, lists[index] ?? []])),
    }));

const eniContext = eniContextOf({ minLength: 0, maxLength: 8 });

const port = fc.oneof(
  fc.constantFrom(1, 22, 25, 80, 443, 8080, 65535),
  fc.integer({ min: 1, max: 65535 }),
  fc.constant(undefined),
);

const packet: fc.Arbitrary<Packet> = fc.oneof(
  fc.record({
    direction: fc.constantFrom<Direction>("ingress", "egress"),
    family: fc.constant("IPv4" as const),
    protocol: fc.constantFrom("TCP" as const, "UDP" as const, "ICMP" as const, "GRE" as const),
    srcAddress: v4Address,
    dstAddress: v4Address,
    dstPort: port,
    srcPort: port,
  }),
  fc.record({
    direction: fc.constantFrom<Direction>("ingress", "egress"),
    family: fc.constant("IPv6" as const),
    protocol: fc.constantFrom("TCP" as const, "UDP" as const, "ICMPv6" as const),
    srcAddress: v6Address,
    dstAddress: v6Address,
    dstPort: port,
    srcPort: port,
  }),
);

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: keys[index % Math.max(1, keys.length)] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}

describe("DEC-1..DEC-6 properties of the decision model", () => {
  it("DEC-1 DEC-6 the compiled evaluator gives the reference's verdict and trace on random rules and packets", () => {
    fc.assert(
      fc.property(eniContext, fc.array(packet, { minLength: 1, maxLength: 25 }), (context, packets) => {
        const compiled = compileEni(context);
        for (const p of packets) expect(compiled.decide(p)).toEqual(decideReference(context, p));
      }),
      { numRuns: 400 },
    );
  });

  it("DEC-1 DEC-6 the compiled evaluator agrees with the reference on large rule sets (multi-word rule bitsets)", () => {
    fc.assert(
      fc.property(
        eniContextOf({ minLength: 60, maxLength: 100 }),
        fc.array(packet, { minLength: 20, maxLength: 40 }),
        (context, packets) => {
          const compiled = compileEni(context);
          for (const p of packets) expect(compiled.decide(p)).toEqual(decideReference(context, p));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("DEC-1 the verdict does not depend on the order of rules within a group or of groups on an ENI", () => {
    fc.assert(
      fc.property(
        eniContext,
        fc.array(fc.integer(), { minLength: 1, maxLength: 30 }),
        fc.array(packet, { minLength: 1, maxLength: 10 }),
        (context, keys, packets) => {
          const reordered: EniContext = {
            ...context,
            groups: shuffled(
              context.groups.map((g) => ({ ...g, rules: shuffled(g.rules, keys) })),
              keys.slice().reverse(),
            ),
          };
          const original = compileEni(context);
          const permuted = compileEni(reordered);
          for (const p of packets) {
            const before = original.decide(p);
            const after = permuted.decide(p);
            expect(after.verdict).toBe(before.verdict);
            expect(after.reason).toBe(before.reason);
            expect(after.decidingRule).toEqual(before.decidingRule);
            expect(after.matchedRules).toEqual(before.matchedRules);
            expect(decideReference(reordered, p).verdict).toBe(before.verdict);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("DEC-1 adding a drop rule never turns Blocked into Allowed", () => {
    fc.assert(
      fc.property(
        eniContext,
        ruleShape,
        fc.nat(),
        fc.array(packet, { minLength: 1, maxLength: 10 }),
        (context, shape, groupIndex, packets) => {
          const target = context.groups[groupIndex % context.groups.length] as GroupContext;
          const drop = materialise(target.SecurityGroupId, { ...shape, Policy: "Drop" });
          const withDrop: EniContext = {
            ...context,
            groups: context.groups.map((g) => (g === target ? { ...g, rules: [...g.rules, drop] } : g)),
          };
          const before = compileEni(context);
          const after = compileEni(withDrop);
          for (const p of packets) {
            if (before.decide(p).verdict === "Blocked") expect(after.decide(p).verdict).toBe("Blocked");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
