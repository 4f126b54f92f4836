import type { IpProtocol } from "../../engine/types";
import { type Translate, useT } from "../../i18n";
import { Badge } from "../../ui/Badge";
import type { Permission } from "../security-groups/api";
import { PeerCell } from "../security-groups/rules/PeerCell";

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

/** The cells of a rule as the rules tab shows it: action, priority, protocol, ports, peer, description. */
export function PermissionCells({ regionId, rule }: { regionId: string; rule: Permission }) {
  const t = useT();
  return (
    <>
      <td className="col-policy">
        <PolicyBadge policy={rule.Policy} />
      </td>
      <td className="col-priority">{rule.Priority}</td>
      <td className="col-protocol">{protocolLabel(t, rule.IpProtocol)}</td>
      <td className="col-port">
        <span className="mono">{rule.PortRange}</span>
      </td>
      <td className="col-peer">
        <PeerCell regionId={regionId} rule={rule} />
      </td>
      <td className="col-description">
        <span className="truncate" title={rule.Description}>
          {rule.Description}
        </span>
      </td>
    </>
  );
}

/** Header cells matching PermissionCells. */
export function PermissionHeaders({ direction }: { direction: Permission["Direction"] }) {
  const t = useT();
  return (
    <>
      <th scope="col" className="col-policy">
        {t("rules.col.policy")}
      </th>
      <th scope="col" className="col-priority">
        {t("rules.col.priority")}
      </th>
      <th scope="col" className="col-protocol">
        {t("rules.col.protocol")}
      </th>
      <th scope="col" className="col-port">
        {t("rules.col.port")}
      </th>
      <th scope="col" className="col-peer">
        {t(direction === "ingress" ? "rules.col.source" : "rules.col.destination")}
      </th>
      <th scope="col" className="col-description">
        {t("rules.col.description")}
      </th>
    </>
  );
}

/** A rule in one line, for lists: "Allow TCP 22/22 0.0.0.0/0". */
export function ruleLine(t: Translate, rule: Permission): string {
  const ingress = rule.Direction === "ingress";
  const peer = ingress
    ? rule.SourceCidrIp ||
      rule.Ipv6SourceCidrIp ||
      rule.SourceGroupName ||
      rule.SourceGroupId ||
      rule.SourcePrefixListName
    : rule.DestCidrIp || rule.Ipv6DestCidrIp || rule.DestGroupName || rule.DestGroupId || rule.DestPrefixListName;
  const policy = t(rule.Policy === "Drop" ? "rules.policy.drop" : "rules.policy.accept");
  return `${policy} ${protocolLabel(t, rule.IpProtocol)} ${rule.PortRange} ${peer}`;
}
