import type { Permission } from "@/api/types";
import { ANY_PORT } from "@/engine/validate";
import { type Problem, toProblem } from "../../../components/problem";
import { ecsError } from "../../../engine/errors/ecs-error";
import type { Direction, IpProtocol } from "../../../engine/types";
import {
  checkRuleDescription,
  hasPorts,
  parseCidr,
  parseCidrField,
  parseIpProtocol,
  parsePermission,
  parsePortRange,
  parsePriority,
  problemOf,
} from "../../../engine/validate";
import { prefixListFamilyProblem } from "../../prefix-lists/picker/rule-family";
import type { PrefixListChoice } from "../../prefix-lists/rule-weight";

/**
 * One rule as the editor holds it: strings as typed, plus the kind of peer (the source of an
 * inbound rule, the destination of an outbound one). Converted to `Permissions.N.*` on submit.
 */
export type PeerKind = "ipv4" | "ipv6" | "group" | "prefixList";
export type RuleField = "Policy" | "Priority" | "IpProtocol" | "PortRange" | "peer" | "Description";

export interface RuleForm {
  key: string;
  Policy: "accept" | "drop";
  Priority: string;
  IpProtocol: IpProtocol;
  PortRange: string;
  peerKind: PeerKind;
  peer: string;
  Description: string;
}

export type RuleProblems = Partial<Record<RuleField, Problem>>;

export const PROTOCOLS: readonly IpProtocol[] = ["TCP", "UDP", "ICMP", "ICMPv6", "GRE", "ALL"];

let formSeq = 0;

export function newRuleForm(overrides: Partial<Omit<RuleForm, "key">> = {}): RuleForm {
  formSeq += 1;
  return {
    key: `rule-${formSeq}`,
    Policy: "accept",
    Priority: "1",
    IpProtocol: "TCP",
    PortRange: "",
    peerKind: "ipv4",
    peer: "",
    Description: "",
    ...overrides,
  };
}

/** A row nobody typed into yet (quick add fills it instead of adding another). */
export function isBlank(form: RuleForm): boolean {
  return form.PortRange === "" && form.peer === "" && form.Description === "" && form.IpProtocol === "TCP";
}

/** "22" means 22/22 (a console convenience); protocols without ports always send -1/-1. */
export function normalisePortRange(protocol: IpProtocol, raw: string): string {
  if (!hasPorts(protocol)) return ANY_PORT;
  const text = raw.trim();
  return /^\d{1,5}$/.test(text) ? `${text}/${text}` : text;
}

/** The wire name of the peer field for a direction and kind. */
export function peerParameter(direction: Direction, kind: PeerKind): string {
  const side = direction === "ingress" ? "Source" : "Dest";
  switch (kind) {
    case "ipv4":
      return `${side}CidrIp`;
    case "ipv6":
      return `Ipv6${side}CidrIp`;
    case "group":
      return `${side}GroupId`;
    case "prefixList":
      return `${side}PrefixListId`;
  }
}

/** The rule's fields as the API names them (`Permissions.N.*`, or the flat Modify* fields). */
export function toPermissionFields(direction: Direction, form: RuleForm): Record<string, string> {
  return {
    Policy: form.Policy,
    Priority: form.Priority.trim(),
    IpProtocol: form.IpProtocol,
    PortRange: normalisePortRange(form.IpProtocol, form.PortRange),
    [peerParameter(direction, form.peerKind)]: form.peer.trim(),
    Description: form.Description,
  };
}

/** A stored rule back into the editor (edit in place). */
export function fromPermission(rule: Permission): RuleForm {
  const ingress = rule.Direction === "ingress";
  const v4 = ingress ? rule.SourceCidrIp : rule.DestCidrIp;
  const v6 = ingress ? rule.Ipv6SourceCidrIp : rule.Ipv6DestCidrIp;
  const group = ingress ? rule.SourceGroupId : rule.DestGroupId;
  const list = ingress ? rule.SourcePrefixListId : rule.DestPrefixListId;
  const [peerKind, peer]: [PeerKind, string] = v4
    ? ["ipv4", v4]
    : v6
      ? ["ipv6", v6]
      : group
        ? ["group", group]
        : ["prefixList", list];
  return {
    key: rule.SecurityGroupRuleId,
    Policy: rule.Policy === "Drop" ? "drop" : "accept",
    Priority: String(rule.Priority),
    IpProtocol: rule.IpProtocol,
    PortRange: rule.PortRange,
    peerKind,
    peer,
    Description: rule.Description,
  };
}

