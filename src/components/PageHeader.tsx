import type { ReactNode } from "react";

export function PageHeader({
  title,
  subtitle,
  badges,
  actions,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div className="page-header-main">
        <div className="page-header-titles">
          <h1 className="page-title">
            <span className="page-title-text">{title}</span>
            {badges && <span className="page-title-badges">{badges}</span>}
          </h1>
          {subtitle && <div className="page-subtitle">{subtitle}</div>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </header>
  );
}
