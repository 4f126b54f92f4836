import type { Permission } from "@/api/types";
import { PrefixListLink } from "../../prefix-lists/labels";
import { GroupLink } from "../labels";

/** The rule's source (inbound) or destination (outbound), whatever kind it is. */
export function PeerCell({ regionId, rule }: { regionId: string; rule: Permission }) {
  const ingress = rule.Direction === "ingress";
  const cidr = ingress ? rule.SourceCidrIp || rule.Ipv6SourceCidrIp : rule.DestCidrIp || rule.Ipv6DestCidrIp;
  if (cidr) return <span className="mono">{cidr}</span>;
  const groupId = ingress ? rule.SourceGroupId : rule.DestGroupId;
  if (groupId)
    return <GroupLink regionId={regionId} id={groupId} name={ingress ? rule.SourceGroupName : rule.DestGroupName} />;
  const listId = ingress ? rule.SourcePrefixListId : rule.DestPrefixListId;
  const listName = ingress ? rule.SourcePrefixListName : rule.DestPrefixListName;
  return <PrefixListLink regionId={regionId} id={listId} name={listName} />;
}
