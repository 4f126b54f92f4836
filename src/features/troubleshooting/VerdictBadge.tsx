import { useT } from "../../i18n";
import { Icon } from "../../ui/Icon";

/** Allowed (green, a tick) or blocked (red, a cross): the colour is never the only signal. */
export function VerdictBadge({ verdict }: { verdict: "Allowed" | "Blocked" }) {
  const t = useT();
  const allowed = verdict === "Allowed";
  return (
    <span className={`diag-verdict ${allowed ? "diag-verdict-allowed" : "diag-verdict-blocked"}`}>
      <Icon name={allowed ? "check" : "close"} />
      {t(allowed ? "diag.verdict.allowed" : "diag.verdict.blocked")}
    </span>
  );
}
