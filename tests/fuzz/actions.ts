import fc from "fast-check";
import type { WorkspaceView } from "./workspace-model";

/** What a parameter refers to; resolved against the workspace as it is when the step runs. */
type RefKind = "group" | "rule" | "eni" | "instance" | "prefixList" | "vpc" | "vswitch" | "snapshot";

/** One parameter of a step: an existing resource (by position), a literal, or absent. */
export type ParamValue =
  | { ref: RefKind; pick: number }
  | { lit: string }
  | { omit: true }
  | { workspace: WorkspaceMutation };

/** A workspace file made from the current export, whole or damaged in one way. */
export type WorkspaceMutation =
  | "as-exported"
  | "group-dropped"
  | "prefix-lists-dropped"
  | "tags-not-a-list"
  | "interface-in-eleven-groups"
  | "rule-twice"
  | "counts-off"
  | "truncated";

const MUTATIONS: readonly WorkspaceMutation[] = [
  "as-exported",
  "group-dropped",
  "prefix-lists-dropped",
  "tags-not-a-list",
  "interface-in-eleven-groups",
  "rule-twice",
  "counts-off",
  "truncated",
];

type Stores = Record<string, Array<Record<string, unknown>>>;

function mutateWorkspace(content: string, mutation: WorkspaceMutation): string {
  if (mutation === "truncated") return content.slice(0, Math.floor(content.length / 2));
  const file = JSON.parse(content) as { stores: Stores };
  const stores = file.stores;
  const first = <T>(list: T[] | undefined): T | undefined => list?.[0];
  switch (mutation) {
    case "group-dropped":
      stores.securityGroups = (stores.securityGroups ?? []).slice(1);
      break;
    case "prefix-lists-dropped":
      stores.prefixLists = [];
      break;
    case "tags-not-a-list": {
      const group = first(stores.securityGroups);
      if (group) group.Tags = "x";
      break;
    }
    case "interface-in-eleven-groups": {
      const eni = first(stores.networkInterfaces);
      if (eni) eni.SecurityGroupIds = (stores.securityGroups ?? []).slice(0, 11).map((group) => group.SecurityGroupId);
      break;
    }
    case "rule-twice": {
      const rule = first(stores.rules);
      if (rule) stores.rules?.push({ ...rule });
      break;
    }
    case "counts-off":
      for (const group of stores.securityGroups ?? []) group.RuleCount = 7;
      break;
    case "as-exported":
      break;
  }
  return JSON.stringify(file);
}

export interface FuzzStep {
  action: string;
  params: Record<string, ParamValue>;
}

const ref = (kind: RefKind): fc.Arbitrary<ParamValue> => fc.nat(1_000).map((pick) => ({ ref: kind, pick }));
const lit = (...values: string[]): fc.Arbitrary<ParamValue> =>
  fc.constantFrom(...values).map((value) => ({ lit: value }));
const omit: fc.Arbitrary<ParamValue> = fc.constant({ omit: true });

/** Malformed text of every kind a hostile or careless client sends. */
const junk: fc.Arbitrary<ParamValue> = fc
  .oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "",
      " ",
      "-1",
      "0",
      "1e9",
      "NaN",
      "<img src=x onerror=alert(1)>",
      "sg-",
      "../../etc",
      "x".repeat(300),
    ),
    fc.string({ unit: "grapheme", maxLength: 8 }),
  )
  .map((value) => ({ lit: value }));

/** Mostly a well-formed reference, sometimes junk or nothing: most steps reach the engine's checks. */
const mostly = (good: fc.Arbitrary<ParamValue>) =>
  fc.oneof({ weight: 20, arbitrary: good }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: omit });

const region = mostly(lit("cn-hangzhou", "cn-hangzhou", "cn-shanghai"));
const group = mostly(ref("group"));
const name = mostly(lit("fuzz-group", "a", "web:1_x.y-z", "http://x", "名前のグループ", "f".repeat(129)));
const protocol = mostly(lit("TCP", "UDP", "ICMP", "ICMPv6", "GRE", "ALL", "tcp"));
const portRange = mostly(lit("22/22", "80/443", "1/65535", "-1/-1", "0/0", "443/80", "1/70000", "22"));
const cidr = mostly(
  lit("0.0.0.0/0", "10.0.0.0/8", "121.40.10.10", "10.0.0.1/33", "::/0", "2001:db8::/32", "999.1.1.1"),
);
const policy = mostly(lit("Accept", "Drop", "accept", "Deny"));
const priority = mostly(lit("1", "50", "100", "101", "0", "1000"));
const prefixList = mostly(ref("prefixList"));

