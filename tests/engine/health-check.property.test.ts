import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRedundantRules, type PrefixListEntries } from "../../src/engine/health-check";
import type { IpProtocol, RuleRecord } from "../../src/engine/types";
import { judgeGrid } from "../helpers/first-match-oracle";

/** Small domains so the grid stays small, with boundaries that overlap in every way. */
const LISTS = new Map<string, PrefixListEntries>([
  ["pl-v4a", { AddressFamily: "IPv4", Cidrs: ["10.0.0.0/8", "192.168.1.0/24"] }],
  ["pl-v4b", { AddressFamily: "IPv4", Cidrs: ["10.0.0.0/24"] }],
  ["pl-v6", { AddressFamily: "IPv6", Cidrs: ["2001:db8::/32"] }],
]);
const ORACLE_LISTS = new Map([...LISTS].map(([id, list]) => [id, list.Cidrs]));

const PEERS = {
  IPv4: ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.0.0.1/32", "192.168.0.0/16"],
  IPv6: ["::/0", "2001:db8::/32", "2001:db8::1/128"],
} as const;
const NARROWS = { IPv4: ["172.16.0.0/12", "172.16.1.0/24"], IPv6: ["fd00::/8"] } as const;
const LISTS_BY_FAMILY = { IPv4: ["pl-v4a", "pl-v4b"], IPv6: ["pl-v6"] } as const;
const PORTS = ["20/22", "22/22", "21/25", "1/65535", "23/30"];

type Shape = Omit<RuleRecord, "SecurityGroupRuleId" | "SecurityGroupId" | "CreateTime" | "Seq">;

const ruleShape: fc.Arbitrary<Shape> = fc
  .record({
    family: fc.constantFrom("IPv4" as const, "IPv6" as const),
    direction: fc.constantFrom("ingress" as const, "ingress" as const, "egress" as const),
    nicType: fc.constantFrom("intranet" as const, "intranet" as const, "intranet" as const, "internet" as const),
    protocol: fc.constantFrom<IpProtocol | "ICMPx">("TCP", "TCP", "UDP", "ICMPx", "GRE", "ALL"),
    port: fc.constantFrom(...PORTS),
    sourcePort: fc.option(fc.constantFrom("1000/2000", "1/65535"), { nil: undefined }),
    peerKind: fc.constantFrom("cidr", "cidr", "cidr", "group", "list"),
    peerPick: fc.nat(10),
    narrowPick: fc.option(fc.nat(3), { nil: undefined }),
    policy: fc.constantFrom("Accept" as const, "Drop" as const),
    priority: fc.constantFrom(1, 2, 3),
  })
  .map((p): Shape => {
    const protocol: IpProtocol = p.protocol === "ICMPx" ? (p.family === "IPv4" ? "ICMP" : "ICMPv6") : p.protocol;
    const ports = protocol === "TCP" || protocol === "UDP";
    const v6 = p.family === "IPv6";
    const ingress = p.direction === "ingress";
    const rule: Shape = {
      Direction: p.direction,
      IpProtocol: protocol,
      PortRange: ports ? p.port : "-1/-1",
      Policy: p.policy,
      Priority: p.priority,
      NicType: p.nicType,
      Description: "",
    };
    if (ports && p.sourcePort) rule.SourcePortRange = p.sourcePort;
    const peerCidrField = ingress ? (v6 ? "Ipv6SourceCidrIp" : "SourceCidrIp") : v6 ? "Ipv6DestCidrIp" : "DestCidrIp";
    const narrowField = ingress ? (v6 ? "Ipv6DestCidrIp" : "DestCidrIp") : v6 ? "Ipv6SourceCidrIp" : "SourceCidrIp";
    if (p.peerKind === "cidr") {
      const options = PEERS[p.family];
      rule[peerCidrField] = options[p.peerPick % options.length];
    } else if (p.peerKind === "group") {
      rule[ingress ? "SourceGroupId" : "DestGroupId"] = p.peerPick % 2 === 0 ? "sg-a" : "sg-b";
    } else {
      const options = LISTS_BY_FAMILY[p.family];
      rule[ingress ? "SourcePrefixListId" : "DestPrefixListId"] = options[p.peerPick % options.length];
    }
    if (p.narrowPick !== undefined) {
      const options = NARROWS[p.family];
      rule[narrowField] = options[p.narrowPick % options.length];
    }
    return rule;
  });

/** A group's rules, some of them exact twins of earlier ones (as imports and seeds can make). */
const groupRules: fc.Arbitrary<RuleRecord[]> = fc
  .tuple(fc.array(ruleShape, { minLength: 1, maxLength: 7 }), fc.array(fc.nat(20), { maxLength: 2 }))
  .map(([shapes, twins]) => {
    const all = [...shapes, ...twins.map((pick) => shapes[pick % shapes.length] as Shape)];
    return all.map((shape, index) => ({
      ...shape,
      SecurityGroupRuleId: `sgr-p${index}`,
      SecurityGroupId: "sg-p",
      CreateTime: "2026-03-01T00:00:00Z",
      Seq: index + 1,
    }));
  });

