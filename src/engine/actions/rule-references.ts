import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { SecurityGroupRecord } from "../types";
import { MAX_PREFIX_LIST_ASSOCIATIONS } from "../validate/limits";
import { checkFamilies, type RuleDraft, sidesOf } from "../validate/rules";
import { associatedGroupIds } from "./prefix-list-store";

/**
 * The checks of one rule that need the workspace: the referenced group or prefix list exists,
 * lives in the same VPC or family, and enterprise groups keep their restrictions (SG-3).
 */
export async function checkRuleReferences(
  tx: Tx,
  group: SecurityGroupRecord,
  rule: RuleDraft,
  prefix: string,
  accountId: string,
): Promise<void> {
  const { peer } = sidesOf(rule.Direction);
  const ingress = rule.Direction === "ingress";
  if (rule.NicType === "internet" && group.VpcId !== "") {
    throw ecsError("InvalidNicType.Mismatch", { field: `${prefix}NicType` });
  }
  if (group.SecurityGroupType === "enterprise" && rule.Policy === "Drop") {
    throw ecsError("InvalidGroupParameter.OperationDenied", { field: `${prefix}Policy` });
  }

  const peerGroupId = rule[peer.group];
  if (peerGroupId) {
    const field = `${prefix}${peer.group}`;
    if (group.SecurityGroupType === "enterprise") {
      throw ecsError("InvalidGroupParameter.OperationDenied", { field });
    }
    if (peerGroupId === group.SecurityGroupId) {
      throw ecsError(ingress ? "InvalidParamter.Conflict" : "InvalidSecurityGroup.IsSame", { field });
    }
    const owner = rule[peer.owner];
    // Another account's group cannot be seen from this workspace: it is taken on trust.
    if (!owner || owner === accountId) {
      const other = await tx.objectStore("securityGroups").get(peerGroupId);
      if (!other || other.RegionId !== group.RegionId) {
        throw ecsError(ingress ? "InvalidSourceGroupId.NotFound" : "InvalidDestGroupId.NotFound", { field });
      }
      if (other.SecurityGroupType === "enterprise") {
        throw ecsError("InvalidGroupAuthParameter.OperationDenied", { field });
      }
      if (other.VpcId !== group.VpcId) {
        throw ecsError(ingress ? "InvalidSourceGroupId.Mismatch" : "InvalidDestGroupId.Mismatch", {
          args: [peerGroupId],
          field,
        });
      }
    }
  }

  const listId = rule[peer.prefixList];
  if (listId) {
    const field = `${prefix}${peer.prefixList}`;
    if (group.VpcId === "") throw ecsError("NotSupported.ClassicNetworkPrefixList", { field });
    const list = await tx.objectStore("prefixLists").get(listId);
    if (!list || list.RegionId !== group.RegionId) throw ecsError("InvalidPrefixListId.NotFound", { field });
    const associated = await associatedGroupIds(tx, listId);
    if (!associated.has(group.SecurityGroupId) && associated.size >= MAX_PREFIX_LIST_ASSOCIATIONS) {
      throw ecsError("LimitExceed.PrefixListAssociationResource", { field });
    }
    const narrowingFamily = rule.DestCidrIp || rule.SourceCidrIp ? "IPv4" : undefined;
    const narrowingV6 = rule.Ipv6DestCidrIp || rule.Ipv6SourceCidrIp ? "IPv6" : undefined;
    const narrowing = narrowingFamily ?? narrowingV6;
    if (narrowing && narrowing !== list.AddressFamily) {
      throw ecsError("InvalidParam.PrefixListAddressFamilyMismatch", { args: [listId], field });
    }
    if (
      (rule.IpProtocol === "ICMP" && list.AddressFamily === "IPv6") ||
      (rule.IpProtocol === "ICMPv6" && list.AddressFamily === "IPv4")
    ) {
      throw ecsError("InvalidParam.PrefixListAddressFamilyMismatch", { args: [listId], field });
    }
    checkFamilies(rule, prefix, list.AddressFamily);
  }
}

/**
 * RULE-4 for prefix lists: a rule may move to another list, but not to one of the other address
 * family (the same refusal as an IPv4 CIDR changed to an IPv6 one).
 */
export async function checkPrefixListFamilyKept(tx: Tx, current: RuleDraft, next: RuleDraft): Promise<void> {
  const { peer } = sidesOf(current.Direction);
  const before = current[peer.prefixList];
  const after = next[peer.prefixList];
  if (!before || !after || before === after) return;
  const [old, fresh] = await Promise.all([
    tx.objectStore("prefixLists").get(before),
    tx.objectStore("prefixLists").get(after),
  ]);
  if (old && fresh && old.AddressFamily !== fresh.AddressFamily) {
    throw ecsError("InvalidOperation.ModifySgRuleEntityType", { field: peer.prefixList });
  }
}
