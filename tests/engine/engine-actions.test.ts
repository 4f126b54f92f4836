import { describe, expect, it } from "vitest";
import { EAGER_ACTIONS, LAZY_ACTIONS } from "../../src/engine/actions";
import { ACTION_NAMES } from "../../src/engine/engine";
import { expectEcsError, makeEngine } from "../helpers/engine";

describe("API-1 the action table", () => {
  it("API-1 each lazily loaded module holds exactly the actions it declares, and no name is served twice", async () => {
    for (const module of LAZY_ACTIONS) {
      expect(Object.keys(await module.load()).sort()).toEqual([...module.actions].sort());
    }
    expect(new Set(ACTION_NAMES).size).toBe(ACTION_NAMES.length);
    expect(ACTION_NAMES.length).toBeGreaterThan(Object.keys(EAGER_ACTIONS).length);
  });

  it("API-1 the group list's actions load with the engine; rule and VPC writes (with the CIDR library) load on first call", () => {
    const firstPage = [
      "DescribeRegions",
      "DescribeSecurityGroups",
      "DescribeVpcs",
      "DescribeQuotas",
      "DescribeEngineClock",
    ];
    expect(firstPage.filter((action) => !Object.hasOwn(EAGER_ACTIONS, action))).toEqual([]);
    const lazy = LAZY_ACTIONS.flatMap((module) => module.actions);
    expect(lazy).toEqual(
      expect.arrayContaining(["AuthorizeSecurityGroup", "DescribeSecurityGroupAttribute", "CreateVpc"]),
    );
  });

  it("API-1 a lazily loaded action answers on its first call, and unknown actions stay unknown", async () => {
    const t = await makeEngine();
    const body = await t.call("DescribeSecurityGroupRedundantRules", {
      RegionId: "cn-hangzhou",
      SecurityGroupId: "sg-bp1web00000000000000",
    });
    expect(body.SecurityGroupId).toBe("sg-bp1web00000000000000");
    expect(Array.isArray((body.RedundantRules as { RedundantRule: unknown }).RedundantRule)).toBe(true);
    await expectEcsError(t.call("DescribeNothing"), "InvalidAction.NotFound", 404);
    t.close();
  });
});
