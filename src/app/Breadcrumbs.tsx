import { Link, useMatches } from "react-router";
import { useT } from "../i18n";
import { isRouteHandle } from "./route-handle";

export function Breadcrumbs() {
  const t = useT();
  const crumbs = useMatches().flatMap((match) =>
    isRouteHandle(match.handle) && match.handle.crumb
      ? [{ id: match.id, to: match.pathname, node: match.handle.crumb(match.params) }]
      : [],
  );
  if (crumbs.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t("breadcrumbs.label")}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.id}>
            {index < crumbs.length - 1 ? (
              <Link to={crumb.to}>{crumb.node}</Link>
            ) : (
              <span aria-current="page">{crumb.node}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
