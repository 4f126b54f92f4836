import { findRedundantRules, type PrefixListEntries } from "../health-check";
import { required, requireRegion } from "../params";
import type { Tx } from "../store/workspace-db";
import type { RuleRecord } from "../types";
import { referencedPrefixListId } from "../validate/rules";
import { type ActionTable, read } from "./context";
import { findGroup } from "./lookup";
import { groupRules } from "./rules";

/** The current entries of every prefix list the rules use. */
async function prefixListEntries(tx: Tx, rules: readonly RuleRecord[]): Promise<Map<string, PrefixListEntries>> {
  const entries = new Map<string, PrefixListEntries>();
  for (const rule of rules) {
    const listId = referencedPrefixListId(rule);
    if (!listId || entries.has(listId)) continue;
    const list = await tx.objectStore("prefixLists").get(listId);
    if (list) {
      entries.set(listId, { AddressFamily: list.AddressFamily, Cidrs: list.Entries.map((entry) => entry.Cidr) });
    }
  }
  return entries;
}

export const healthCheckActions = {
  /** HC-1: rules whose removal changes no decision of the group, with the rules that cover them. */
  DescribeSecurityGroupRedundantRules: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const group = await findGroup(tx, region.RegionId, required(params, "SecurityGroupId"));
    const rules = await groupRules(tx, group.SecurityGroupId);
    const findings = findRedundantRules(rules, await prefixListEntries(tx, rules));
    return {
      RegionId: region.RegionId,
      SecurityGroupId: group.SecurityGroupId,
      RedundantRules: {
        RedundantRule: findings.map((finding) => ({
          ...finding,
          CoveringRuleIds: { CoveringRuleId: finding.CoveringRuleIds },
        })),
      },
    };
  }),
} satisfies ActionTable;
