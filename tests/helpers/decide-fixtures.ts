import { expect } from "vitest";
import {
  compileEni,
  type Decision,
  decideReference,
  type EniContext,
  type GroupContext,
  type Packet,
} from "../../src/engine/decide";
import type { RuleRecord, SecurityGroupType } from "../../src/engine/types";

let ruleCount = 0;

/** A stored rule with defaults (ingress TCP 22 accept priority 1); give the peer object. */
export function rule(groupId: string, fields: Partial<RuleRecord>): RuleRecord {
  ruleCount++;
  return {
    SecurityGroupRuleId: `sgr-${String(ruleCount).padStart(20, "0")}`,
    SecurityGroupId: groupId,
    Direction: "ingress",
    IpProtocol: "TCP",
    PortRange: "22/22",
    Policy: "Accept",
    Priority: 1,
    NicType: "intranet",
    Description: "",
    CreateTime: "2026-03-01T00:00:00Z",
    Seq: ruleCount,
    ...fields,
  };
}

export function group(
  SecurityGroupId: string,
  rules: readonly RuleRecord[] = [],
  options: { type?: SecurityGroupType; inner?: "Accept" | "Drop" } = {},
): GroupContext {
  const type = options.type ?? "normal";
  return {
    SecurityGroupId,
    SecurityGroupType: type,
    InnerAccessPolicy: options.inner ?? (type === "enterprise" ? "Drop" : "Accept"),
    rules,
  };
}

export function eni(groups: readonly GroupContext[], extra: Partial<EniContext> = {}): EniContext {
  return {
    NetworkInterfaceId: "eni-test",
    privateIpAddresses: ["192.168.1.10"],
    groups,
    groupMembers: {},
    prefixLists: {},
    ...extra,
  };
}

/** An inbound TCP packet to the ENI (192.168.1.10) from `from`. */
export function inbound(from: string, dstPort: number, extra: Partial<Packet> = {}): Packet {
  return {
    direction: "ingress",
    family: "IPv4",
    protocol: "TCP",
    srcAddress: from,
    dstAddress: "192.168.1.10",
    dstPort,
    ...extra,
  };
}

/** An outbound TCP packet from the ENI (192.168.1.10) to `to`. */
export function outbound(to: string, dstPort: number, extra: Partial<Packet> = {}): Packet {
  return {
    direction: "egress",
    family: "IPv4",
    protocol: "TCP",
    srcAddress: "192.168.1.10",
    dstAddress: to,
    dstPort,
    ...extra,
  };
}

/** Decides with both evaluators, checks that they agree, and returns the decision. */
export function decideBoth(context: EniContext, packet: Packet): Decision {
  const reference = decideReference(context, packet);
  expect(compileEni(context).decide(packet)).toEqual(reference);
  return reference;
}
