import { useEffect } from "react";
import { useParams } from "react-router";
import { usePrefetchedQuery } from "../api/queries";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { regionsQuery } from "../components/regions";
import { Toaster } from "../components/Toaster";
import { FaultBanner } from "../features/faults/FaultBanner";
import { FaultSettingsButton } from "../features/faults/FaultSettingsButton";
import { DemoClockBar } from "../features/snapshots/clock/DemoClockBar";
import { DemoControlsToggle } from "../features/snapshots/clock/DemoControlsToggle";
import { useLanguage, useT } from "../i18n";
import { Icon } from "../ui/Icon";
import { Breadcrumbs } from "./Breadcrumbs";
import { LanguageSwitch } from "./LanguageSwitch";
import { NotFound } from "./NotFound";
import { PendingOutlet } from "./PendingOutlet";
import { RegionSwitcher } from "./RegionSwitcher";
import { RetryNotice } from "./RetryNotice";
import { SideNav } from "./SideNav";

/** Header (product, region, language), side navigation, breadcrumbs and the page. */
export function AppShell() {
  const t = useT();
  const language = useLanguage();
  const regionId = useParams().regionId ?? "";
  const regions = usePrefetchedQuery(regionsQuery(language)).Regions.Region;
  const knownRegion = regions.some((region) => region.RegionId === regionId);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="shield" />
          </span>
          <span className="brand-product">{t("app.product")}</span>
          <span className="brand-divider" aria-hidden="true" />
          <span className="brand-name">{t("app.name")}</span>
        </div>
        <div className="header-tools">
          {knownRegion && <RegionSwitcher regionId={regionId} />}
          <FaultSettingsButton />
          <DemoControlsToggle />
          <LanguageSwitch />
        </div>
      </header>
      <div className="app-body">
        <SideNav regionId={knownRegion ? regionId : "cn-hangzhou"} />
        <main id="main" className="app-main" tabIndex={-1}>
          <FaultBanner />
          <DemoClockBar />
          <RetryNotice />
          <Breadcrumbs />
          {knownRegion ? <PendingOutlet /> : <NotFound unknownRegion={regionId} />}
        </main>
      </div>
      <Toaster />
      <ConfirmDialog />
    </div>
  );
}
