import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

/** UX-2 HARD-4: ImportWorkspace checks a whole file before it replaces anything. */
type Stores = Record<string, Array<Record<string, unknown>>>;

let t: TestEngine;
let exported: string;
beforeEach(async () => {
  t = await makeEngine();
  exported = ((await t.call("ExportWorkspace")) as { Content: string }).Content;
});
afterEach(() => t.close());

function edited(change: (stores: Stores) => void): string {
  const file = JSON.parse(exported) as { stores: Stores };
  change(file.stores);
  return JSON.stringify(file);
}

function at<T>(list: T[] | undefined, index = 0): T {
  const item = list?.[index];
  if (item === undefined) throw new Error("the demo data has this record");
  return item;
}

async function expectRefused(content: string, place: string): Promise<void> {
  await t.call("CreateSecurityGroup", { RegionId: "cn-hangzhou", VpcId: DEMO.vpc, SecurityGroupName: "before-import" });
  const before = ((await t.call("ExportWorkspace")) as { Content: string }).Content;
  const error = await expectEcsError(
    t.call("ImportWorkspace", { Content: content }),
    "InvalidParameter.WorkspaceContent",
    400,
  );
  expect(error.message).toContain(place);
  expect(((await t.call("ExportWorkspace")) as { Content: string }).Content).toBe(before);
}

describe("UX-2 HARD-4 workspace files are checked whole", () => {
  it("HARD-4 a record of the wrong shape is refused with its place, and nothing changes", async () => {
    await expectRefused(
      edited((stores) => {
        at(stores.securityGroups).Tags = "x";
      }),
      "stores.securityGroups[0].Tags",
    );
    await expectRefused(
      edited((stores) => {
        at(stores.rules, 2).PortRange = 22;
      }),
      "stores.rules[2].PortRange",
    );
  });

  it("HARD-4 a rule of a missing group, or using a missing prefix list, is refused", async () => {
    const firstGroup = String(at(JSON.parse(exported).stores.securityGroups as Stores[string]).SecurityGroupId);
    await expectRefused(
      edited((stores) => {
        stores.securityGroups = (stores.securityGroups ?? []).filter((group) => group.SecurityGroupId !== firstGroup);
        stores.networkInterfaces = (stores.networkInterfaces ?? []).map((eni) => ({
          ...eni,
          SecurityGroupIds: (eni.SecurityGroupIds as string[]).filter((id) => id !== firstGroup),
        }));
      }),
      `no group ${firstGroup}`,
    );
    await expectRefused(
      edited((stores) => {
        at(stores.rules).SourcePrefixListId = "pl-missing0000000000000";
      }),
      "stores.rules[0].SourcePrefixListId: no prefix list pl-missing0000000000000",
    );
  });

  it("HARD-4 an interface in 11 groups, and two records with one id, are refused", async () => {
    await expectRefused(
      edited((stores) => {
        at(stores.networkInterfaces).SecurityGroupIds = Array.from({ length: 11 }, () => DEMO.web).map(
          (id, n) => `${id.slice(0, -2)}${n.toString().padStart(2, "0")}`,
        );
      }),
      "stores.networkInterfaces[0].SecurityGroupIds",
    );
    await expectRefused(
      edited((stores) => {
        stores.rules?.push({ ...at(stores.rules) });
      }),
      "a second record with SecurityGroupRuleId",
    );
  });

  it("HARD-4 counters are recomputed, so a hand-added rule counts", async () => {
    const content = edited((stores) => {
      const rule = at((stores.rules ?? []).filter((candidate) => candidate.SecurityGroupId === DEMO.web));
      stores.rules?.push({ ...rule, SecurityGroupRuleId: "sgr-handadded0000000000", Priority: 7 });
      for (const group of stores.securityGroups ?? []) group.RuleCount = 0;
    });
    await t.call("ImportWorkspace", { Content: content });
    const attribute = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: "cn-hangzhou",
      SecurityGroupId: DEMO.web,
    })) as {
      Permissions: { Permission: Array<{ SecurityGroupRuleId: string }> };
    };
    const groups = (await t.call("DescribeSecurityGroups", { RegionId: "cn-hangzhou", SecurityGroupId: DEMO.web })) as {
      SecurityGroups: { SecurityGroup: Array<{ RuleCount?: number }> };
    };
    expect(attribute.Permissions.Permission.map((rule) => rule.SecurityGroupRuleId)).toContain(
      "sgr-handadded0000000000",
    );
    expect(at(groups.SecurityGroups.SecurityGroup).RuleCount).toBe(attribute.Permissions.Permission.length);
  });
});
