import { type EcsError, ecsError } from "../../../engine/errors/ecs-error";
import type { AddressFamily, IpProtocol } from "../../../engine/types";
import type { PrefixListChoice } from "../rule-weight";

/** The lists a rule of this protocol may use: IPv4 for ICMP, IPv6 for ICMPv6, both otherwise. */
export function familyForProtocol(protocol: IpProtocol): AddressFamily | undefined {
  if (protocol === "ICMP") return "IPv4";
  if (protocol === "ICMPv6") return "IPv6";
  return undefined;
}

export function listsForProtocol(lists: readonly PrefixListChoice[], protocol: IpProtocol): PrefixListChoice[] {
  const family = familyForProtocol(protocol);
  return lists.filter((list) => family === undefined || list.AddressFamily === family);
}

/** RULE-4: a rule may move to another list of the same family only. */
export function sameFamilyLists(
  lists: readonly PrefixListChoice[] | undefined,
  listId: string,
): PrefixListChoice[] | undefined {
  const family = lists?.find((list) => list.PrefixListId === listId)?.AddressFamily;
  return family === undefined ? lists?.slice() : lists?.filter((list) => list.AddressFamily === family);
}

/**
 * The family check the engine makes for a prefix-list rule (checkRuleReferences), for the editor:
 * ICMP with an IPv6 list or ICMPv6 with an IPv4 list is InvalidParam.PrefixListAddressFamilyMismatch.
 */
export function prefixListFamilyProblem(
  protocol: IpProtocol,
  listId: string,
  lists: readonly PrefixListChoice[] | undefined,
  field: string,
): EcsError | undefined {
  const list = lists?.find((candidate) => candidate.PrefixListId === listId);
  const family = familyForProtocol(protocol);
  if (!list || family === undefined || list.AddressFamily === family) return undefined;
  return ecsError("InvalidParam.PrefixListAddressFamilyMismatch", { args: [listId], field });
}