function step(action: string, params: Record<string, fc.Arbitrary<ParamValue>>): fc.Arbitrary<FuzzStep> {
  return fc.record(params).map((values) => ({ action, params: values }));
}

function permission(direction: "ingress" | "egress") {
  const peer = direction === "ingress" ? "Source" : "Dest";
  return {
    RegionId: region,
    SecurityGroupId: group,
    "Permissions.1.IpProtocol": protocol,
    "Permissions.1.PortRange": portRange,
    [`Permissions.1.${peer}CidrIp`]: fc.oneof(cidr, omit),
    [`Permissions.1.${peer}GroupId`]: fc.oneof({ weight: 3, arbitrary: omit }, { weight: 1, arbitrary: group }),
    [`Permissions.1.${peer}PrefixListId`]: fc.oneof(
      { weight: 3, arbitrary: omit },
      { weight: 1, arbitrary: prefixList },
    ),
    "Permissions.1.Policy": fc.oneof(policy, omit),
    "Permissions.1.Priority": fc.oneof(priority, omit),
  };
}

/** The writes and reads a fuzzed session draws from, each with often malformed parameters. */
export const fuzzStep: fc.Arbitrary<FuzzStep> = fc.oneof(
  step("CreateSecurityGroup", {
    RegionId: region,
    VpcId: mostly(ref("vpc")),
    SecurityGroupName: fc.oneof(name, omit),
    SecurityGroupType: fc.oneof(lit("normal", "enterprise", "premium"), omit),
  }),
  step("DeleteSecurityGroup", { RegionId: region, SecurityGroupId: group }),
  step("ModifySecurityGroupAttribute", { RegionId: region, SecurityGroupId: group, SecurityGroupName: name }),
  step("ModifySecurityGroupPolicy", {
    RegionId: region,
    SecurityGroupId: group,
    InnerAccessPolicy: mostly(lit("Accept", "Drop")),
  }),
  step("AuthorizeSecurityGroup", permission("ingress")),
  step("AuthorizeSecurityGroupEgress", permission("egress")),
  step("RevokeSecurityGroup", {
    RegionId: region,
    SecurityGroupId: group,
    "SecurityGroupRuleId.1": mostly(ref("rule")),
  }),
  step("RevokeSecurityGroupEgress", {
    RegionId: region,
    SecurityGroupId: group,
    "SecurityGroupRuleId.1": mostly(ref("rule")),
  }),
  step("ModifySecurityGroupRule", {
    RegionId: region,
    SecurityGroupId: group,
    SecurityGroupRuleId: mostly(ref("rule")),
    PortRange: fc.oneof(portRange, omit),
    Priority: fc.oneof(priority, omit),
    SourceCidrIp: fc.oneof(cidr, omit),
    SourcePrefixListId: fc.oneof({ weight: 3, arbitrary: omit }, { weight: 1, arbitrary: prefixList }),
  }),
  step("CreatePrefixList", {
    RegionId: region,
    PrefixListName: name,
    AddressFamily: mostly(lit("IPv4", "IPv6")),
    MaxEntries: mostly(lit("1", "5", "50", "200", "201")),
    "Entry.1.Cidr": fc.oneof(cidr, omit),
  }),
  step("ModifyPrefixList", {
    RegionId: region,
    PrefixListId: prefixList,
    "AddEntry.1.Cidr": fc.oneof(cidr, omit),
    "RemoveEntry.1.Cidr": fc.oneof(cidr, omit),
  }),
  step("DeletePrefixList", { RegionId: region, PrefixListId: prefixList }),
  step("RunInstances", {
    RegionId: region,
    VSwitchId: mostly(ref("vswitch")),
    ImageId: lit("aliyun_3_x64_20G_alibase_20250629.vhd"),
    InstanceType: mostly(lit("ecs.g7.large", "ecs.t6-c1m1.large")),
    Amount: fc.oneof(lit("1", "2", "0", "101"), omit),
    "SecurityGroupIds.1": fc.oneof(group, omit),
    "SecurityGroupIds.2": fc.oneof({ weight: 3, arbitrary: omit }, { weight: 1, arbitrary: group }),
  }),
  step("DeleteInstance", { InstanceId: mostly(ref("instance")), Force: fc.oneof(lit("true"), omit) }),
  step("JoinSecurityGroup", {
    RegionId: region,
    SecurityGroupId: group,
    InstanceId: fc.oneof(ref("instance"), omit),
    NetworkInterfaceId: fc.oneof(omit, ref("eni")),
  }),
  step("LeaveSecurityGroup", {
    RegionId: region,
    SecurityGroupId: group,
    InstanceId: fc.oneof(ref("instance"), omit),
    NetworkInterfaceId: fc.oneof(omit, ref("eni")),
  }),
  step("ModifyInstanceAttribute", {
    InstanceId: mostly(ref("instance")),
    "SecurityGroupIds.1": group,
    "SecurityGroupIds.2": fc.oneof(omit, group),
  }),
  step("CreateNetworkInterface", {
    RegionId: region,
    VSwitchId: mostly(ref("vswitch")),
    SecurityGroupId: fc.oneof(group, omit),
    "SecurityGroupIds.1": fc.oneof(omit, group),
  }),
  step("AttachNetworkInterface", {
    RegionId: region,
    NetworkInterfaceId: mostly(ref("eni")),
    InstanceId: mostly(ref("instance")),
  }),
  step("DetachNetworkInterface", {
    RegionId: region,
    NetworkInterfaceId: mostly(ref("eni")),
    InstanceId: mostly(ref("instance")),
  }),
  step("ModifyNetworkInterfaceAttribute", {
    RegionId: region,
    NetworkInterfaceId: mostly(ref("eni")),
    "SecurityGroupId.1": group,
    "SecurityGroupId.2": fc.oneof(omit, group),
  }),
  step("DeleteNetworkInterface", { RegionId: region, NetworkInterfaceId: mostly(ref("eni")) }),
  step("CloneSecurityGroup", {
    RegionId: region,
    SecurityGroupId: group,
    TargetRegionId: fc.oneof(omit, region),
    TargetVpcId: fc.oneof(omit, ref("vpc")),
    SecurityGroupName: fc.oneof(omit, name),
  }),
  step("ImportSecurityGroupRules", {
    RegionId: region,
    SecurityGroupId: group,
    Format: mostly(lit("json", "csv")),
    Content: mostly(
      lit(
        '[{"Direction":"ingress","IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Policy":"Accept","Priority":"1"}]',
        "Direction,IpProtocol,PortRange,SourceCidrIp\ningress,TCP,80/80,0.0.0.0/0",
        "[]",
        "{",
      ),
    ),
  }),
  step("ImportWorkspace", {
    Content: fc.constantFrom(...MUTATIONS).map((mutation): ParamValue => ({ workspace: mutation })),
  }),
  step("RestoreSecurityGroupSnapshot", {
    RegionId: region,
    SecurityGroupId: group,
    SnapshotId: mostly(ref("snapshot")),
  }),
  step("DescribeSecurityGroups", { RegionId: region, MaxResults: fc.oneof(omit, lit("1", "10", "0", "101")) }),
  step("DescribeSecurityGroupAttribute", { RegionId: region, SecurityGroupId: group }),
  step("DiagnoseTraffic", {
    RegionId: region,
    IpProtocol: protocol,
    DestPort: fc.oneof(lit("22", "80", "0", "65536"), omit),
    SourceIp: fc.oneof(lit("121.40.10.10", "10.0.0.5", "::1", "x"), omit),
    DestInstanceId: mostly(ref("instance")),
  }),
);

