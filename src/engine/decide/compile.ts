import type { AddressFamily, Direction, RuleRecord } from "../types";
import { ANY_PORT } from "../validate/limits";
import { type AddressRange, cidrRange, isPublicAddress, parseIpv6 } from "./addresses";
import {
  DEFAULT_ALLOW_EXPLANATION,
  explainDefaultDeny,
  explainInnerPolicy,
  explainRule,
  PLATFORM_RESTRICTION_EXPLANATION,
} from "./explain";
import { EVERYTHING, type Span } from "./interval-index";
import { IPV4_KEYS, ipv6KeySpace, type KeySpace } from "./key-space";
import { compareRules, matchedRuleOf } from "./order";
import { PeerTest, type RuleSpec, RuleTable } from "./rule-table";
import type { CompiledEni, Decision, EniContext, MatchedRule, Packet, PacketProtocol } from "./types";

const PROTOCOLS: readonly PacketProtocol[] = ["TCP", "UDP", "ICMP", "ICMPv6", "GRE"];

/** What the evaluator needs per address family. */
interface FamilyTables {
  keys: KeySpace;
  /** Basic groups with inner policy Accept, in the ENI's order, with their members' keys (DEC-3). */
  acceptGroups: ReadonlyArray<{ id: string; members: ReadonlySet<number> }>;
  tables: Readonly<Record<Direction, Readonly<Record<PacketProtocol, RuleTable>>>>;
}

/**
 * Compiles an ENI once to judge many packets fast: rules pre-sorted in evaluation order,
 * bucketed by direction, family and protocol, indexed by destination port, with addresses,
 * CIDRs, group members and prefix lists as numbers. Same verdicts and traces as decideReference.
 */
export function compileEni(context: EniContext): CompiledEni {
  const ordered = context.groups.flatMap((group) => group.rules).sort(compareRules);
  const families: Record<AddressFamily, FamilyTables> = {
    IPv4: compileFamily(context, ordered, "IPv4", IPV4_KEYS),
    IPv6: compileFamily(context, ordered, "IPv6", ipv6Keys(context, ordered)),
  };
  const outboundDefaultAllow = !context.groups.some((group) => group.SecurityGroupType === "enterprise");

  return {
    decide(packet: Packet): Decision {
      const family = families[packet.family];
      const egress = packet.direction === "egress";
      const peer = family.keys.key(egress ? packet.dstAddress : packet.srcAddress);

      const matchedRules: MatchedRule[] = [];
      let first = -1;
      let dropBeatsAccept = false;
      const table = family.tables[packet.direction][packet.protocol];
      if (peer !== undefined) {
        const local = family.keys.key(egress ? packet.srcAddress : packet.dstAddress) ?? Number.NEGATIVE_INFINITY;
        const srcPort = packet.srcPort ?? Number.NEGATIVE_INFINITY;
        const byPort = table.byPort(packet.dstPort);
        const byPeer = table.byPeer(peer);
        for (let word = 0; word < byPort.length; word++) {
          let bits = (byPort[word] as number) & (byPeer[word] as number);
          while (bits !== 0) {
            // Lowest set bit first: positions ascend, so evaluation order is kept.
            const lowest = bits & -bits;
            bits ^= lowest;
            const i = (word << 5) + 31 - Math.clz32(lowest);
            if (!table.matches(i, peer, local, srcPort)) continue;
            matchedRules.push(table.matched[i] as MatchedRule);
            if (first < 0) first = i;
            else if (table.drop[first] === 1 && table.drop[i] === 0 && table.priority[i] === table.priority[first]) {
              dropBeatsAccept = true;
            }
          }
        }
      }

      if (egress && packet.protocol === "TCP" && packet.dstPort === 25 && isPublicAddress(packet.dstAddress)) {
        return {
          verdict: "Blocked",
          reason: "PlatformRestriction",
          matchedRules,
          explanation: PLATFORM_RESTRICTION_EXPLANATION,
        };
      }
      if (peer !== undefined) {
        for (const group of family.acceptGroups) {
          if (!group.members.has(peer)) continue;
          return {
            verdict: "Allowed",
            reason: "InnerAccessPolicy",
            securityGroupId: group.id,
            matchedRules,
            explanation: explainInnerPolicy(group.id),
          };
        }
      }
      if (first >= 0) {
        const decidingRule = table.matched[first] as MatchedRule;
        return {
          verdict: table.drop[first] === 1 ? "Blocked" : "Allowed",
          reason: "Rule",
          securityGroupId: decidingRule.SecurityGroupId,
          decidingRule: { ...decidingRule },
          matchedRules,
          explanation: explainRule(decidingRule, matchedRules.length, dropBeatsAccept),
        };
      }
      if (egress && outboundDefaultAllow) {
        return { verdict: "Allowed", reason: "DefaultAllow", matchedRules, explanation: DEFAULT_ALLOW_EXPLANATION };
      }
      return {
        verdict: "Blocked",
        reason: "DefaultDeny",
        matchedRules,
        explanation: explainDefaultDeny(packet.direction),
      };
    },
  };
}

