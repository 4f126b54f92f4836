import { useQuery } from "@tanstack/react-query";
import { useT } from "../../../i18n";
import { peerGroupOptionsQuery } from "../api";

/** Suggestions for a security-group peer: basic groups of the same VPC, except the group itself. */
export function GroupOptions({
  id,
  regionId,
  vpcId,
  ownGroupId,
  enabled,
}: {
  id: string;
  regionId: string;
  vpcId: string;
  ownGroupId: string;
  enabled: boolean;
}) {
  const t = useT();
  const options = useQuery({ ...peerGroupOptionsQuery(regionId, vpcId, ""), enabled });
  return (
    <datalist id={id}>
      {(options.data?.SecurityGroups.SecurityGroup ?? [])
        .filter((group) => group.SecurityGroupId !== ownGroupId)
        .map((group) => (
          <option key={group.SecurityGroupId} value={group.SecurityGroupId}>
            {t("rules.peer.groupOption", {
              name: group.SecurityGroupName || group.SecurityGroupId,
              id: group.SecurityGroupId,
            })}
          </option>
        ))}
    </datalist>
  );
}
