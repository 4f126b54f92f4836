import { Link } from "react-router";
import type { SecurityGroup } from "@/api/types";
import { pb } from "../../paths";

/** A group named in a trace: its name, linking to the rules tab of the judged direction. */
export function GroupRef({
  regionId,
  groupId,
  direction,
  groups,
}: {
  regionId: string;
  groupId: string;
  direction: "ingress" | "egress";
  groups: readonly SecurityGroup[];
}) {
  const name = groups.find((group) => group.SecurityGroupId === groupId)?.SecurityGroupName || groupId;
  return (
    <Link
      to={pb.securityGroup({ regionId, securityGroupId: groupId }, direction === "ingress" ? "inbound" : "outbound")}
      title={groupId}
    >
      {name}
    </Link>
  );
}
