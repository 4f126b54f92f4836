import type { ErrorCode } from "../errors/catalogue";
import { ecsError } from "../errors/ecs-error";
import type { AddressFamily, Direction, IpProtocol, NicType, RulePolicy, RuleRecord } from "../types";
import { parseCidr } from "./cidr";
import { ANY_PORT, MAX_PRIORITY, MIN_PRIORITY } from "./limits";
import { checkDescription } from "./names";

/** A rule as the request describes it: a RuleRecord without id, group, time and order. */
export type RuleDraft = Omit<RuleRecord, "SecurityGroupRuleId" | "SecurityGroupId" | "CreateTime" | "Seq">;

/** Raw `Permissions.N.*` fields (or the flat fields of ModifySecurityGroupRule). */
export type PermissionFields = Readonly<Record<string, string | undefined>>;

const PROTOCOLS: Readonly<Record<string, IpProtocol>> = {
  tcp: "TCP",
  udp: "UDP",
  icmp: "ICMP",
  icmpv6: "ICMPv6",
  gre: "GRE",
  all: "ALL",
};

export function hasPorts(protocol: IpProtocol): boolean {
  return protocol === "TCP" || protocol === "UDP";
}

export function parseIpProtocol(raw: string | undefined, field = "IpProtocol"): IpProtocol {
  if (raw === undefined || raw === "") throw ecsError("InvalidIpProtocol.Malformed", { field });
  const protocol = PROTOCOLS[raw.toLowerCase()];
  if (!protocol) throw ecsError("InvalidIpProtocol.ValueNotSupported", { args: [field], field });
  return protocol;
}

const PORT_PAIR = /^(-?\d{1,5})\/(-?\d{1,5})$/;

/** `a/b` with 1 <= a <= b <= 65535 for TCP/UDP; `-1/-1` for the other protocols. */
export function parsePortRange(protocol: IpProtocol, raw: string | undefined, field = "PortRange"): string {
  const text = raw?.trim() ?? "";
  if (!hasPorts(protocol)) {
    if (text === "" || text === ANY_PORT) return ANY_PORT;
    if (!PORT_PAIR.test(text)) throw ecsError("InvalidParam.PortRange", { args: [field], field });
    throw ecsError("OperationDenied", { field });
  }
  if (text === "") throw ecsError("InvalidPortRange.Malformed", { field });
  if (text === ANY_PORT) throw ecsError("OperationDenied", { field });
  const match = PORT_PAIR.exec(text);
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  if (!match || from < 1 || to > 65535 || from > to) {
    throw ecsError("InvalidParam.PortRange", { args: [field], field });
  }
  return `${from}/${to}`;
}

/** Optional source port range (quintuple rules): same syntax as PortRange, TCP/UDP only. */
export function parseSourcePortRange(
  protocol: IpProtocol,
  raw: string | undefined,
  field = "SourcePortRange",
): string | undefined {
  const text = raw?.trim() ?? "";
  if (text === "" || text === ANY_PORT) return undefined;
  const match = PORT_PAIR.exec(text);
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  if (!hasPorts(protocol) || !match || from < 1 || to > 65535 || from > to) {
    throw ecsError("InvalidSourcePortRange.Malformed", { field });
  }
  return `${from}/${to}`;
}

export function parsePriority(raw: string | undefined, field = "Priority"): number {
  const text = raw?.trim() ?? "";
  if (text === "") return MIN_PRIORITY;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < MIN_PRIORITY || value > MAX_PRIORITY) {
    throw ecsError("InvalidPriority.Malformed", { field });
  }
  return value;
}

export function parsePolicy(raw: string | undefined, field = "Policy"): RulePolicy {
  const text = raw?.trim().toLowerCase() ?? "";
  if (text === "" || text === "accept") return "Accept";
  if (text === "drop") return "Drop";
  throw ecsError("InvalidPolicy.Malformed", { field });
}

export function parseNicType(raw: string | undefined, field = "NicType"): NicType {
  const text = raw?.trim().toLowerCase() ?? "";
  if (text === "" || text === "intranet") return "intranet";
  if (text === "internet") return "internet";
  throw ecsError("InvalidNicType.ValueNotSupported", { field });
}

/** A rule's description: up to 512 characters (none is fine), not starting with http:// or https://. */
export function checkRuleDescription(raw: string, field = "Description"): void {
  checkDescription(raw, "InvalidSecurityGroupDiscription.Malformed", { min: 0, max: 512, field });
}