/** Same packets, same policy, and later by (priority, creation): the twin HC-1 reports instead. */
function laterTwinIndex(rules: readonly RuleRecord[], signatures: readonly string[], index: number): number {
  const rule = rules[index] as RuleRecord;
  return rules.findIndex(
    (other, j) =>
      j !== index &&
      signatures[j] === signatures[index] &&
      other.Policy === rule.Policy &&
      (other.Priority > rule.Priority || (other.Priority === rule.Priority && other.Seq > rule.Seq)),
  );
}

const RUNS = { numRuns: Number(process.env.HC_PROPERTY_RUNS ?? 100) };
const SLOW = 600_000;

describe("HC-1 health check properties (first-match oracle on the rules' grid)", () => {
  it(
    "HC-1 every reported rule can be removed without changing any decision of the group",
    () => {
      fc.assert(
        fc.property(groupRules, (rules) => {
          const reported = new Set(findRedundantRules(rules, LISTS).map((f) => f.SecurityGroupRuleId));
          const { removalChanges } = judgeGrid(rules, ORACLE_LISTS);
          rules.forEach((rule, index) => {
            if (reported.has(rule.SecurityGroupRuleId))
              expect(removalChanges[index], rule.SecurityGroupRuleId).toBe(false);
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "HC-1 every rule not reported changes some decision when removed (unless a later identical twin is reported)",
    () => {
      fc.assert(
        fc.property(groupRules, (rules) => {
          const reported = new Set(findRedundantRules(rules, LISTS).map((f) => f.SecurityGroupRuleId));
          const { removalChanges, matchSignatures } = judgeGrid(rules, ORACLE_LISTS);
          rules.forEach((rule, index) => {
            if (reported.has(rule.SecurityGroupRuleId) || removalChanges[index]) return;
            const twin = laterTwinIndex(rules, matchSignatures, index);
            expect(twin, `${rule.SecurityGroupRuleId} is removable but not reported`).toBeGreaterThanOrEqual(0);
            expect(reported.has((rules[twin] as RuleRecord).SecurityGroupRuleId)).toBe(true);
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "HC-1 covering rules and kinds are consistent: Shadowed names a rule evaluated first, Duplicate a twin",
    () => {
      fc.assert(
        fc.property(groupRules, (rules) => {
          const byId = new Map(rules.map((rule) => [rule.SecurityGroupRuleId, rule]));
          const { matchSignatures } = judgeGrid(rules, ORACLE_LISTS);
          const index = new Map(rules.map((rule, i) => [rule.SecurityGroupRuleId, i]));
          for (const finding of findRedundantRules(rules, LISTS)) {
            const rule = byId.get(finding.SecurityGroupRuleId) as RuleRecord;
            expect(finding.CoveringRuleIds.length).toBeGreaterThan(0);
            const covering = finding.CoveringRuleIds.map((id) => byId.get(id) as RuleRecord);
            for (const other of covering) {
              expect(other.Direction).toBe(rule.Direction);
              // An opposite verdict may only come from a rule evaluated first (DEC-1).
              if (other.Policy !== rule.Policy) {
                const first =
                  other.Priority < rule.Priority || (other.Priority === rule.Priority && other.Policy === "Drop");
                expect(first).toBe(true);
              }
            }
            const opposite = covering.some((other) => other.Policy !== rule.Policy);
            if (finding.Kind === "Duplicate") {
              const twin = covering[0] as RuleRecord;
              expect(matchSignatures[index.get(twin.SecurityGroupRuleId) ?? -1]).toBe(
                matchSignatures[index.get(rule.SecurityGroupRuleId) ?? -1],
              );
              expect(twin.Policy).toBe(rule.Policy);
            } else {
              expect(finding.Kind).toBe(opposite ? "Shadowed" : "Covered");
            }
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "HC-1 identical twins: one is reported; after deleting it the re-check does not report the other",
    () => {
      fc.assert(
        fc.property(groupRules, fc.nat(), (base, pick) => {
          const original = base[pick % base.length] as RuleRecord;
          const twin: RuleRecord = { ...original, SecurityGroupRuleId: "sgr-twin", Seq: base.length + 100 };
          const withTwin = [...base, twin];
          const first = new Set(findRedundantRules(withTwin, LISTS).map((f) => f.SecurityGroupRuleId));
          expect(first.has("sgr-twin")).toBe(true);
          // The console deletes the reported twin and checks again: the original keeps the verdict
          // it had without its twin, which the oracle confirms.
          const recheck = new Set(findRedundantRules(base, LISTS).map((f) => f.SecurityGroupRuleId));
          expect(first.has(original.SecurityGroupRuleId)).toBe(recheck.has(original.SecurityGroupRuleId));
          const { removalChanges } = judgeGrid(base, ORACLE_LISTS);
          const originalIndex = base.indexOf(original);
          if (!recheck.has(original.SecurityGroupRuleId)) {
            // Unless it has another identical twin, deleting both would have changed a decision.
            const { matchSignatures } = judgeGrid(base, ORACLE_LISTS);
            if (laterTwinIndex(base, matchSignatures, originalIndex) < 0) {
              expect(removalChanges[originalIndex]).toBe(true);
            }
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );
});