/** Which editor field a request parameter belongs to (`Permissions.2.SourceCidrIp` -> peer). */
export function fieldOfParameter(parameter: string | undefined): RuleField | undefined {
  if (parameter === undefined) return undefined;
  const name = parameter.replace(/^Permissions\.\d+\./, "");
  if (name === "Policy" || name === "Priority" || name === "IpProtocol" || name === "PortRange") return name;
  if (name === "Description") return name;
  if (/^(Ipv6)?(Source|Dest)(CidrIp|GroupId|GroupOwnerAccount|PrefixListId)$/.test(name)) return "peer";
  return undefined;
}

/** The 0-based row a `Permissions.N.*` parameter names. */
export function rowOfParameter(parameter: string | undefined): number | undefined {
  const match = /^Permissions\.(\d+)\./.exec(parameter ?? "");
  return match ? Number(match[1]) - 1 : undefined;
}

/**
 * Validates a rule with the engine's own validators, field by field (so several fields can
 * show their error at once), then as a whole for what crosses fields (address family vs ICMP).
 * `prefixLists`: the region's lists, for the family check of a prefix-list peer.
 */
export function validateRule(
  direction: Direction,
  form: RuleForm,
  ownGroupId: string,
  prefixLists?: readonly PrefixListChoice[],
): RuleProblems {
  const problems: RuleProblems = {};
  const note = (field: RuleField, error: unknown) => {
    if (error && !problems[field]) problems[field] = toProblem(error);
  };
  note(
    "IpProtocol",
    problemOf(() => parseIpProtocol(form.IpProtocol)),
  );
  note(
    "PortRange",
    problemOf(() => parsePortRange(form.IpProtocol, normalisePortRange(form.IpProtocol, form.PortRange))),
  );
  note(
    "Priority",
    problemOf(() => parsePriority(form.Priority)),
  );
  note(
    "Description",
    problemOf(() => checkRuleDescription(form.Description)),
  );

  const peer = form.peer.trim();
  const ingress = direction === "ingress";
  const parameter = peerParameter(direction, form.peerKind);
  if (peer === "") {
    note(
      "peer",
      ecsError(ingress ? "MissingParameter.Source" : "MissingParameter.Dest", { args: ["the rule"], field: parameter }),
    );
  } else if (form.peerKind === "ipv4" || form.peerKind === "ipv6") {
    const family = form.peerKind === "ipv4" ? "IPv4" : "IPv6";
    const code = ingress ? "InvalidSourceCidrIp.Malformed" : "InvalidDestCidrIp.Malformed";
    note(
      "peer",
      problemOf(() => parseCidrField(peer, family, parameter, code)),
    );
  } else if (form.peerKind === "group" && peer === ownGroupId) {
    note("peer", ecsError(ingress ? "InvalidParamter.Conflict" : "InvalidSecurityGroup.IsSame", { field: parameter }));
  } else if (form.peerKind === "prefixList") {
    note("peer", prefixListFamilyProblem(form.IpProtocol, peer, prefixLists, parameter));
  }

  if (Object.keys(problems).length === 0) {
    const whole = problemOf(() => parsePermission(direction, toPermissionFields(direction, form)));
    if (whole) problems[fieldOfParameter(whole.field) ?? "IpProtocol"] = toProblem(whole);
  }
  return problems;
}

export interface Exposure {
  what: "ssh" | "rdp" | "all";
  cidr: string;
}

/**
 * RULE-7's least-privilege warning: an inbound allow rule that opens SSH (22), RDP (3389) or
 * everything to 0.0.0.0/0 or ::/0. A warning only: the rule is valid.
 */
export function exposureOf(direction: Direction, form: RuleForm): Exposure[] {
  if (direction !== "ingress" || form.Policy !== "accept") return [];
  if (form.peerKind !== "ipv4" && form.peerKind !== "ipv6") return [];
  const parsed = parseCidr(form.peer);
  if (parsed?.prefixLength !== 0) return [];
  if (form.IpProtocol === "ALL") return [{ what: "all", cidr: parsed.cidr }];
  if (!hasPorts(form.IpProtocol)) return [];
  const match = /^(\d+)\/(\d+)$/.exec(normalisePortRange(form.IpProtocol, form.PortRange));
  if (!match) return [];
  const from = Number(match[1]);
  const to = Number(match[2]);
  const exposures: Exposure[] = [];
  if (from <= 22 && 22 <= to) exposures.push({ what: "ssh", cidr: parsed.cidr });
  if (from <= 3389 && 3389 <= to) exposures.push({ what: "rdp", cidr: parsed.cidr });
  return exposures;
}
