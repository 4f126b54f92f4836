import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PermissionFields, parsePermission, ruleIdentity } from "../../src/engine/validate/rules";
import { makeEngine, type TestEngine } from "../helpers/engine";

const REGION = "cn-hangzhou";

/** Cells a spreadsheet would treat as formulas, quotes, separators and line breaks. */
const TRICKY = ["=1+1", "+1", "-1/-1", "@SUM(A1)", "\tindented", "\rcr", "'quoted", "'=both", 'a,b"c\nd', " spaced "];
const description = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...TRICKY),
    fc.tuple(fc.constantFrom(...TRICKY), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
  )
  .filter((text) => !/^https?:\/\//i.test(text));

interface Workspace {
  t: TestEngine;
  source: string;
  target: string;
  peer: string;
  listV4: string;
  listV6: string;
}

async function workspace(): Promise<Workspace> {
  const t = await makeEngine("empty");
  const vpc = String((await t.call("CreateVpc", { RegionId: REGION, CidrBlock: "192.168.0.0/16" })).VpcId);
  const group = async (name: string) =>
    String(
      (await t.call("CreateSecurityGroup", { RegionId: REGION, VpcId: vpc, SecurityGroupName: name })).SecurityGroupId,
    );
  const list = async (name: string, family: string, cidr: string) =>
    String(
      (
        await t.call("CreatePrefixList", {
          RegionId: REGION,
          PrefixListName: name,
          AddressFamily: family,
          MaxEntries: "2",
          "Entry.1.Cidr": cidr,
        })
      ).PrefixListId,
    );
  return {
    t,
    source: await group("source"),
    target: await group("target"),
    peer: await group("peer"),
    listV4: await list("list-v4", "IPv4", "10.0.0.0/8"),
    listV6: await list("list-v6", "IPv6", "2001:db8::/32"),
  };
}

type Peer = "v4" | "v6" | "group" | "listV4" | "listV6";

const permission = fc.record({
  direction: fc.constantFrom("ingress" as const, "egress" as const),
  protocol: fc.constantFrom("TCP", "UDP", "ICMP", "ICMPv6", "GRE", "ALL"),
  from: fc.integer({ min: 1, max: 65535 }),
  span: fc.integer({ min: 0, max: 100 }),
  sourcePort: fc.option(fc.integer({ min: 1, max: 65000 }), { nil: undefined }),
  peer: fc.constantFrom<Peer>("v4", "v6", "group", "listV4", "listV6"),
  prefixLength: fc.integer({ min: 0, max: 32 }),
  narrow: fc.boolean(),
  policy: fc.constantFrom("accept", "drop"),
  priority: fc.integer({ min: 1, max: 100 }),
  description,
});

type RandomPermission = typeof permission extends fc.Arbitrary<infer T> ? T : never;

/** Request fields for one random permission (only valid combinations survive `parsePermission`). */
function fieldsOf(p: RandomPermission, w: Workspace): Record<string, string> | undefined {
  const ingress = p.direction === "ingress";
  const v6 = p.peer === "v6" || p.peer === "listV6";
  if ((p.protocol === "ICMP" && v6) || (p.protocol === "ICMPv6" && !v6 && p.peer !== "group")) return undefined;
  const ports = p.protocol === "TCP" || p.protocol === "UDP";
  const fields: Record<string, string> = {
    IpProtocol: p.protocol,
    PortRange: ports ? `${p.from}/${Math.min(65535, p.from + p.span)}` : "-1/-1",
    Policy: p.policy,
    Priority: String(p.priority),
    Description: p.description,
  };
  if (ports && p.sourcePort) fields.SourcePortRange = `${p.sourcePort}/${p.sourcePort + 10}`;
  const side = ingress ? "Source" : "Dest";
  if (p.peer === "v4") fields[`${side}CidrIp`] = `10.${p.prefixLength}.0.0/${Math.max(16, p.prefixLength)}`;
  if (p.peer === "v6") fields[`Ipv6${side}CidrIp`] = `2001:db8:${p.prefixLength.toString(16)}::/48`;
  if (p.peer === "group") fields[`${side}GroupId`] = w.peer;
  if (p.peer === "listV4") fields[`${side}PrefixListId`] = w.listV4;
  if (p.peer === "listV6") fields[`${side}PrefixListId`] = w.listV6;
  if (p.narrow && p.protocol !== "ICMPv6" && p.peer !== "group") {
    const other = ingress ? "Dest" : "Source";
    fields[v6 ? `Ipv6${other}CidrIp` : `${other}CidrIp`] = v6 ? "fd00::/8" : "192.168.1.0/24";
  }
  return fields;
}

async function fillSource(w: Workspace, permissions: Array<RandomPermission>): Promise<number> {
  const seen = new Set<string>();
  let count = 0;
  let groupRules = 0;
  for (const p of permissions) {
    const fields = fieldsOf(p, w);
    if (!fields) continue;
    const identity = ruleIdentity(parsePermission(p.direction, fields as PermissionFields));
    if (seen.has(identity) || (p.peer === "group" && groupRules >= 20)) continue;
    seen.add(identity);
    if (p.peer === "group") groupRules++;
    const prefixed = Object.fromEntries(Object.entries(fields).map(([k, v]) => [`Permissions.1.${k}`, v]));
    const action = p.direction === "ingress" ? "AuthorizeSecurityGroup" : "AuthorizeSecurityGroupEgress";
    await w.t.call(action, { RegionId: REGION, SecurityGroupId: w.source, ...prefixed });
    count++;
  }
  return count;
}

async function rulesOf(w: Workspace, groupId: string) {
  const response = (await w.t.call("DescribeSecurityGroupAttribute", {
    RegionId: REGION,
    SecurityGroupId: groupId,
  })) as {
    Permissions: { Permission: Array<Record<string, unknown>> };
  };
  return response.Permissions.Permission.map((p) => {
    const { SecurityGroupRuleId: _id, CreateTime: _time, ...rest } = p;
    return rest;
  });
}

function roundTrip(format: "json" | "csv") {
  return fc.asyncProperty(fc.array(permission, { maxLength: 25 }), async (permissions) => {
    const w = await workspace();
    try {
      const count = await fillSource(w, permissions);
      const file = await w.t.call("ExportSecurityGroupRules", {
        RegionId: REGION,
        SecurityGroupId: w.source,
        Format: format,
      });
      const result = await w.t.call("ImportSecurityGroupRules", {
        RegionId: REGION,
        SecurityGroupId: w.target,
        Format: format,
        Content: String(file.Content),
      });
      expect(result).toMatchObject({ SuccessCount: count, FailureCount: 0 });
      expect(await rulesOf(w, w.target)).toEqual(await rulesOf(w, w.source));
    } finally {
      w.t.close();
    }
  });
}

const RUNS = { numRuns: Number(process.env.IO_PROPERTY_RUNS ?? 100) };
const SLOW = 600_000;

describe("IO-1/IO-2 export then import into an empty group gives back the same rules", () => {
  it(
    "IO-2 JSON round trip (property)",
    async () => {
      await fc.assert(roundTrip("json"), RUNS);
    },
    SLOW,
  );

  it(
    "IO-2 CSV round trip, formula cells and -1/-1 included (property)",
    async () => {
      await fc.assert(roundTrip("csv"), RUNS);
    },
    SLOW,
  );
});
