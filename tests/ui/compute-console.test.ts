import { describe, expect, it } from "vitest";
import type { Permission, SecurityGroup } from "../../src/api/types";
import {
  defaultGroupName,
  defaultInstanceName,
  defaultQuickPorts,
  IMAGES,
} from "../../src/features/compute/launch/catalog";
import { isGroupsParameter } from "../../src/features/compute/limits/group-parameter";
import { candidateIssue, checkGroupSet } from "../../src/features/compute/limits/group-set";
import { exposedRemotePorts } from "../../src/features/compute/rules/exposure";
import { mergeRules } from "../../src/features/compute/rules/merged-rules";

const VPC = "vpc-bp1prod0000000000000";

function group(id: string, fields: Partial<SecurityGroup> = {}): SecurityGroup {
  return {
    SecurityGroupId: id,
    SecurityGroupName: id,
    Description: "",
    SecurityGroupType: "normal",
    VpcId: VPC,
    CreationTime: "2026-01-15T02:00:00Z",
    ResourceGroupId: "",
    ServiceManaged: false,
    ServiceID: undefined,
    Tags: { Tag: [] },
    RuleCount: 1,
    GroupToGroupRuleCount: 0,
    EcsCount: 0,
    AvailableInstanceAmount: 0,
    ...fields,
  };
}

function rule(id: string, fields: Partial<Permission> = {}): Permission {
  return {
    SecurityGroupRuleId: id,
    Direction: "ingress",
    IpProtocol: "TCP",
    PortRange: "80/80",
    SourcePortRange: "",
    SourceCidrIp: "10.0.0.0/8",
    Ipv6SourceCidrIp: "",
    SourceGroupId: "",
    SourceGroupName: "",
    SourceGroupOwnerAccount: "",
    SourcePrefixListId: "",
    SourcePrefixListName: "",
    DestCidrIp: "",
    Ipv6DestCidrIp: "",
    DestGroupId: "",
    DestGroupName: "",
    DestGroupOwnerAccount: "",
    DestPrefixListId: "",
    DestPrefixListName: "",
    PortRangeListId: "",
    PortRangeListName: "",
    Policy: "Accept",
    Priority: 1,
    NicType: "intranet",
    Description: "",
    CreateTime: "2026-01-15T02:00:00Z",
    ...fields,
  };
}

describe("console checks of an interface's group set (ENI-5, RULE-8)", () => {
  it("ENI-5 counts groups and rules, and flags an 11th group before any request", () => {
    const eleven = Array.from({ length: 11 }, (_, index) => group(`sg-${index}`, { RuleCount: 10 }));
    const check = checkGroupSet({ vpcId: VPC, current: [] }, eleven);
    expect(check.groupCount).toBe(11);
    expect(check.ruleCount).toBe(110);
    expect(check.issues).toEqual([{ kind: "tooManyGroups", count: 11 }]);
  });

  it("RULE-8 flags more than 1,000 rules over the interface's groups", () => {
    const check = checkGroupSet({ vpcId: VPC, current: [] }, [
      group("sg-a", { RuleCount: 200 }),
      group("sg-b", { RuleCount: 200 }),
      group("sg-c", { RuleCount: 200 }),
      group("sg-d", { RuleCount: 200 }),
      group("sg-e", { RuleCount: 200 }),
      group("sg-f", { RuleCount: 40 }),
    ]);
    expect(check.ruleCount).toBe(1040);
    expect(check.issues).toEqual([{ kind: "tooManyRules", count: 1040 }]);
  });

  it("ENI-5 flags an empty set, mixed types, other VPCs, classic groups and managed groups joining or leaving", () => {
    expect(checkGroupSet({ vpcId: VPC, current: [] }, []).issues).toEqual([{ kind: "empty" }]);
    const enterprise = group("sg-ent", { SecurityGroupType: "enterprise" });
    const other = group("sg-other", { VpcId: "vpc-elsewhere" });
    const classic = group("sg-classic", { VpcId: "" });
    const managed = group("sg-managed", { ServiceManaged: true });
    const kinds = checkGroupSet({ vpcId: VPC, current: [] }, [
      group("sg-a"),
      enterprise,
      other,
      classic,
      managed,
    ]).issues.map((issue) => issue.kind);
    expect(kinds).toEqual(["mixedTypes", "otherVpc", "classic", "managed"]);
    // A managed group already on the interface may stay, but not be removed.
    expect(checkGroupSet({ vpcId: VPC, current: [managed] }, [managed, group("sg-a")]).issues).toEqual([]);
    expect(checkGroupSet({ vpcId: VPC, current: [managed] }, [group("sg-a")]).issues).toEqual([
      { kind: "managedLeaves", group: managed },
    ]);
  });

  it("ENI-5 explains why a candidate cannot join, relative to the other chosen groups", () => {
    const target = { vpcId: VPC, current: [] };
    const basic = group("sg-basic");
    const enterprise = group("sg-ent", { SecurityGroupType: "enterprise" });
    expect(candidateIssue(enterprise, target, [basic])).toBe("otherType");
    expect(candidateIssue(enterprise, target, [enterprise])).toBeUndefined();
    expect(candidateIssue(basic, target, [])).toBeUndefined();
    expect(candidateIssue(group("sg-x", { VpcId: "vpc-elsewhere" }), target, [])).toBe("otherVpc");
    expect(candidateIssue(group("sg-y", { VpcId: "" }), target, [])).toBe("classic");
    expect(candidateIssue(group("sg-z", { ServiceManaged: true }), target, [])).toBe("managed");
  });

  it("ENI-5 recognises the groups parameter of every membership action", () => {
    for (const name of ["SecurityGroupId", "SecurityGroupIds", "SecurityGroupId.3", "SecurityGroupIds.11"]) {
      expect(isGroupsParameter(name), name).toBe(true);
    }
    for (const name of [undefined, "InstanceId", "Permissions.1.PortRange", "SecurityGroupName"]) {
      expect(isGroupsParameter(name), String(name)).toBe(false);
    }
  });
});

