/**
 * Builds the benchmark's scale workspace with a fixed seed and writes it as a workspace file
 * (the format of ExportWorkspace), which the browser bench loads through ImportWorkspace.
 * Sizes: 10,000 groups in cn-hangzhou, 50 of them at the 200-rule limit.
 */
import "fake-indexeddb/auto";
import { writeFileSync } from "node:fs";
import { addRules } from "../src/engine/actions/rules";
import { insertGroup } from "../src/engine/actions/security-groups";
import { ManualClock } from "../src/engine/clock";
import { createEngine } from "../src/engine/engine";
import { createIdGenerator } from "../src/engine/ids";
import { DEMO } from "../src/engine/seed/demo";
import { inTransaction, openWorkspaceDb } from "../src/engine/store/workspace-db";
import { parsePermission } from "../src/engine/validate/rules";

export const SCALE = {
  groups: 10_000,
  fullGroups: 50,
  rulesPerFullGroup: 200,
  instances: 2_000,
  /** One instance whose ENI carries 5 full groups: 1,000 rules. */
  bigEniGroups: 5,
  prefixLists: 100,
} as const;

/** The instance whose ENI holds 1,000 rules (rules_table_1000_ms opens its rules view). */
export const BIG_INSTANCE_NAME = "bench-1000-rules";

const ENVIRONMENTS = ["prod", "stage", "dev", "test"];
const APPS = ["web", "api", "mysql", "redis", "kafka", "search", "batch", "auth", "billing", "cdn"];

export async function buildScaleWorkspace(seed = 20261129): Promise<string> {
  const clock = new ManualClock("2026-06-01T00:00:00Z");
  const ids = createIdGenerator(seed);
  const engine = createEngine({ db: await openWorkspaceDb(`bench-${seed}-${Date.now()}`), clock, ids });
  await engine.dispatch("ResetWorkspace", { Preset: "demo" });
  await inTransaction(engine.db, "readwrite", async (tx) => {
    for (let i = 0; i < SCALE.groups; i++) {
      const environment = ENVIRONMENTS[i % ENVIRONMENTS.length] ?? "prod";
      const app = APPS[Math.floor(i / ENVIRONMENTS.length) % APPS.length] ?? "web";
      const group = await insertGroup(
        tx,
        {
          SecurityGroupId: ids.next("sg", "cn-hangzhou"),
          RegionId: "cn-hangzhou",
          VpcId: DEMO.vpc,
          SecurityGroupType: "normal",
          SecurityGroupName: `${environment}-${app}-${String(i).padStart(5, "0")}-sg`,
          Description: `Scale group ${i} for the ${app} service (${environment})`,
          Tags: [{ TagKey: "env", TagValue: environment }],
        },
        clock.now() + i * 1000,
      );
      if (i < SCALE.fullGroups) {
        const drafts = Array.from({ length: SCALE.rulesPerFullGroup }, (_, r) =>
          parsePermission(r % 2 === 0 ? "ingress" : "egress", {
            IpProtocol: r % 3 === 0 ? "UDP" : "TCP",
            PortRange: `${1000 + r}/${1000 + r + (r % 7)}`,
            [r % 2 === 0 ? "SourceCidrIp" : "DestCidrIp"]: `10.${r % 256}.${i % 256}.0/24`,
            Priority: String((r % 100) + 1),
            Policy: r % 5 === 0 ? "drop" : "accept",
          }),
        );
        await addRules({ tx, now: clock.now(), ids }, group, drafts);
      }
    }
  });
  // Instances through the API, 100 per call, in a /20 vSwitch; the first five full groups share one.
  const call = (action: string, params: Record<string, string>) => engine.dispatch(action, params);
  const { VSwitchId } = await call("CreateVSwitch", {
    RegionId: "cn-hangzhou",
    VpcId: DEMO.vpc,
    ZoneId: "cn-hangzhou-k",
    CidrBlock: "192.168.16.0/20",
    VSwitchName: "bench-vsw",
  });
  const groups = (
    await call("DescribeSecurityGroups", {
      RegionId: "cn-hangzhou",
      MaxResults: "100",
      SecurityGroupName: "prod",
      FuzzyQuery: "true",
    })
  ).SecurityGroups as { SecurityGroup: Array<{ SecurityGroupId: string; RuleCount: number }> };
  const full = groups.SecurityGroup.filter((group) => group.RuleCount === SCALE.rulesPerFullGroup);
  const plain = groups.SecurityGroup.filter((group) => group.RuleCount === 0);
  const demoInstances = Number(
    (await call("DescribeInstances", { RegionId: "cn-hangzhou", PageSize: "10" })).TotalCount ?? 0,
  );
  for (let made = demoInstances; made < SCALE.instances - 1; made += 100) {
    const amount = Math.min(100, SCALE.instances - 1 - made);
    await call("RunInstances", {
      RegionId: "cn-hangzhou",
      VSwitchId: String(VSwitchId),
      ImageId: "aliyun_3_x64_20G_alibase_20260101.vhd",
      InstanceType: "ecs.g7.large",
      InstanceName: `bench-${made}`,
      Amount: String(amount),
      SecurityGroupId: plain[(made / 100) % plain.length]?.SecurityGroupId ?? DEMO.web,
    });
  }
  const bigGroups: Record<string, string> = {};
  full.slice(0, SCALE.bigEniGroups).forEach((group, index) => {
    bigGroups[`SecurityGroupIds.${index + 1}`] = group.SecurityGroupId;
  });
  await call("RunInstances", {
    RegionId: "cn-hangzhou",
    VSwitchId: String(VSwitchId),
    ImageId: "aliyun_3_x64_20G_alibase_20260101.vhd",
    InstanceType: "ecs.g7.large",
    InstanceName: BIG_INSTANCE_NAME,
    ...bigGroups,
  });
  const existingLists = (await call("DescribePrefixLists", { RegionId: "cn-hangzhou", MaxResults: "100" }))
    .PrefixLists as {
    PrefixList: unknown[];
  };
  for (let i = existingLists.PrefixList.length; i < SCALE.prefixLists; i++) {
    await call("CreatePrefixList", {
      RegionId: "cn-hangzhou",
      PrefixListName: `partner-${i}`,
      AddressFamily: "IPv4",
      MaxEntries: "20",
      "Entry.1.Cidr": `203.0.${i}.0/24`,
      "Entry.2.Cidr": `198.51.${i}.0/24`,
    });
  }

  // Room to create more groups in the browser (the import figure creates one per run).
  await call("ModifyQuota", { RegionId: "cn-hangzhou", QuotaName: "q_security-groups", Value: "20000" });

  const { Content } = await engine.dispatch("ExportWorkspace", {});
  engine.db.close();
  return String(Content);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "bench/.scale-workspace.json";
  const started = performance.now();
  const content = await buildScaleWorkspace();
  writeFileSync(out, content);
  console.log(
    `scale workspace: ${(content.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms -> ${out}`,
  );
}
