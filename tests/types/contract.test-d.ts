/**
 * API-1, type level: checked by `tsc --noEmit` (tsconfig includes tests/), not run by vitest.
 * Each `@ts-expect-error` fails the type check when the line under it stops being an error, so a
 * contract that let a misspelt action or parameter through would break `npm run typecheck`.
 */

import type { callEcs } from "../../src/api/client";
import type { ParamsOf, ResponseOf } from "../../src/api/contract";
import { type prefetch, q } from "../../src/api/queries";

declare const call: typeof callEcs;
declare const load: typeof prefetch;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_: T): void => undefined;

export async function contractChecks(): Promise<void> {
  // The response is inferred from the action name.
  const groups = await call("DescribeSecurityGroups", { RegionId: "cn-hangzhou", MaxResults: 10 });
  const firstGroupName: string | undefined = groups.SecurityGroups.SecurityGroup[0]?.SecurityGroupName;
  const requestId: string = groups.RequestId;
  void firstGroupName;
  void requestId;

  // RULE-6: the rule view carries the port-range-list fields the engine sends.
  const rules = await call("DescribeSecurityGroupAttribute", { RegionId: "cn-hangzhou", SecurityGroupId: "sg-1" });
  expectType<Equal<(typeof rules.Permissions.Permission)[number]["PortRangeListId"], string>>(true);

  // A misspelt action name fails.
  // @ts-expect-error "DescribeSecurityGroup" is not an action
  await call("DescribeSecurityGroup", { RegionId: "cn-hangzhou" });

  // A wrong parameter name fails.
  // @ts-expect-error SecurityGroupID is not a parameter of DescribeSecurityGroups (SecurityGroupId is)
  await call("DescribeSecurityGroups", { RegionId: "cn-hangzhou", SecurityGroupID: "sg-1" });

  // A missing required parameter fails.
  // @ts-expect-error DeleteSecurityGroup needs SecurityGroupId
  await call("DeleteSecurityGroup", { RegionId: "cn-hangzhou" });

  // A field the response does not have fails.
  // @ts-expect-error CreateSecurityGroup answers SecurityGroupId, not GroupId
  void (await call("CreateSecurityGroup", { RegionId: "cn-hangzhou" })).GroupId;

  // The query helper infers the same way.
  const query = q("DescribePrefixLists", { RegionId: "cn-hangzhou", MaxResults: 100 });
  const lists = await load(query);
  expectType<Equal<typeof lists, ResponseOf<"DescribePrefixLists">>>(true);
  // @ts-expect-error "DescribePrefixList" is not an action
  q("DescribePrefixList", { RegionId: "cn-hangzhou" });
  // @ts-expect-error PrefixListIds is not a parameter of DescribePrefixLists (PrefixListId.N is)
  q("DescribePrefixLists", { RegionId: "cn-hangzhou", PrefixListIds: ["pl-1"] });

  expectType<Equal<ParamsOf<"ExportSecurityGroupRules">["Format"], "json" | "csv">>(true);
}
