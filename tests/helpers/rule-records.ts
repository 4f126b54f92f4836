import type { RuleRecord } from "../../src/engine/types";

let seq = 0;

/** A stored rule with sensible defaults (ingress accept TCP 22 from anywhere at priority 1). */
export function ruleRecord(fields: Partial<RuleRecord> & { id?: string } = {}): RuleRecord {
  seq++;
  const { id, ...rest } = fields;
  return {
    SecurityGroupRuleId: id ?? `sgr-test${String(seq).padStart(16, "0")}`,
    SecurityGroupId: "sg-test",
    Direction: "ingress",
    IpProtocol: "TCP",
    PortRange: "22/22",
    SourceCidrIp: "0.0.0.0/0",
    Policy: "Accept",
    Priority: 1,
    NicType: "intranet",
    Description: "",
    CreateTime: "2026-03-01T00:00:00Z",
    Seq: seq,
    ...rest,
  };
}

/** Ingress rule with another group as its source. */
export function groupRule(groupId: string, fields: Partial<RuleRecord> & { id?: string } = {}): RuleRecord {
  const rule = ruleRecord({ ...fields, SourceGroupId: groupId });
  delete rule.SourceCidrIp;
  return rule;
}

/** Ingress rule with a prefix list as its source. */
export function listRule(listId: string, fields: Partial<RuleRecord> & { id?: string } = {}): RuleRecord {
  const rule = ruleRecord({ ...fields, SourcePrefixListId: listId });
  delete rule.SourceCidrIp;
  return rule;
}
