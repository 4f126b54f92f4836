import ipaddr from "ipaddr.js";
import type { AddressFamily, RuleRecord } from "../types";
import { ANY_PORT } from "../validate/limits";
import { isPublicAddress } from "./addresses";
import {
  DEFAULT_ALLOW_EXPLANATION,
  explainDefaultDeny,
  explainInnerPolicy,
  explainRule,
  PLATFORM_RESTRICTION_EXPLANATION,
} from "./explain";
import { compareRules, matchedRuleOf } from "./order";
import type { Decision, EniContext, Packet } from "./types";

/**
 * The decision model written as SPEC section 4 reads (DEC-1..DEC-6), slow and plain: every call
 * parses every address again. It is the oracle the compiled evaluator is tested against.
 */
export function decideReference(context: EniContext, packet: Packet): Decision {
  const ingress = packet.direction === "ingress";
  const peer = parseAs(packet.family, ingress ? packet.srcAddress : packet.dstAddress);
  const local = parseAs(packet.family, ingress ? packet.dstAddress : packet.srcAddress);

  // DEC-1: the rules of this direction of every group on the ENI that match the packet.
  const matching = context.groups
    .flatMap((group) => group.rules)
    .filter((rule) => rule.Direction === packet.direction && ruleMatches(context, rule, packet, peer, local))
    .sort(compareRules);
  const matchedRules = matching.map(matchedRuleOf);

  // DEC-5: the platform blocks outbound TCP 25 to public addresses whatever the rules say.
  if (!ingress && packet.protocol === "TCP" && packet.dstPort === 25 && isPublicAddress(packet.dstAddress)) {
    return {
      verdict: "Blocked",
      reason: "PlatformRestriction",
      matchedRules,
      explanation: PLATFORM_RESTRICTION_EXPLANATION,
    };
  }

  // DEC-3: the peer is a member of a basic group of this ENI whose inner policy is Accept.
  const sharedGroup = context.groups.find(
    (group) =>
      group.SecurityGroupType === "normal" &&
      group.InnerAccessPolicy === "Accept" &&
      (context.groupMembers[group.SecurityGroupId] ?? []).some((member) => sameAddress(member, peer)),
  );
  if (sharedGroup) {
    return {
      verdict: "Allowed",
      reason: "InnerAccessPolicy",
      securityGroupId: sharedGroup.SecurityGroupId,
      matchedRules,
      explanation: explainInnerPolicy(sharedGroup.SecurityGroupId),
    };
  }

  // DEC-1: the lowest priority number wins; at equal priority a drop beats an accept.
  if (matching.length > 0) {
    const best = Math.min(...matching.map((rule) => rule.Priority));
    const atBest = matching.filter((rule) => rule.Priority === best);
    const hasDrop = atBest.some((rule) => rule.Policy === "Drop");
    const hasAccept = atBest.some((rule) => rule.Policy === "Accept");
    const winner = atBest.find((rule) => rule.Policy === (hasDrop ? "Drop" : "Accept")) as RuleRecord;
    const decidingRule = matchedRuleOf(winner);
    return {
      verdict: hasDrop ? "Blocked" : "Allowed",
      reason: "Rule",
      securityGroupId: winner.SecurityGroupId,
      decidingRule,
      matchedRules,
      explanation: explainRule(decidingRule, matching.length, hasDrop && hasAccept),
    };
  }

  // DEC-2: inbound denied; outbound allowed for basic groups, denied for enterprise groups.
  const enterprise = context.groups.some((group) => group.SecurityGroupType === "enterprise");
  if (!ingress && !enterprise) {
    return { verdict: "Allowed", reason: "DefaultAllow", matchedRules, explanation: DEFAULT_ALLOW_EXPLANATION };
  }
  return { verdict: "Blocked", reason: "DefaultDeny", matchedRules, explanation: explainDefaultDeny(packet.direction) };
}

type Address = ipaddr.IPv4 | ipaddr.IPv6;

const DECIMAL_OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const STRICT_IPV4 = new RegExp(`^${DECIMAL_OCTET}(\\.${DECIMAL_OCTET}){3}$`);

/** An IPv4 address in strict dotted-decimal form, or an IPv6 address; else undefined. */
function parseStrict(text: string): Address | undefined {
  if (STRICT_IPV4.test(text)) return ipaddr.IPv4.parse(text);
  return ipaddr.IPv6.isValid(text) ? ipaddr.IPv6.parse(text) : undefined;
}

/** An address of the packet's family, or undefined (then it matches nothing). */
function parseAs(family: AddressFamily, text: string): Address | undefined {
  const address = parseStrict(text);
  return address?.kind() === (family === "IPv4" ? "ipv4" : "ipv6") ? address : undefined;
}

function sameAddress(text: string, address: Address | undefined): boolean {
  const other = address && parseStrict(text);
  return (
    other !== undefined &&
    other.kind() === address?.kind() &&
    other.toNormalizedString() === address.toNormalizedString()
  );
}

function cidrContains(cidr: string, address: Address | undefined): boolean {
  if (!address) return false;
  const [network, length] = cidr.includes("/")
    ? ipaddr.parseCIDR(cidr)
    : [ipaddr.parse(cidr), ipaddr.parse(cidr).kind() === "ipv4" ? 32 : 128];
  if (network.kind() !== address.kind()) return false;
  return address.match(network, length);
}

/** `a/b` contains `port`; `-1/-1` (or no range) contains every port. */
function portRangeContains(range: string | undefined, port: number | undefined): boolean {
  if (range === undefined || range === ANY_PORT) return true;
  const [from, to] = range.split("/").map(Number);
  return port !== undefined && (from as number) <= port && port <= (to as number);
}

function ruleMatches(
  context: EniContext,
  rule: RuleRecord,
  packet: Packet,
  peer: Address | undefined,
  local: Address | undefined,
): boolean {
  if (rule.IpProtocol !== "ALL" && rule.IpProtocol !== packet.protocol) return false;
  if (!portRangeContains(rule.PortRange, packet.dstPort)) return false;
  if (!portRangeContains(rule.SourcePortRange, packet.srcPort)) return false;

  const ingress = rule.Direction === "ingress";
  // The authorisation object names the peer; the CIDR of the other side narrows the ENI's address.
  const peerCidr = ingress ? (rule.SourceCidrIp ?? rule.Ipv6SourceCidrIp) : (rule.DestCidrIp ?? rule.Ipv6DestCidrIp);
  const peerGroup = ingress ? rule.SourceGroupId : rule.DestGroupId;
  const peerList = ingress ? rule.SourcePrefixListId : rule.DestPrefixListId;
  const narrowCidr = ingress ? (rule.DestCidrIp ?? rule.Ipv6DestCidrIp) : (rule.SourceCidrIp ?? rule.Ipv6SourceCidrIp);

  if (narrowCidr !== undefined && !cidrContains(narrowCidr, local)) return false;
  if (peerCidr !== undefined) return cidrContains(peerCidr, peer);
  if (peerGroup !== undefined) {
    return (context.groupMembers[peerGroup] ?? []).some((member) => sameAddress(member, peer));
  }
  if (peerList !== undefined) {
    return (context.prefixLists[peerList] ?? []).some((entry) => cidrContains(entry, peer));
  }
  return false;
}
