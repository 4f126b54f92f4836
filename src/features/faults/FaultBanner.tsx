import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ProblemMessage } from "../../components/ProblemMessage";
import { toProblem } from "../../components/problem";
import { useToastStore } from "../../components/toasts";
import { useLanguage, useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { faultSettingsQuery, modifyFaultSettings, readSettings } from "./api";
import { describeActiveSettings } from "./describe";
import { useLinkProblem } from "./link";
import { useFaultPanel } from "./panel-store";

/**
 * PROTO-2/3: while any latency or fault setting is active, every page says so, where the settings
 * came from, and offers to turn them all off in one click. A link's refused settings show here too.
 */
export function FaultBanner() {
  const t = useT();
  const language = useLanguage();
  const { data } = useQuery(faultSettingsQuery());
  const openPanel = useFaultPanel((state) => state.setOpen);
  const linkProblem = useLinkProblem((state) => state.problem);
  const dismissLinkProblem = useLinkProblem((state) => state.dismiss);
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState(false);

  const turnOff = async () => {
    setBusy(true);
    try {
      await modifyFaultSettings({ Clear: "true", Source: "console" });
      push({ tone: "success", message: t("faults.banner.turnedOff") });
    } catch (error) {
      push({ tone: "error", problem: toProblem(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {linkProblem && (
        <div className="fault-banner fault-banner-refused" role="alert">
          <Icon name="error" className="fault-banner-icon" />
          <p className="fault-banner-text">
            <strong>{t("faults.link.refused")}</strong> <ProblemMessage problem={linkProblem} />
          </p>
          <Button size="sm" variant="ghost" onClick={dismissLinkProblem}>
            {t("common.dismiss")}
          </Button>
        </div>
      )}
      {data?.Active && (
        <section className="fault-banner" aria-label={t("faults.banner.label")}>
          <Icon name="warning" className="fault-banner-icon" />
          <p className="fault-banner-text">
            <strong>{t("faults.banner.title")}</strong>{" "}
            {describeActiveSettings(t, language, readSettings(data)).join(language === "ja" ? "、" : "; ")}
            {data.Source === "link" && <span className="fault-banner-source"> {t("faults.banner.fromLink")}</span>}
            {data.Source === "cli" && <span className="fault-banner-source"> {t("faults.banner.fromCli")}</span>}
          </p>
          <Button size="sm" variant="ghost" onClick={() => openPanel(true)}>
            {t("faults.banner.edit")}
          </Button>
          <Button size="sm" variant="primary" busy={busy} onClick={() => void turnOff()}>
            {t("faults.banner.turnOff")}
          </Button>
        </section>
      )}
    </>
  );
}
