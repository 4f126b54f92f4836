import type {
  InstanceRecord,
  NetworkInterfaceRecord,
  PrefixListRecord,
  RuleRecord,
  SecurityGroupRecord,
  SnapshotPolicyRecord,
  SnapshotRecord,
  VpcRecord,
  VSwitchRecord,
} from "../types";
import {
  MAX_GROUP_RULES_PER_GROUP,
  MAX_GROUPS_PER_ENI,
  MAX_RULES_PER_ENI,
  MAX_RULES_PER_GROUP,
} from "../validate/limits";

/** The records of a workspace file whose references and limits are checked together. */
export interface LinkedRecords {
  securityGroups: SecurityGroupRecord[];
  rules: RuleRecord[];
  vpcs: VpcRecord[];
  vswitches: VSwitchRecord[];
  instances: InstanceRecord[];
  networkInterfaces: NetworkInterfaceRecord[];
  prefixLists: PrefixListRecord[];
  snapshotPolicies: SnapshotPolicyRecord[];
  snapshots: SnapshotRecord[];
}

/** A problem and its place in the file, e.g. `stores.rules[3].SecurityGroupId: no group sg-x`. */
export type Problem = string;

function byId<T>(records: readonly T[], key: (record: T) => string): Map<string, T> {
  return new Map(records.map((record) => [key(record), record]));
}

/**
 * HARD-4: the first broken reference or limit of a workspace file, or undefined. A file that
 * passes can be stored as it is: no rule points at a missing group or prefix list, every network
 * interface is in 1-10 groups of one type and of its own VPC, and RULE-8's limits hold.
 */
export function firstBrokenLink(records: LinkedRecords): Problem | undefined {
  const groups = byId(records.securityGroups, (group) => group.SecurityGroupId);
  const lists = byId(records.prefixLists, (list) => list.PrefixListId);
  const vpcs = byId(records.vpcs, (vpc) => vpc.VpcId);
  const vswitches = byId(records.vswitches, (vswitch) => vswitch.VSwitchId);
  const instances = byId(records.instances, (instance) => instance.InstanceId);
  const enis = byId(records.networkInterfaces, (eni) => eni.NetworkInterfaceId);

  for (const [index, group] of records.securityGroups.entries()) {
    if (group.VpcId && !vpcs.has(group.VpcId)) return `stores.securityGroups[${index}].VpcId: no VPC ${group.VpcId}`;
  }
  for (const [index, vswitch] of records.vswitches.entries()) {
    if (!vpcs.has(vswitch.VpcId)) return `stores.vswitches[${index}].VpcId: no VPC ${vswitch.VpcId}`;
  }
  for (const [index, rule] of records.rules.entries()) {
    const place = `stores.rules[${index}]`;
    if (!groups.has(rule.SecurityGroupId)) return `${place}.SecurityGroupId: no group ${rule.SecurityGroupId}`;
    for (const side of ["Source", "Dest"] as const) {
      const peer = rule[`${side}GroupId`];
      // Another account's group is taken on trust, as the API does.
      if (peer && !rule[`${side}GroupOwnerAccount`] && !groups.has(peer))
        return `${place}.${side}GroupId: no group ${peer}`;
      const list = rule[`${side}PrefixListId`];
      if (list && !lists.has(list)) return `${place}.${side}PrefixListId: no prefix list ${list}`;
    }
  }
  for (const [index, eni] of records.networkInterfaces.entries()) {
    const place = `stores.networkInterfaces[${index}]`;
    if (!vswitches.has(eni.VSwitchId)) return `${place}.VSwitchId: no vSwitch ${eni.VSwitchId}`;
    if (eni.InstanceId && !instances.has(eni.InstanceId)) return `${place}.InstanceId: no instance ${eni.InstanceId}`;
    const count = eni.SecurityGroupIds.length;
    if (count < 1 || count > MAX_GROUPS_PER_ENI) {
      return `${place}.SecurityGroupIds: ${count} groups (1-${MAX_GROUPS_PER_ENI} allowed)`;
    }
    const types = new Set<string>();
    for (const groupId of eni.SecurityGroupIds) {
      const group = groups.get(groupId);
      if (!group) return `${place}.SecurityGroupIds: no group ${groupId}`;
      if (group.VpcId !== eni.VpcId)
        return `${place}.SecurityGroupIds: ${groupId} is not in the interface's VPC ${eni.VpcId}`;
      types.add(group.SecurityGroupType);
    }
    if (types.size > 1) return `${place}.SecurityGroupIds: basic and enterprise groups mixed`;
  }
  for (const [index, instance] of records.instances.entries()) {
    const primary = enis.get(instance.PrimaryNetworkInterfaceId);
    if (primary?.InstanceId !== instance.InstanceId) {
      return `stores.instances[${index}].PrimaryNetworkInterfaceId: ${instance.PrimaryNetworkInterfaceId} is not attached to it`;
    }
  }
  for (const [index, policy] of records.snapshotPolicies.entries()) {
    const missing = policy.SecurityGroupIds.find((groupId) => !groups.has(groupId));
    if (missing) return `stores.snapshotPolicies[${index}].SecurityGroupIds: no group ${missing}`;
  }
  for (const [index, snapshot] of records.snapshots.entries()) {
    if (!groups.has(snapshot.SecurityGroupId)) {
      return `stores.snapshots[${index}].SecurityGroupId: no group ${snapshot.SecurityGroupId}`;
    }
  }
  return firstExceededLimit(records, lists);
}