describe("merged rules in evaluation order (DEC-1, ENI-3)", () => {
  it("DEC-1 sorts by priority, then deny before allow, keeping group and rule order on ties", () => {
    const merged = mergeRules(
      [
        {
          groupId: "sg-a",
          groupName: "a",
          rules: [
            rule("r1", { Priority: 10 }),
            rule("r2", { Priority: 1 }),
            rule("r3", { Priority: 1, Policy: "Drop" }),
            rule("r4", { Priority: 1, Direction: "egress" }),
          ],
        },
        {
          groupId: "sg-b",
          groupName: "b",
          rules: [rule("r5", { Priority: 1 }), rule("r6", { Priority: 10, Policy: "Drop" })],
        },
      ],
      "ingress",
    );
    expect(merged.map((entry) => entry.rule.SecurityGroupRuleId)).toEqual(["r3", "r2", "r5", "r6", "r1"]);
    expect(merged.map((entry) => entry.order)).toEqual([1, 2, 3, 4, 5]);
    expect(merged[2]?.groupId).toBe("sg-b");
  });

  it("DEC-1 keeps each direction apart", () => {
    const groups = [{ groupId: "sg-a", groupName: "a", rules: [rule("in"), rule("out", { Direction: "egress" })] }];
    expect(mergeRules(groups, "egress").map((entry) => entry.rule.SecurityGroupRuleId)).toEqual(["out"]);
  });
});

describe("remote-access warning (ENI-2)", () => {
  it("ENI-2 finds SSH and RDP allowed from everyone, through TCP ranges or ALL", () => {
    expect(exposedRemotePorts([rule("a", { PortRange: "22/22", SourceCidrIp: "0.0.0.0/0" })])).toEqual(["ssh"]);
    expect(exposedRemotePorts([rule("b", { PortRange: "3000/4000", SourceCidrIp: "0.0.0.0/0" })])).toEqual(["rdp"]);
    expect(
      exposedRemotePorts([
        rule("c", { IpProtocol: "ALL", PortRange: "-1/-1", SourceCidrIp: "", Ipv6SourceCidrIp: "::/0" }),
      ]),
    ).toEqual(["ssh", "rdp"]);
  });

  it("ENI-2 ignores restricted sources, drops, other protocols and outbound rules", () => {
    expect(
      exposedRemotePorts([
        rule("a", { PortRange: "22/22", SourceCidrIp: "121.40.10.10/32" }),
        rule("b", { PortRange: "22/22", SourceCidrIp: "0.0.0.0/0", Policy: "Drop" }),
        rule("c", { IpProtocol: "UDP", PortRange: "22/22", SourceCidrIp: "0.0.0.0/0" }),
        rule("d", { PortRange: "22/22", Direction: "egress", SourceCidrIp: "", DestCidrIp: "0.0.0.0/0" }),
      ]),
    ).toEqual([]);
  });

  it("ENI-2 the purchase page ticks the image's remote-login port and names like the console", () => {
    const linux = IMAGES.find((image) => image.os === "linux");
    const windows = IMAGES.find((image) => image.os === "windows");
    expect(linux && defaultQuickPorts(linux)).toEqual(["ssh"]);
    expect(windows && defaultQuickPorts(windows)).toEqual(["rdp"]);
    const now = new Date(2026, 0, 15, 9, 5);
    expect(defaultInstanceName(now)).toBe("launch-advisor-20260115");
    expect(defaultGroupName(now)).toBe("sg-20260115-0905");
  });
});
