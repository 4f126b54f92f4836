import { insertVpc, insertVSwitch } from "../actions/network";
import { storeCounters } from "../actions/rules";
import { insertGroup } from "../actions/security-groups";
import { formatEcsTime } from "../clock";
import { REGIONS, zoneIds } from "../regions";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { Direction, RuleRecord, SecurityGroupRecord } from "../types";
import { type PermissionFields, parsePermission } from "../validate/rules";
import { seedDemoInstances } from "./demo-instances";
import { seedDemoPrefixLists } from "./demo-prefix-lists";
import { seedDemoRedundant } from "./demo-redundant";
import { seedDemoSnapshots } from "./demo-snapshots";

/**
 * The demo workspace (UX-2): the documentation's scenario (inbound SSH from one trusted address,
 * outbound drop to one risky address) and a few realistic groups in cn-hangzhou, a VPC in every
 * region. Ids and times are fixed so screenshots, tests and trainings see the same data.
 */
export const DEMO_TIME = Date.parse("2026-01-15T02:00:00Z");
export const TRUSTED_ADDRESS = "121.40.10.10";
export const RISKY_ADDRESS = "45.33.32.156";

/** `<prefix>-<20 chars>` from a readable label: fixed, valid ids for the demo data. */
export function demoId(prefix: string, label: string): string {
  return `${prefix}-${label
    .toLowerCase()
    .replace(/[^0-9a-z]/g, "")
    .padEnd(20, "0")
    .slice(0, 20)}`;
}

export const DEMO = {
  vpc: demoId("vpc", "bp1prod"),
  devVpc: demoId("vpc", "bp1dev"),
  vswitchH: demoId("vsw", "bp1prodh"),
  vswitchI: demoId("vsw", "bp1prodi"),
  devVswitch: demoId("vsw", "bp1devh"),
  docScenario: demoId("sg", "bp1docscenario"),
  web: demoId("sg", "bp1web"),
  db: demoId("sg", "bp1db"),
  cache: demoId("sg", "bp1cache"),
  managed: demoId("sg", "bp1managed"),
  legacyDefault: demoId("sg", "bp1legacydefault"),
  enterprise: demoId("sg", "bp1enterprise"),
  dev: demoId("sg", "bp1dev"),
} as const;

type Perm = PermissionFields;

export async function seedRules(
  tx: Tx,
  group: SecurityGroupRecord,
  rules: ReadonlyArray<[Direction, Perm]>,
  minutesAfter: number,
): Promise<void> {
  const records: RuleRecord[] = [];
  for (const [index, [direction, fields]] of rules.entries()) {
    // Legacy default groups keep their priority-110 rules (SPEC CLONE-1), which today's API refuses.
    const legacy = fields.Priority === "110";
    const draft = parsePermission(direction, legacy ? { ...fields, Priority: "100" } : fields);
    const priority = legacy ? 110 : draft.Priority;
    const rule: RuleRecord = {
      ...draft,
      Priority: priority,
      SecurityGroupRuleId: demoId("sgr", `${group.SecurityGroupId.slice(3, 14)}r${index + 1}`),
      SecurityGroupId: group.SecurityGroupId,
      CreateTime: formatEcsTime(DEMO_TIME + minutesAfter * 60_000 + index * 1000),
      Seq: await nextSeq(tx),
    };
    await tx.objectStore("rules").add(rule);
    records.push(rule);
  }
  await storeCounters(tx, group, records);
}

const at = (minutes: number) => DEMO_TIME + minutes * 60_000;

