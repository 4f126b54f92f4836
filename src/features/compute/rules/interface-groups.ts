import type { SecurityGroup } from "@/api/types";
import { useGroupsByIds } from "../group-lookup";
import type { ExposedGroup } from "./ExposureCallout";
import { exposedRemotePorts } from "./exposure";
import { useGroupRules } from "./group-rules";
import type { GroupRules } from "./merged-rules";

export interface InterfaceGroups {
  /** The groups, in the interface's order (a group deleted meanwhile is left out). */
  groups: SecurityGroup[];
  /** Each group's rules, in the same order, for the merged list (only groups whose rules arrived). */
  rules: GroupRules[];
  /** Groups that open SSH or RDP to everyone (ENI-2's warning). */
  exposed: ExposedGroup[];
  /** Some group's rules are still loading. */
  loading: boolean;
}

/** The groups of one interface (or instance) with their rules, as detail pages show them. */
export function useInterfaceGroups(regionId: string, groupIds: readonly string[]): InterfaceGroups {
  const byId = useGroupsByIds(regionId, groupIds);
  const ruleResults = useGroupRules(regionId, groupIds);
  const groups = groupIds.flatMap((id) => {
    const group = byId.get(id);
    return group ? [group] : [];
  });
  const rules: GroupRules[] = [];
  groupIds.forEach((groupId, index) => {
    const body = ruleResults[index]?.data;
    if (body) {
      rules.push({
        groupId,
        groupName: byId.get(groupId)?.SecurityGroupName || body.SecurityGroupName,
        rules: body.Permissions.Permission,
      });
    }
  });
  const exposed = rules.map((group) => ({
    groupId: group.groupId,
    groupName: group.groupName,
    ports: exposedRemotePorts(group.rules),
  }));
  return { groups, rules, exposed, loading: ruleResults.some((result) => result.isPending) };
}
