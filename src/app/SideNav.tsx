import { NavLink } from "react-router";
import { type MessageKey, useT } from "../i18n";
import { type Area, pb } from "../paths";
import { Icon, type IconName } from "../ui/Icon";

const ITEMS: ReadonlyArray<{ area: Area; label: MessageKey; icon: IconName }> = [
  { area: "security-groups", label: "nav.securityGroups", icon: "shield" },
  { area: "instances", label: "nav.instances", icon: "server" },
  { area: "network-interfaces", label: "nav.networkInterfaces", icon: "network" },
  { area: "prefix-lists", label: "nav.prefixLists", icon: "list" },
  { area: "snapshots", label: "nav.snapshots", icon: "camera" },
  { area: "troubleshooting", label: "nav.troubleshooting", icon: "wrench" },
];

export function SideNav({ regionId }: { regionId: string }) {
  const t = useT();
  return (
    <nav className="side-nav" aria-label={t("nav.label")}>
      <p className="side-nav-section">{t("nav.section")}</p>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.area}>
            <NavLink to={pb.area({ regionId }, item.area)} className="side-nav-link">
              <Icon name={item.icon} />
              <span>{t(item.label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
