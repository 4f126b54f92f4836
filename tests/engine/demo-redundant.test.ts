import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_REDUNDANT } from "../../src/engine/seed/demo-redundant";
import { makeEngine, type TestEngine } from "../helpers/engine";

interface Finding {
  SecurityGroupRuleId: string;
  Direction: string;
  Kind: string;
  CoveringRuleIds: { CoveringRuleId: string[] };
}

interface Rule {
  SecurityGroupRuleId: string;
  Description: string;
}

describe("HC-1 demo data: a group with planted redundant rules", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeEngine();
  });
  afterEach(() => t.close());

  const target = { RegionId: DEMO_REDUNDANT.regionId, SecurityGroupId: DEMO_REDUNDANT.group };

  async function describeOf(ruleIds: readonly string[]): Promise<string[]> {
    const body = (await t.call("DescribeSecurityGroupAttribute", target)) as {
      Permissions: { Permission: Rule[] };
    };
    const byId = new Map(body.Permissions.Permission.map((rule) => [rule.SecurityGroupRuleId, rule.Description]));
    return ruleIds.map((id) => byId.get(id) ?? id);
  }

  it("HC-1 legacy-app-sg reports one duplicate, two covered rules and one shadowed accept, with their coverers", async () => {
    const body = (await t.call("DescribeSecurityGroupRedundantRules", target)) as {
      RedundantRules: { RedundantRule: Finding[] };
    };
    const findings = body.RedundantRules.RedundantRule;
    const described = await Promise.all(
      findings.map(async (finding) => ({
        rule: (await describeOf([finding.SecurityGroupRuleId]))[0],
        direction: finding.Direction,
        kind: finding.Kind,
        covering: await describeOf(finding.CoveringRuleIds.CoveringRuleId),
      })),
    );
    expect(described).toEqual(
      expect.arrayContaining([
        { rule: "HTTP (added again by a deploy script)", direction: "ingress", kind: "Duplicate", covering: ["HTTP"] },
        { rule: "SSH from the ops subnet", direction: "ingress", kind: "Covered", covering: ["SSH from the VPC"] },
        {
          rule: "RDP from the branch office",
          direction: "ingress",
          kind: "Shadowed",
          covering: ["No RDP from anywhere"],
        },
        { rule: "HTTPS outbound", direction: "egress", kind: "Covered", covering: ["Allow all outbound"] },
      ]),
    );
    expect(described).toHaveLength(4);
  });

  it("HC-1 the planted group is the only demo group of its region, in its default VPC", async () => {
    const body = (await t.call("DescribeSecurityGroups", { RegionId: DEMO_REDUNDANT.regionId })) as {
      SecurityGroups: { SecurityGroup: Array<{ SecurityGroupId: string; VpcId: string; RuleCount: number }> };
    };
    expect(body.SecurityGroups.SecurityGroup).toEqual([
      expect.objectContaining({ SecurityGroupId: DEMO_REDUNDANT.group, VpcId: DEMO_REDUNDANT.vpc, RuleCount: 9 }),
    ]);
  });
});