function idsOf(view: WorkspaceView, kind: RefKind): string[] {
  switch (kind) {
    case "group":
      return view.groups.map((record) => record.SecurityGroupId);
    case "rule":
      return view.rules.map((record) => record.SecurityGroupRuleId);
    case "eni":
      return view.enis.map((record) => record.NetworkInterfaceId);
    case "instance":
      return view.instances.map((record) => record.InstanceId);
    case "prefixList":
      return view.prefixLists.map((record) => record.PrefixListId);
    case "vpc":
      return view.vpcs.map((record) => record.VpcId);
    case "vswitch":
      return view.vswitches.map((record) => record.VSwitchId);
    case "snapshot":
      return view.snapshots.map((record) => record.SnapshotId);
  }
}

/** The step's wire parameters against the workspace as it is now (`exported`: its file). */
export function resolveParams(step: FuzzStep, view: WorkspaceView, exported: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.params)) {
    if ("omit" in value) continue;
    if ("workspace" in value) {
      params[key] = mutateWorkspace(exported, value.workspace);
      continue;
    }
    if ("lit" in value) {
      params[key] = value.lit;
      continue;
    }
    const ids = idsOf(view, value.ref);
    params[key] = ids.length === 0 ? `${value.ref}-none` : (ids[value.pick % ids.length] ?? "");
  }
  return params;
}
