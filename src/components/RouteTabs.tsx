import { NavLink } from "react-router";

export interface RouteTab {
  to: string;
  label: string;
  count?: number;
}

/** Tabs that are links: each tab has its own URL (shareable, reloadable, back button works). */
export function RouteTabs({ label, tabs }: { label: string; tabs: readonly RouteTab[] }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} className="tab">
          {tab.label}
          {tab.count !== undefined && <span className="tab-count">{tab.count}</span>}
        </NavLink>
      ))}
    </nav>
  );
}
