import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import type { Exposure } from "./rule-form";

/** RULE-7: a warning (never an error) when SSH, RDP or everything is opened to the internet. */
export function ExposureWarning({ exposures }: { exposures: readonly Exposure[] }) {
  const t = useT();
  if (exposures.length === 0) return null;
  const what = exposures
    .map((exposure) =>
      t(exposure.what === "ssh" ? "rules.warn.ssh" : exposure.what === "rdp" ? "rules.warn.rdp" : "rules.warn.all"),
    )
    .join(", ");
  const cidr = [...new Set(exposures.map((exposure) => exposure.cidr))].join(", ");
  return (
    <Callout tone="warning" title={t("rules.warn.title")}>
      {t("rules.warn.body", { what, cidr })}
    </Callout>
  );
}