export async function seedDemo(tx: Tx, _now: number): Promise<void> {
  await insertVpc(tx, {
    VpcId: DEMO.vpc,
    RegionId: "cn-hangzhou",
    VpcName: "prod-vpc",
    CidrBlock: "192.168.0.0/16",
    Description: "Production network",
    CreationTime: formatEcsTime(at(0)),
    IsDefault: true,
  });
  await insertVSwitch(tx, {
    VSwitchId: DEMO.vswitchH,
    VpcId: DEMO.vpc,
    RegionId: "cn-hangzhou",
    ZoneId: "cn-hangzhou-h",
    VSwitchName: "prod-vsw-h",
    CidrBlock: "192.168.1.0/24",
    Description: "",
    CreationTime: formatEcsTime(at(1)),
  });
  await insertVSwitch(tx, {
    VSwitchId: DEMO.vswitchI,
    VpcId: DEMO.vpc,
    RegionId: "cn-hangzhou",
    ZoneId: "cn-hangzhou-i",
    VSwitchName: "prod-vsw-i",
    CidrBlock: "192.168.2.0/24",
    Description: "",
    CreationTime: formatEcsTime(at(1)),
  });
  await insertVpc(tx, {
    VpcId: DEMO.devVpc,
    RegionId: "cn-hangzhou",
    VpcName: "dev-vpc",
    CidrBlock: "10.0.0.0/8",
    Description: "Development network",
    CreationTime: formatEcsTime(at(2)),
    IsDefault: false,
  });
  await insertVSwitch(tx, {
    VSwitchId: DEMO.devVswitch,
    VpcId: DEMO.devVpc,
    RegionId: "cn-hangzhou",
    ZoneId: "cn-hangzhou-h",
    VSwitchName: "dev-vsw-h",
    CidrBlock: "10.1.0.0/24",
    Description: "",
    CreationTime: formatEcsTime(at(2)),
  });
  // Every other region gets a default VPC and vSwitch, so groups can be created or cloned there.
  for (const region of REGIONS) {
    if (region.RegionId === "cn-hangzhou") continue;
    const label = region.RegionId.replace(/-/g, "");
    const vpcId = demoId("vpc", `default${label}`);
    await insertVpc(tx, {
      VpcId: vpcId,
      RegionId: region.RegionId,
      VpcName: "default-vpc",
      CidrBlock: "172.16.0.0/12",
      Description: "",
      CreationTime: formatEcsTime(at(3)),
      IsDefault: true,
    });
    await insertVSwitch(tx, {
      VSwitchId: demoId("vsw", `default${label}`),
      VpcId: vpcId,
      RegionId: region.RegionId,
      ZoneId: zoneIds(region)[0] ?? `${region.RegionId}-a`,
      VSwitchName: "default-vsw",
      CidrBlock: "172.16.0.0/24",
      Description: "",
      CreationTime: formatEcsTime(at(3)),
    });
  }

  const group = (id: string, fields: Partial<SecurityGroupRecord>, minutes: number) =>
    insertGroup(
      tx,
      { SecurityGroupId: id, RegionId: "cn-hangzhou", VpcId: DEMO.vpc, SecurityGroupType: "normal", ...fields },
      at(minutes),
    );

  const docScenario = await group(
    DEMO.docScenario,
    {
      SecurityGroupName: "doc-scenario-sg",
      Description: "Documentation scenario: SSH from one trusted address, one risky site blocked",
      Tags: [{ TagKey: "scenario", TagValue: "documentation" }],
    },
    10,
  );
  await seedRules(
    tx,
    docScenario,
    [
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "22/22",
          SourceCidrIp: `${TRUSTED_ADDRESS}/32`,
          Description: "SSH from the trusted office address",
        },
      ],
      [
        "egress",
        { IpProtocol: "ALL", DestCidrIp: `${RISKY_ADDRESS}/32`, Policy: "drop", Description: "Known high-risk site" },
      ],
    ],
    11,
  );

  const web = await group(
    DEMO.web,
    {
      SecurityGroupName: "prod-web-frontend-sg",
      Description: "Public web tier",
      Tags: [
        { TagKey: "env", TagValue: "prod" },
        { TagKey: "app", TagValue: "web" },
      ],
    },
    20,
  );
  await seedRules(
    tx,
    web,
    [
      [
        "ingress",
        { IpProtocol: "TCP", PortRange: "80/80", SourceCidrIp: "0.0.0.0/0", Priority: "10", Description: "HTTP" },
      ],
      [
        "ingress",
        { IpProtocol: "TCP", PortRange: "443/443", SourceCidrIp: "0.0.0.0/0", Priority: "10", Description: "HTTPS" },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "443/443",
          Ipv6SourceCidrIp: "::/0",
          Priority: "10",
          Description: "HTTPS over IPv6",
        },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "22/22",
          SourceCidrIp: `${TRUSTED_ADDRESS}/32`,
          Description: "SSH from the office",
        },
      ],
      ["ingress", { IpProtocol: "ICMP", SourceCidrIp: "100.64.0.0/10", Description: "Platform health checks" }],
    ],
    21,
  );

  const db = await group(
    DEMO.db,
    {
      SecurityGroupName: "prod-mysql-db-sg",
      Description: "MySQL, reachable from the web tier only",
      Tags: [
        { TagKey: "env", TagValue: "prod" },
        { TagKey: "app", TagValue: "mysql" },
      ],
      DeletionProtection: false,
    },
    30,
  );
  await seedRules(
    tx,
    db,
    [
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "3306/3306",
          SourceGroupId: DEMO.web,
          Priority: "5",
          Description: "MySQL from the web tier",
        },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "3306/3306",
          SourceCidrIp: "0.0.0.0/0",
          Policy: "drop",
          Priority: "100",
          Description: "No MySQL from anywhere else",
        },
      ],
    ],
    31,
  );

  const cache = await group(
    DEMO.cache,
    {
      SecurityGroupName: "prod-redis-cache-sg",
      Description: "Redis cache; members isolated from each other",
      InnerAccessPolicy: "Drop",
      Tags: [{ TagKey: "env", TagValue: "prod" }],
    },
    40,
  );
  await seedRules(
    tx,
    cache,
    [
      [
        "ingress",
        { IpProtocol: "TCP", PortRange: "6379/6379", SourceGroupId: DEMO.web, Description: "Redis from the web tier" },
      ],
    ],
    41,
  );

  const managed = await group(
    DEMO.managed,
    {
      SecurityGroupName: "ack-cluster-managed-sg",
      Description: "Created and managed by Container Service for Kubernetes",
      ServiceManaged: true,
      ServiceID: 1497449876238371,
      DeletionProtection: true,
    },
    50,
  );
  await seedRules(
    tx,
    managed,
    [
      ["ingress", { IpProtocol: "ALL", SourceCidrIp: "172.20.0.0/16", Priority: "100", Description: "Pod network" }],
      [
        "ingress",
        { IpProtocol: "TCP", PortRange: "6443/6443", SourceCidrIp: "192.168.0.0/16", Description: "API server" },
      ],
    ],
    51,
  );

  const legacy = await group(
    DEMO.legacyDefault,
    {
      SecurityGroupName: "sg-default-legacy",
      Description: "System default security group (created before 2020-05-27)",
    },
    60,
  );
  await seedRules(
    tx,
    legacy,
    [
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "22/22",
          SourceCidrIp: "0.0.0.0/0",
          Priority: "110",
          Description: "System created rule.",
        },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "3389/3389",
          SourceCidrIp: "0.0.0.0/0",
          Priority: "110",
          Description: "System created rule.",
        },
      ],
      [
        "ingress",
        { IpProtocol: "ICMP", SourceCidrIp: "0.0.0.0/0", Priority: "110", Description: "System created rule." },
      ],
    ],
    61,
  );

  const enterprise = await group(
    DEMO.enterprise,
    {
      SecurityGroupName: "prod-payments-enterprise-sg",
      Description: "Enterprise group for the payment service",
      SecurityGroupType: "enterprise",
      Tags: [{ TagKey: "env", TagValue: "prod" }],
    },
    70,
  );
  await seedRules(
    tx,
    enterprise,
    [
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "8443/8443",
          SourceCidrIp: "192.168.1.0/24",
          Description: "Payment API from the web subnet",
        },
      ],
      ["egress", { IpProtocol: "ALL", DestCidrIp: "0.0.0.0/0", Description: "Allow all outbound (IPv4)" }],
      ["egress", { IpProtocol: "ALL", Ipv6DestCidrIp: "::/0", Description: "Allow all outbound (IPv6)" }],
    ],
    71,
  );

  await group(
    DEMO.dev,
    { SecurityGroupName: "dev-sandbox-sg", Description: "Sandbox for experiments", VpcId: DEMO.devVpc },
    80,
  );
  await seedDemoPrefixLists(tx);
  await seedDemoSnapshots(tx, _now);
  await seedDemoInstances(tx);
  await seedDemoRedundant(tx);
}