/** A CIDR field of the right family, canonicalised; a bare address becomes /32 or /128. */
export function parseCidrField(raw: string, family: AddressFamily, field: string, code: ErrorCode): string {
  const parsed = parseCidr(raw);
  if (!parsed || parsed.family !== family) throw ecsError(code, { args: [field], field });
  return parsed.cidr;
}

interface Side {
  cidr: "SourceCidrIp" | "DestCidrIp";
  ipv6: "Ipv6SourceCidrIp" | "Ipv6DestCidrIp";
  group: "SourceGroupId" | "DestGroupId";
  owner: "SourceGroupOwnerAccount" | "DestGroupOwnerAccount";
  prefixList: "SourcePrefixListId" | "DestPrefixListId";
  malformed: ErrorCode;
  bothFamilies: ErrorCode;
}

const SOURCE: Side = {
  cidr: "SourceCidrIp",
  ipv6: "Ipv6SourceCidrIp",
  group: "SourceGroupId",
  owner: "SourceGroupOwnerAccount",
  prefixList: "SourcePrefixListId",
  malformed: "InvalidSourceCidrIp.Malformed",
  bothFamilies: "InvalidParam.SourceIp",
};

const DEST: Side = {
  cidr: "DestCidrIp",
  ipv6: "Ipv6DestCidrIp",
  group: "DestGroupId",
  owner: "DestGroupOwnerAccount",
  prefixList: "DestPrefixListId",
  malformed: "InvalidDestCidrIp.Malformed",
  bothFamilies: "InvalidParam.DestIp",
};

/** The side that names the rule's peer (its authorisation object) and the side that narrows. */
export function sidesOf(direction: Direction): { peer: Side; narrow: Side } {
  return direction === "ingress" ? { peer: SOURCE, narrow: DEST } : { peer: DEST, narrow: SOURCE };
}

function value(fields: PermissionFields, name: string): string | undefined {
  const raw = fields[name]?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
}

/** Reads both CIDR fields of one side; refuses IPv4 and IPv6 together. */
function readSideCidr(fields: PermissionFields, side: Side, prefix: string): { cidr?: string; ipv6?: string } {
  const v4 = value(fields, side.cidr);
  const v6 = value(fields, side.ipv6);
  if (v4 !== undefined && v6 !== undefined) {
    throw ecsError(side.bothFamilies, { field: `${prefix}${side.ipv6}` });
  }
  return {
    cidr: v4 === undefined ? undefined : parseCidrField(v4, "IPv4", `${prefix}${side.cidr}`, side.malformed),
    ipv6: v6 === undefined ? undefined : parseCidrField(v6, "IPv6", `${prefix}${side.ipv6}`, side.malformed),
  };
}

/**
 * Validates one permission and returns it in stored form. Checks that need the workspace
 * (groups, prefix lists, limits) are the engine's; everything a form can know is here.
 * `prefix` names fields in errors, e.g. `Permissions.2.`.
 */
export function parsePermission(direction: Direction, fields: PermissionFields, prefix = ""): RuleDraft {
  const { peer, narrow } = sidesOf(direction);
  const IpProtocol = parseIpProtocol(value(fields, "IpProtocol"), `${prefix}IpProtocol`);
  const PortRange = parsePortRange(IpProtocol, value(fields, "PortRange"), `${prefix}PortRange`);
  const SourcePortRange = parseSourcePortRange(
    IpProtocol,
    value(fields, "SourcePortRange"),
    `${prefix}SourcePortRange`,
  );
  const Policy = parsePolicy(value(fields, "Policy"), `${prefix}Policy`);
  const Priority = parsePriority(value(fields, "Priority"), `${prefix}Priority`);
  const NicType = parseNicType(value(fields, "NicType"), `${prefix}NicType`);
  const Description = fields.Description ?? "";
  checkRuleDescription(Description, `${prefix}Description`);

  const peerCidr = readSideCidr(fields, peer, prefix);
  const narrowCidr = readSideCidr(fields, narrow, prefix);

  // Precedence as the real API: a CIDR wins over a group, a group over a prefix list.
  const draft: RuleDraft = { Direction: direction, IpProtocol, PortRange, Policy, Priority, NicType, Description };
  if (SourcePortRange) draft.SourcePortRange = SourcePortRange;
  if (peerCidr.cidr) draft[peer.cidr] = peerCidr.cidr;
  else if (peerCidr.ipv6) draft[peer.ipv6] = peerCidr.ipv6;
  else if (value(fields, peer.group)) {
    draft[peer.group] = value(fields, peer.group);
    const owner = value(fields, peer.owner);
    if (owner) draft[peer.owner] = owner;
  } else if (value(fields, peer.prefixList)) draft[peer.prefixList] = value(fields, peer.prefixList);
  else {
    throw ecsError(direction === "ingress" ? "MissingParameter.Source" : "MissingParameter.Dest", {
      args: [prefix === "" ? "the request" : prefix.slice(0, -1)],
      field: `${prefix}${peer.cidr}`,
    });
  }
  if (narrowCidr.cidr) draft[narrow.cidr] = narrowCidr.cidr;
  else if (narrowCidr.ipv6) draft[narrow.ipv6] = narrowCidr.ipv6;

  checkFamilies(draft, prefix);
  return draft;
}

