import { Link } from "react-router";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Callout } from "../../../ui/Callout";
import type { RemotePort } from "./exposure";

export interface ExposedGroup {
  groupId: string;
  groupName: string;
  ports: readonly RemotePort[];
}

/**
 * ENI-2: SSH or RDP is open to the whole internet through these groups. Says what to do
 * (allow only trusted addresses) and links to each group's inbound rules.
 */
export function ExposureCallout({ regionId, groups }: { regionId: string; groups: readonly ExposedGroup[] }) {
  const t = useT();
  const exposed = groups.filter((group) => group.ports.length > 0);
  if (exposed.length === 0) return null;
  const ports = [...new Set(exposed.flatMap((group) => group.ports))]
    .map((port) => t(port === "ssh" ? "inst.exposure.ssh" : "inst.exposure.rdp"))
    .join(t("inst.exposure.and"));
  return (
    <Callout tone="warning" title={t("inst.exposure.title", { ports })}>
      <p>{t("inst.exposure.body")}</p>
      <ul className="exposure-links">
        {exposed.map((group) => (
          <li key={group.groupId}>
            <Link to={pb.securityGroup({ regionId, securityGroupId: group.groupId }, "inbound")}>
              {t("inst.exposure.link", { name: group.groupName || group.groupId })}
            </Link>
          </li>
        ))}
      </ul>
    </Callout>
  );
}
