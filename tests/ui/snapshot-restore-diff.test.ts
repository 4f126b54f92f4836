import { describe, expect, it } from "vitest";
import type { Permission } from "../../src/api/types";
import { changeCount, diffDirection, diffRules } from "../../src/features/snapshots/restore/rule-diff";

/** A Permission as the API answers it: every field present, "" when unset. */
function rule(id: string, fields: Partial<Permission> = {}): Permission {
  return {
    SecurityGroupRuleId: id,
    Direction: "ingress",
    IpProtocol: "TCP",
    PortRange: "22/22",
    SourcePortRange: "",
    SourceCidrIp: "10.0.0.1/32",
    Ipv6SourceCidrIp: "",
    SourceGroupId: "",
    SourceGroupName: "",
    SourceGroupOwnerAccount: "",
    SourcePrefixListId: "",
    SourcePrefixListName: "",
    DestCidrIp: "",
    Ipv6DestCidrIp: "",
    DestGroupId: "",
    DestGroupName: "",
    DestGroupOwnerAccount: "",
    DestPrefixListId: "",
    DestPrefixListName: "",
    PortRangeListId: "",
    PortRangeListName: "",
    Policy: "Accept",
    Priority: 1,
    NicType: "intranet",
    Description: "ssh",
    CreateTime: "2026-03-01T00:00:00Z",
    ...fields,
  };
}

describe("SNAP-4 restore comparison (console)", () => {
  it("SNAP-4 matches rules by id: only in the snapshot = added, only now = removed, same = unchanged", () => {
    const current = [rule("sgr-keep"), rule("sgr-new", { PortRange: "80/80" })];
    const snapshot = [rule("sgr-keep"), rule("sgr-old", { PortRange: "443/443" })];
    const diff = diffDirection("ingress", current, snapshot);
    expect(diff.changes.map((change) => [change.kind, change.id])).toEqual([
      ["added", "sgr-old"],
      ["removed", "sgr-new"],
      ["unchanged", "sgr-keep"],
    ]);
    expect(diff.counts).toEqual({ changed: 0, added: 1, removed: 1, unchanged: 1 });
    expect([diff.before, diff.after]).toEqual([2, 2]);
    expect(changeCount(diff)).toBe(2);
  });

  it("SNAP-4 a rule with the same id and other settings is changed, naming exactly what differs", () => {
    const current = [rule("sgr-a", { PortRange: "8080/8080", Description: "edited", Priority: 2 })];
    const snapshot = [rule("sgr-a")];
    const [change] = diffDirection("ingress", current, snapshot).changes;
    expect(change?.kind).toBe("changed");
    expect(change?.kind === "changed" && change.aspects).toEqual(["priority", "port", "description"]);
  });

  it("SNAP-4 the peer is the source inbound and the destination outbound; names and times are not compared", () => {
    const inbound = diffDirection(
      "ingress",
      [rule("sgr-a", { SourceCidrIp: "", SourceGroupId: "sg-1", SourceGroupName: "renamed" })],
      [rule("sgr-a", { SourceCidrIp: "", SourceGroupId: "sg-1", SourceGroupName: "old", CreateTime: "x" })],
    );
    expect(inbound.counts.unchanged).toBe(1);
    const egress = (fields: Partial<Permission>) =>
      rule("sgr-e", { Direction: "egress", SourceCidrIp: "", DestCidrIp: "0.0.0.0/0", ...fields });
    const outbound = diffDirection("egress", [egress({ DestCidrIp: "1.2.3.4/32" })], [egress({})]);
    expect(outbound.changes[0]?.kind === "changed" && outbound.changes[0].aspects).toEqual(["peer"]);
  });

  it("SNAP-4 protocol and policy compare case-insensitively, as the API treats them", () => {
    const diff = diffDirection(
      "ingress",
      [rule("sgr-a", { IpProtocol: "TCP", Policy: "Accept" })],
      [rule("sgr-a", { IpProtocol: "tcp" as Permission["IpProtocol"], Policy: "accept" as Permission["Policy"] })],
    );
    expect(diff.counts.unchanged).toBe(1);
  });

  it("SNAP-4 splits both directions and lists changes first, by priority", () => {
    const current = [
      rule("sgr-i1"),
      rule("sgr-i2", { Priority: 5, PortRange: "80/80" }),
      rule("sgr-o1", { Direction: "egress", SourceCidrIp: "", DestCidrIp: "1.1.1.1/32" }),
    ];
    const snapshot = [
      rule("sgr-i1"),
      rule("sgr-i2", { Priority: 5, PortRange: "81/81" }),
      rule("sgr-i3", { Priority: 3, PortRange: "3306/3306" }),
    ];
    const diffs = diffRules(current, snapshot);
    expect(diffs.ingress.changes.map((change) => change.kind)).toEqual(["changed", "added", "unchanged"]);
    expect(diffs.egress.changes.map((change) => [change.kind, change.id])).toEqual([["removed", "sgr-o1"]]);
    expect(changeCount(diffs.ingress) + changeCount(diffs.egress)).toBe(3);
  });
});
