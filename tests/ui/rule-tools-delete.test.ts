import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RedundantRule } from "../../src/api/types";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_REDUNDANT } from "../../src/engine/seed/demo-redundant";
import { deleteOneByOne } from "../../src/features/rule-tools/health-check/delete-one-by-one";
import { makeEngine, type TestEngine } from "../helpers/engine";

/** The console's deletion loop (src/features/rule-tools) driven against a real engine. */
describe("HC-1 console: delete the selected findings one at a time, re-checking after each", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeEngine();
  });
  afterEach(() => t.close());

  function stepsFor(regionId: string, securityGroupId: string, revoked: string[] = []) {
    const target = { RegionId: regionId, SecurityGroupId: securityGroupId };
    return {
      check: async () =>
        (
          (await t.call("DescribeSecurityGroupRedundantRules", target)) as {
            RedundantRules: { RedundantRule: RedundantRule[] };
          }
        ).RedundantRules.RedundantRule,
      revoke: async (finding: RedundantRule) => {
        revoked.push(finding.SecurityGroupRuleId);
        await t.call(finding.Direction === "ingress" ? "RevokeSecurityGroup" : "RevokeSecurityGroupEgress", {
          ...target,
          "SecurityGroupRuleId.1": finding.SecurityGroupRuleId,
        });
      },
    };
  }

  async function ruleIds(regionId: string, securityGroupId: string): Promise<string[]> {
    const body = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: regionId,
      SecurityGroupId: securityGroupId,
    })) as {
      Permissions: { Permission: Array<{ SecurityGroupRuleId: string }> };
    };
    return body.Permissions.Permission.map((rule) => rule.SecurityGroupRuleId);
  }

  it("HC-1 deletes every planted redundant rule of the demo group and ends with no findings", async () => {
    const steps = stepsFor(DEMO_REDUNDANT.regionId, DEMO_REDUNDANT.group);
    const selected = (await steps.check()).map((finding) => finding.SecurityGroupRuleId);
    expect(selected).toHaveLength(4);
    const run = await deleteOneByOne(selected, steps);
    expect(run.outcomes).toEqual(selected.map((ruleId) => ({ ruleId, status: "deleted" })));
    expect(run.remaining).toEqual([]);
    expect(await ruleIds(DEMO_REDUNDANT.regionId, DEMO_REDUNDANT.group)).toHaveLength(5);
  });

  it("HC-1 of rules that cover each other, selecting all never deletes them all", async () => {
    const group = String(
      (await t.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc, SecurityGroupName: "overlap" }))
        .SecurityGroupId,
    );
    // Web ports twice over: 1-50 and 40-100 together cover 1-100, and 1-100 covers each of them.
    for (const [index, range] of ["1/50", "40/100", "1/100"].entries()) {
      await t.call("AuthorizeSecurityGroup", {
        RegionId: "cn-hangzhou",
        SecurityGroupId: group,
        "Permissions.1.IpProtocol": "TCP",
        "Permissions.1.PortRange": range,
        "Permissions.1.SourceCidrIp": "0.0.0.0/0",
        "Permissions.1.Description": `rule ${index + 1}`,
      });
    }
    const revoked: string[] = [];
    const steps = stepsFor("cn-hangzhou", group, revoked);
    const selected = (await steps.check()).map((finding) => finding.SecurityGroupRuleId);
    expect(selected).toHaveLength(3);
    const run = await deleteOneByOne(selected, steps);
    expect(run.outcomes.filter((outcome) => outcome.status === "kept").length).toBeGreaterThan(0);
    expect(revoked.length).toBeLessThan(3);
    expect(run.remaining).toEqual([]);
    // Ports 1-100 are still open: what is left covers them.
    const left = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: "cn-hangzhou",
      SecurityGroupId: group,
    })) as {
      Permissions: { Permission: Array<{ PortRange: string }> };
    };
    const ports = left.Permissions.Permission.map((rule) => rule.PortRange);
    expect(ports.includes("1/100") || (ports.includes("1/50") && ports.includes("40/100"))).toBe(true);
  });

  it("HC-1 a failed deletion is reported and the next selected rule is still handled", async () => {
    const steps = stepsFor(DEMO_REDUNDANT.regionId, DEMO_REDUNDANT.group);
    const [first, second] = (await steps.check()).map((finding) => finding.SecurityGroupRuleId);
    const failing = {
      ...steps,
      revoke: async (finding: RedundantRule) => {
        if (finding.SecurityGroupRuleId === first) throw new Error("network down");
        await steps.revoke(finding);
      },
    };
    const run = await deleteOneByOne([first ?? "", second ?? ""], failing);
    expect(run.outcomes.map((outcome) => outcome.status)).toEqual(["failed", "deleted"]);
    expect(run.remaining.map((finding) => finding.SecurityGroupRuleId)).toContain(first);
  });
});
