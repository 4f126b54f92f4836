import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import {
  MAX_GROUP_RULES_PER_GROUP,
  MAX_GROUPS_PER_ENI,
  MAX_RULES_PER_ENI,
  MAX_RULES_PER_GROUP,
} from "../../src/engine/validate/limits";
import { makeEngine, type TestEngine } from "../helpers/engine";
import { brokenInvariants, readExport, type WorkspaceView } from "./workspace-model";

/** The fuzzer's invariant check must itself catch what it claims to: each breach on the demo data. */
const LIMITS = {
  rulesPerGroup: MAX_RULES_PER_GROUP,
  rulesPerEni: MAX_RULES_PER_ENI,
  groupsPerEni: MAX_GROUPS_PER_ENI,
  groupRulesPerGroup: MAX_GROUP_RULES_PER_GROUP,
};

let t: TestEngine;
let view: WorkspaceView;
beforeEach(async () => {
  t = await makeEngine();
  view = readExport(((await t.call("ExportWorkspace")) as { Content: string }).Content);
});
afterEach(() => t.close());

describe("HARD-4 workspace invariants", () => {
  it("HARD-4 the demo data breaks none", () => {
    expect(brokenInvariants(view, LIMITS)).toEqual([]);
  });

  it("HARD-4 a rule that refers to a missing group or prefix list is caught", () => {
    const referencing = view.rules.find((rule) => rule.SourceGroupId && !rule.SourceGroupOwnerAccount);
    if (!referencing) throw new Error("the demo data has a group-reference rule");
    const usingList = {
      ...referencing,
      SecurityGroupRuleId: "sgr-list",
      SourceGroupId: undefined,
      SourcePrefixListId: "pl-gone",
    };
    const groups = view.groups.filter((group) => group.SecurityGroupId !== referencing.SourceGroupId);
    const broken = brokenInvariants({ ...view, groups, rules: [...view.rules, usingList] }, LIMITS);
    expect(broken).toContainEqual(expect.stringContaining(`refers to a missing group ${referencing.SourceGroupId}`));
    expect(broken).toContainEqual(expect.stringContaining("refers to a missing prefix list"));
  });

  it("HARD-4 an ENI with 11 groups, another VPC's group or mixed types is caught", () => {
    const [eni] = view.enis;
    if (!eni) throw new Error("the demo data has ENIs");
    const many = { ...eni, SecurityGroupIds: Array.from({ length: 11 }, (_, n) => `sg-${n}`) };
    const mixed = { ...eni, SecurityGroupIds: [DEMO.web, DEMO.enterprise, DEMO.dev] };
    const broken = brokenInvariants({ ...view, enis: [many, mixed] }, LIMITS);
    expect(broken).toContainEqual(`${eni.NetworkInterfaceId} is in 11 groups`);
    expect(broken).toContainEqual(`${eni.NetworkInterfaceId} mixes basic and enterprise groups`);
    expect(broken).toContainEqual(`${eni.NetworkInterfaceId} is in another VPC's group`);
  });

  it("HARD-4 a stored count that differs from what it counts, and a group over 200 rules, are caught", () => {
    const groups = view.groups.map((group) =>
      group.SecurityGroupId === DEMO.web ? { ...group, RuleCount: group.RuleCount + 1, EcsCount: 99 } : group,
    );
    const template = view.rules.find((rule) => rule.SecurityGroupId === DEMO.db);
    if (!template) throw new Error("the demo db group has rules");
    const flood = Array.from({ length: 201 }, (_, n) => ({ ...template, SecurityGroupRuleId: `sgr-flood${n}` }));
    const broken = brokenInvariants({ ...view, groups, rules: [...view.rules, ...flood] }, LIMITS);
    expect(broken).toContainEqual(expect.stringMatching(new RegExp(`^${DEMO.web} RuleCount`)));
    expect(broken).toContainEqual(expect.stringMatching(new RegExp(`^${DEMO.web} EcsCount 99`)));
    expect(broken).toContainEqual(expect.stringMatching(new RegExp(`^${DEMO.db} holds \\d+ rules`)));
  });
});
