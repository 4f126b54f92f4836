import type {
  InstanceRecord,
  NetworkInterfaceRecord,
  PrefixListRecord,
  RuleRecord,
  SecurityGroupRecord,
  SnapshotRecord,
  VpcRecord,
  VSwitchRecord,
} from "../../src/engine/types";

/** The stored workspace as ExportWorkspace writes it: what the invariants and id pickers read. */
export interface WorkspaceView {
  groups: SecurityGroupRecord[];
  rules: RuleRecord[];
  enis: NetworkInterfaceRecord[];
  instances: InstanceRecord[];
  prefixLists: PrefixListRecord[];
  vpcs: VpcRecord[];
  vswitches: VSwitchRecord[];
  snapshots: SnapshotRecord[];
}

export function readExport(content: string): WorkspaceView {
  const file = JSON.parse(content) as { stores: Record<string, unknown[] | undefined> };
  const store = <T>(name: string) => (file.stores[name] ?? []) as T[];
  return {
    groups: store<SecurityGroupRecord>("securityGroups"),
    rules: store<RuleRecord>("rules"),
    enis: store<NetworkInterfaceRecord>("networkInterfaces"),
    instances: store<InstanceRecord>("instances"),
    prefixLists: store<PrefixListRecord>("prefixLists"),
    vpcs: store<VpcRecord>("vpcs"),
    vswitches: store<VSwitchRecord>("vswitches"),
    snapshots: store<SnapshotRecord>("snapshots"),
  };
}

export interface Limits {
  rulesPerGroup: number;
  rulesPerEni: number;
  groupsPerEni: number;
  groupRulesPerGroup: number;
}

/**
 * HARD-4 invariants of a stored workspace, as broken-rule sentences (empty when all hold): no
 * dangling reference, every ENI in 1-10 groups of one type and its own VPC, every limit, and
 * every stored counter equal to what it counts (the counts Describe* shows come from them).
 */
export function brokenInvariants(view: WorkspaceView, limits: Limits): string[] {
  const broken: string[] = [];
  const groups = new Map(view.groups.map((group) => [group.SecurityGroupId, group]));
  const lists = new Map(view.prefixLists.map((list) => [list.PrefixListId, list]));
  const weights = new Map<string, number>();
  const counts = new Map<string, { rules: number; groupRules: number; members: number }>();
  for (const group of view.groups) counts.set(group.SecurityGroupId, { rules: 0, groupRules: 0, members: 0 });

  for (const rule of view.rules) {
    const owner = counts.get(rule.SecurityGroupId);
    if (!owner) {
      broken.push(`rule ${rule.SecurityGroupRuleId} belongs to a missing group ${rule.SecurityGroupId}`);
      continue;
    }
    owner.rules += 1;
    const peerGroup = rule.SourceGroupId ?? rule.DestGroupId;
    const peerAccount = rule.SourceGroupOwnerAccount ?? rule.DestGroupOwnerAccount;
    if (peerGroup) {
      owner.groupRules += 1;
      // Another account's group is taken on trust (README); one of ours must exist.
      if (!peerAccount && !groups.has(peerGroup)) {
        broken.push(`rule ${rule.SecurityGroupRuleId} refers to a missing group ${peerGroup}`);
      }
    }
    const listId = rule.SourcePrefixListId ?? rule.DestPrefixListId;
    const list = listId ? lists.get(listId) : undefined;
    if (listId && !list) broken.push(`rule ${rule.SecurityGroupRuleId} refers to a missing prefix list ${listId}`);
    weights.set(rule.SecurityGroupId, (weights.get(rule.SecurityGroupId) ?? 0) + (list ? list.MaxEntries : 1));
  }

  for (const eni of view.enis) {
    const ids = eni.SecurityGroupIds;
    if (ids.length < 1 || ids.length > limits.groupsPerEni) {
      broken.push(`${eni.NetworkInterfaceId} is in ${ids.length} groups`);
    }
    if (new Set(ids).size !== ids.length) broken.push(`${eni.NetworkInterfaceId} lists a group twice`);
    const members = ids.map((id) => groups.get(id));
    if (members.some((group) => !group)) broken.push(`${eni.NetworkInterfaceId} is in a missing group`);
    const present = members.filter((group): group is SecurityGroupRecord => Boolean(group));
    if (present.some((group) => group.VpcId !== eni.VpcId))
      broken.push(`${eni.NetworkInterfaceId} is in another VPC's group`);
    if (new Set(present.map((group) => group.SecurityGroupType)).size > 1) {
      broken.push(`${eni.NetworkInterfaceId} mixes basic and enterprise groups`);
    }
    const eniWeight = present.reduce((sum, group) => sum + (weights.get(group.SecurityGroupId) ?? 0), 0);
    if (eniWeight > limits.rulesPerEni) broken.push(`${eni.NetworkInterfaceId} holds ${eniWeight} rules`);
    for (const group of present) {
      const count = counts.get(group.SecurityGroupId);
      if (count) count.members += 1;
    }
  }

  for (const instance of view.instances) {
    const primary = view.enis.find((eni) => eni.NetworkInterfaceId === instance.PrimaryNetworkInterfaceId);
    if (!primary) broken.push(`${instance.InstanceId} has no primary network interface`);
    else if (primary.InstanceId !== instance.InstanceId)
      broken.push(`${instance.InstanceId}'s primary ENI is not attached to it`);
  }

  for (const group of view.groups) {
    const count = counts.get(group.SecurityGroupId);
    const weight = weights.get(group.SecurityGroupId) ?? 0;
    if (!count) continue;
    if (weight > limits.rulesPerGroup) broken.push(`${group.SecurityGroupId} holds ${weight} rules`);
    if (count.groupRules > limits.groupRulesPerGroup) {
      broken.push(`${group.SecurityGroupId} holds ${count.groupRules} group-reference rules`);
    }
    if (group.RuleCount !== count.rules)
      broken.push(`${group.SecurityGroupId} RuleCount ${group.RuleCount} != ${count.rules}`);
    if (group.RuleWeight !== weight)
      broken.push(`${group.SecurityGroupId} RuleWeight ${group.RuleWeight} != ${weight}`);
    if (group.GroupToGroupRuleCount !== count.groupRules) {
      broken.push(
        `${group.SecurityGroupId} GroupToGroupRuleCount ${group.GroupToGroupRuleCount} != ${count.groupRules}`,
      );
    }
    if (group.EcsCount !== count.members)
      broken.push(`${group.SecurityGroupId} EcsCount ${group.EcsCount} != ${count.members}`);
  }

  for (const snapshot of view.snapshots) {
    if (!groups.has(snapshot.SecurityGroupId)) broken.push(`snapshot ${snapshot.SnapshotId} of a missing group`);
  }
  return broken;
}