/** The address family a rule's addresses fix, if any (group peers fix none). */
export function ruleFamily(rule: Partial<RuleDraft>): AddressFamily | undefined {
  if (rule.SourceCidrIp || rule.DestCidrIp) return "IPv4";
  if (rule.Ipv6SourceCidrIp || rule.Ipv6DestCidrIp) return "IPv6";
  return undefined;
}

/** IPv4 and IPv6 cannot mix in one rule; ICMP is IPv4-only and ICMPv6 IPv6-only. */
export function checkFamilies(rule: RuleDraft, prefix = "", familyOverride?: AddressFamily): void {
  const hasV4 = Boolean(rule.SourceCidrIp || rule.DestCidrIp);
  const hasV6 = Boolean(rule.Ipv6SourceCidrIp || rule.Ipv6DestCidrIp);
  if (hasV4 && hasV6) throw ecsError("InvalidParameter.Conflict", { field: `${prefix}DestCidrIp` });
  const family = familyOverride ?? ruleFamily(rule);
  if (rule.IpProtocol === "ICMP" && family === "IPv6") {
    throw ecsError("InvalidParam.Ipv4ProtocolConflictWithIpv6Address", {
      args: ["ICMP"],
      field: `${prefix}IpProtocol`,
    });
  }
  if (rule.IpProtocol === "ICMPv6" && family === "IPv4") {
    throw ecsError("InvalidParam.Ipv6ProtocolConflictWithIpv4Address", {
      args: ["ICMPv6"],
      field: `${prefix}IpProtocol`,
    });
  }
}

/** Rule identity (RULE-3): two rules with the same key are the same rule. */
export function ruleIdentity(rule: RuleDraft): string {
  return [
    rule.Direction,
    rule.IpProtocol,
    rule.PortRange,
    rule.SourcePortRange ?? "",
    rule.SourceCidrIp ?? "",
    rule.Ipv6SourceCidrIp ?? "",
    rule.SourceGroupId ?? "",
    rule.SourceGroupOwnerAccount ?? "",
    rule.SourcePrefixListId ?? "",
    rule.DestCidrIp ?? "",
    rule.Ipv6DestCidrIp ?? "",
    rule.DestGroupId ?? "",
    rule.DestGroupOwnerAccount ?? "",
    rule.DestPrefixListId ?? "",
    rule.NicType,
    rule.Policy,
    String(rule.Priority),
  ].join("|");
}

/** The kind of authorisation object, which ModifySecurityGroupRule may not change (RULE-4). */
export function peerKind(rule: RuleDraft): "IPv4" | "IPv6" | "group" | "prefixList" {
  const { peer } = sidesOf(rule.Direction);
  if (rule[peer.cidr]) return "IPv4";
  if (rule[peer.ipv6]) return "IPv6";
  if (rule[peer.group]) return "group";
  return "prefixList";
}

/** The referenced group of a rule, if any. */
export function referencedGroupId(rule: RuleDraft): string | undefined {
  return rule.Direction === "ingress" ? rule.SourceGroupId : rule.DestGroupId;
}

export function referencedPrefixListId(rule: RuleDraft): string | undefined {
  return rule.Direction === "ingress" ? rule.SourcePrefixListId : rule.DestPrefixListId;
}
