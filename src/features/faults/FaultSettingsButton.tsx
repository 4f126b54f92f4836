import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { deferred } from "../../components/deferred-component";
import { loadAreaMessages, useT } from "../../i18n";
import { Icon } from "../../ui/Icon";
import { faultSettingsQuery } from "./api";
import { useFaultPanel } from "./panel-store";

const FaultSettingsPanel = deferred(async () => {
  const [panel] = await Promise.all([import("./FaultSettingsPanel"), loadAreaMessages()]);
  return panel.FaultSettingsPanel;
});

/** The header's entry to the API simulation panel (PROTO-1); marked while a setting is active. */
export function FaultSettingsButton() {
  const t = useT();
  const open = useFaultPanel((state) => state.open);
  const setOpen = useFaultPanel((state) => state.setOpen);
  const active = useQuery(faultSettingsQuery()).data?.Active ?? false;
  return (
    <>
      <button
        type="button"
        className={`demo-toggle fault-toggle${active ? " fault-toggle-active" : ""}`}
        title={t("faults.openHint")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void FaultSettingsPanel.preload()}
      >
        <Icon name="warning" />
        <span>{t("faults.open")}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <FaultSettingsPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
