import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon";

export type CalloutTone = "info" | "warning" | "danger" | "success";

const ICONS: Record<CalloutTone, IconName> = {
  info: "info",
  warning: "warning",
  danger: "error",
  success: "check",
};

/** A boxed message inside a page or form; `role` is set by callers that must be announced. */
export function Callout({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: CalloutTone;
  title?: ReactNode;
  children?: ReactNode;
  role?: "alert" | "status";
}) {
  return (
    <div className={`callout callout-${tone}`} role={role}>
      <Icon name={ICONS[tone]} className="callout-icon" />
      <div className="callout-body">
        {title && <p className="callout-title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
