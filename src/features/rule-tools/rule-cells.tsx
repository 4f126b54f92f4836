import type { Permission } from "@/api/types";
import { useT } from "../../i18n";
import { PeerCell } from "../security-groups/rules/PeerCell";
import { PolicyBadge, protocolLabel } from "../security-groups/rules/rule-display";

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
