import { useQueries, useQuery } from "@tanstack/react-query";
import { groupRulesQuery, groupsByIdQuery } from "@/api/shared-reads";
import type { NetworkInterface, Permission, SecurityGroup } from "@/api/types";
import { eniQuery } from "./api";

/** What a trace needs to read like a person's explanation: the ENI, its groups and their rules. */
export interface HopContext {
  eni?: NetworkInterface;
  /** The ENI's groups, in the ENI's order (as the engine evaluates them). */
  groups: SecurityGroup[];
  rules: ReadonlyMap<string, Permission>;
  /** The ENI and its groups are known (enough to plan a rule). */
  groupsReady: boolean;
}

const EMPTY: readonly string[] = [];

/**
 * Loads the groups of one ENI and their rules (at most 10 groups of at most 200 rules each, one
 * request per group): names for links, the managed flag for "open port", rule details for the trace.
 */
export function useHopContext(regionId: string, networkInterfaceId: string | undefined): HopContext {
  // Read afresh with every trace: it must show the rules the verdict was made with.
  const eniResult = useQuery({
    ...eniQuery(regionId, networkInterfaceId ?? ""),
    enabled: Boolean(networkInterfaceId),
    staleTime: 0,
  });
  const eni = eniResult.data?.NetworkInterfaceSets.NetworkInterfaceSet[0];
  const groupIds = eni?.SecurityGroupIds.SecurityGroupId ?? EMPTY;
  const groupsResult = useQuery({ ...groupsByIdQuery(regionId, groupIds), enabled: groupIds.length > 0, staleTime: 0 });
  const rulesResults = useQueries({
    queries: groupIds.map((id) => ({ ...groupRulesQuery(regionId, id), staleTime: 0 })),
  });

  const byId = new Map((groupsResult.data?.SecurityGroups.SecurityGroup ?? []).map((g) => [g.SecurityGroupId, g]));
  const groups = groupIds.map((id) => byId.get(id)).filter((group): group is SecurityGroup => group !== undefined);
  const rules = new Map<string, Permission>();
  for (const result of rulesResults) {
    for (const rule of result.data?.Permissions.Permission ?? []) rules.set(rule.SecurityGroupRuleId, rule);
  }
  const groupsReady = eni !== undefined && groupsResult.data !== undefined;
  return { eni, groups, rules, groupsReady };
}
