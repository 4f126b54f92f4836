import type { Permission } from "@/api/types";
import type { Column } from "../../../components/DataTable";
import type { Direction, IpProtocol } from "../../../engine/types";
import { type Translate, useT } from "../../../i18n";
import { Badge } from "../../../ui/Badge";
import { PeerCell } from "./PeerCell";

// How every rule table and summary writes a rule's action, protocol and peer.

const PROTOCOLS: readonly IpProtocol[] = ["ALL", "TCP", "UDP", "ICMP", "ICMPv6", "GRE"];

/** A protocol as the rule tables write it; an unknown one (from a file) as it was written. */
export function protocolLabel(t: Translate, protocol: string): string {
  const known = PROTOCOLS.find((candidate) => candidate.toUpperCase() === protocol.toUpperCase());
  return known ? t(`rules.protocol.${known}`) : protocol;
}

export function PolicyBadge({ policy }: { policy: string }) {
  const t = useT();
  return policy.toLowerCase() === "drop" ? (
    <Badge tone="red">{t("rules.policy.drop")}</Badge>
  ) : (
    <Badge tone="green">{t("rules.policy.accept")}</Badge>
  );
}

/** A rule in one line, for lists and confirmations: "Allow TCP 22/22 0.0.0.0/0". */
export function ruleLine(t: Translate, rule: Permission): string {
  const ingress = rule.Direction === "ingress";
  const peer = ingress
    ? rule.SourceCidrIp ||
      rule.Ipv6SourceCidrIp ||
      rule.SourceGroupName ||
      rule.SourceGroupId ||
      rule.SourcePrefixListName ||
      rule.SourcePrefixListId
    : rule.DestCidrIp ||
      rule.Ipv6DestCidrIp ||
      rule.DestGroupName ||
      rule.DestGroupId ||
      rule.DestPrefixListName ||
      rule.DestPrefixListId;
  const policy = t(rule.Policy === "Drop" ? "rules.policy.drop" : "rules.policy.accept");
  return `${policy} ${protocolLabel(t, rule.IpProtocol)} ${rule.PortRange} ${peer}`;
}

type RuleColumnId = "policy" | "priority" | "protocol" | "port" | "peer" | "description";

/**
 * The columns every rules table shows (action, priority, protocol, ports, peer, description),
 * for tables whose rows hold a rule (`ruleOf`); each table puts them in order among its own.
 */
export function ruleColumns<Row>(
  t: Translate,
  regionId: string,
  direction: Direction,
  ruleOf: (row: Row) => Permission,
): Record<RuleColumnId, Column<Row>> {
  return {
    policy: {
      id: "policy",
      header: t("rules.col.policy"),
      className: "col-policy",
      cell: (row) => <PolicyBadge policy={ruleOf(row).Policy} />,
    },
    priority: {
      id: "priority",
      header: t("rules.col.priority"),
      className: "col-priority",
      cell: (row) => ruleOf(row).Priority,
    },
    protocol: {
      id: "protocol",
      header: t("rules.col.protocol"),
      className: "col-protocol",
      cell: (row) => protocolLabel(t, ruleOf(row).IpProtocol),
    },
    port: {
      id: "port",
      header: t("rules.col.port"),
      className: "col-port",
      cell: (row) => <span className="mono">{ruleOf(row).PortRange}</span>,
    },
    peer: {
      id: "peer",
      header: t(direction === "ingress" ? "rules.col.source" : "rules.col.destination"),
      className: "col-peer",
      cell: (row) => <PeerCell regionId={regionId} rule={ruleOf(row)} />,
    },
    description: {
      id: "description",
      header: t("rules.col.description"),
      className: "col-description",
      cell: (row) => (
        <span className="truncate" title={ruleOf(row).Description}>
          {ruleOf(row).Description}
        </span>
      ),
    },
  };
}