function firstExceededLimit(records: LinkedRecords, lists: ReadonlyMap<string, PrefixListRecord>): Problem | undefined {
  const counts = ruleCounts(records.rules, lists);
  for (const [index, group] of records.securityGroups.entries()) {
    const count = counts.get(group.SecurityGroupId);
    if (!count) continue;
    if (count.weight > MAX_RULES_PER_GROUP) {
      return `stores.securityGroups[${index}]: ${count.weight} rules (at most ${MAX_RULES_PER_GROUP})`;
    }
    if (count.groupRules > MAX_GROUP_RULES_PER_GROUP) {
      return `stores.securityGroups[${index}]: ${count.groupRules} group-reference rules (at most ${MAX_GROUP_RULES_PER_GROUP})`;
    }
  }
  for (const [index, eni] of records.networkInterfaces.entries()) {
    const weight = eni.SecurityGroupIds.reduce((sum, id) => sum + (counts.get(id)?.weight ?? 0), 0);
    if (weight > MAX_RULES_PER_ENI)
      return `stores.networkInterfaces[${index}]: ${weight} rules (at most ${MAX_RULES_PER_ENI})`;
  }
  return undefined;
}

interface RuleCounts {
  rules: number;
  weight: number;
  groupRules: number;
}

function ruleCounts(
  rules: readonly RuleRecord[],
  lists: ReadonlyMap<string, PrefixListRecord>,
): Map<string, RuleCounts> {
  const counts = new Map<string, RuleCounts>();
  for (const rule of rules) {
    const count = counts.get(rule.SecurityGroupId) ?? { rules: 0, weight: 0, groupRules: 0 };
    const listId = rule.SourcePrefixListId ?? rule.DestPrefixListId;
    count.rules += 1;
    count.weight += listId ? (lists.get(listId)?.MaxEntries ?? 1) : 1;
    if (rule.SourceGroupId ?? rule.DestGroupId) count.groupRules += 1;
    counts.set(rule.SecurityGroupId, count);
  }
  return counts;
}

/**
 * The groups with their counters recomputed from the file's own rules and members: counters are
 * derived data, so a hand-edited file (a trainer adding a rule to a lab's start) stays usable.
 */
export function withRecountedGroups(records: LinkedRecords): SecurityGroupRecord[] {
  const counts = ruleCounts(
    records.rules,
    byId(records.prefixLists, (list) => list.PrefixListId),
  );
  const members = new Map<string, number>();
  for (const eni of records.networkInterfaces) {
    for (const id of eni.SecurityGroupIds) members.set(id, (members.get(id) ?? 0) + 1);
  }
  return records.securityGroups.map((group) => {
    const count = counts.get(group.SecurityGroupId);
    return {
      ...group,
      RuleCount: count?.rules ?? 0,
      RuleWeight: count?.weight ?? 0,
      GroupToGroupRuleCount: count?.groupRules ?? 0,
      EcsCount: members.get(group.SecurityGroupId) ?? 0,
    };
  });
}