/** The authorisation object (peer) and the narrowing CIDR (the ENI's own side) of a rule. */
function sidesOf(rule: RuleRecord) {
  const ingress = rule.Direction === "ingress";
  return {
    peerCidr: ingress ? (rule.SourceCidrIp ?? rule.Ipv6SourceCidrIp) : (rule.DestCidrIp ?? rule.Ipv6DestCidrIp),
    peerGroup: ingress ? rule.SourceGroupId : rule.DestGroupId,
    peerList: ingress ? rule.SourcePrefixListId : rule.DestPrefixListId,
    narrowCidr: ingress ? (rule.DestCidrIp ?? rule.Ipv6DestCidrIp) : (rule.SourceCidrIp ?? rule.Ipv6SourceCidrIp),
  };
}

/** The IPv6 key space over every IPv6 block and member address the ENI's rules can mention. */
function ipv6Keys(context: EniContext, rules: readonly RuleRecord[]): KeySpace {
  const ranges: AddressRange[] = [];
  const addRange = (cidr: string | undefined) => {
    const range = cidr === undefined ? undefined : cidrRange(cidr);
    if (range?.family === "IPv6") ranges.push(range);
  };
  for (const rule of rules) {
    const { peerCidr, narrowCidr } = sidesOf(rule);
    addRange(peerCidr);
    addRange(narrowCidr);
  }
  for (const entries of Object.values(context.prefixLists)) entries.forEach(addRange);
  const addresses = Object.values(context.groupMembers)
    .flat()
    .map((ip) => parseIpv6(ip))
    .filter((value) => value !== undefined);
  return ipv6KeySpace(ranges, addresses);
}

function compileFamily(
  context: EniContext,
  ordered: readonly RuleRecord[],
  family: AddressFamily,
  keys: KeySpace,
): FamilyTables {
  const memberCache = new Map<string, ReadonlySet<number>>();
  const membersOf = (groupId: string): ReadonlySet<number> => {
    let members = memberCache.get(groupId);
    if (!members) {
      members = new Set(
        (context.groupMembers[groupId] ?? []).map((ip) => keys.key(ip)).filter((key) => key !== undefined),
      );
      memberCache.set(groupId, members);
    }
    return members;
  };
  const specs = new Map<RuleRecord, RuleSpec | undefined>();
  for (const rule of ordered) specs.set(rule, ruleSpec(context, rule, family, keys, membersOf));

  const tablesFor = (direction: Direction) =>
    Object.fromEntries(
      PROTOCOLS.map((protocol) => {
        const members = ordered
          .filter((rule) => rule.Direction === direction && (rule.IpProtocol === "ALL" || rule.IpProtocol === protocol))
          .map((rule) => specs.get(rule))
          .filter((spec) => spec !== undefined);
        return [protocol, new RuleTable(members)];
      }),
    ) as Record<PacketProtocol, RuleTable>;

  return {
    keys,
    acceptGroups: context.groups
      .filter((group) => group.SecurityGroupType === "normal" && group.InnerAccessPolicy === "Accept")
      .map((group) => ({ id: group.SecurityGroupId, members: membersOf(group.SecurityGroupId) })),
    tables: { ingress: tablesFor("ingress"), egress: tablesFor("egress") },
  };
}

/** A rule for one family, or undefined when it can never match a packet of that family. */
function ruleSpec(
  context: EniContext,
  rule: RuleRecord,
  family: AddressFamily,
  keys: KeySpace,
  membersOf: (groupId: string) => ReadonlySet<number>,
): RuleSpec | undefined {
  const { peerCidr, peerGroup, peerList, narrowCidr } = sidesOf(rule);
  const ports = portSpan(rule.PortRange);
  const sourcePorts = rule.SourcePortRange === undefined ? EVERYTHING : portSpan(rule.SourcePortRange);
  const narrow = narrowCidr === undefined ? undefined : cidrRange(narrowCidr);
  if (!ports || !sourcePorts || (narrowCidr !== undefined && narrow?.family !== family)) return undefined;
  const [localLo, localHi] = narrow ? keys.range(narrow) : [EVERYTHING.from, EVERYTHING.to];

  const spec: RuleSpec = {
    matched: Object.freeze(matchedRuleOf(rule)),
    drop: rule.Policy === "Drop",
    priority: rule.Priority,
    ports,
    peerTest: PeerTest.Range,
    peerLo: EVERYTHING.from,
    peerHi: EVERYTHING.to,
    members: null,
    ranges: null,
    localLo,
    localHi,
    srcPortLo: sourcePorts.from,
    srcPortHi: sourcePorts.to,
  };
  if (peerCidr !== undefined) {
    const range = cidrRange(peerCidr);
    if (range?.family !== family) return undefined;
    [spec.peerLo, spec.peerHi] = keys.range(range);
  } else if (peerGroup !== undefined) {
    spec.peerTest = PeerTest.Members;
    spec.members = membersOf(peerGroup);
  } else if (peerList !== undefined) {
    spec.peerTest = PeerTest.Ranges;
    spec.ranges = Float64Array.from(
      (context.prefixLists[peerList] ?? [])
        .map(cidrRange)
        .filter((range) => range?.family === family)
        .flatMap((range) => (range ? keys.range(range) : [])),
    );
  } else {
    return undefined;
  }
  return spec;
}

/** `a/b` as a span, `-1/-1` as every port, anything else undefined (such a rule matches nothing). */
function portSpan(range: string): Span | undefined {
  if (range === ANY_PORT) return EVERYTHING;
  const match = /^(\d+)\/(\d+)$/.exec(range);
  if (!match) return undefined;
  return { from: Number(match[1]), to: Number(match[2]) };
}
