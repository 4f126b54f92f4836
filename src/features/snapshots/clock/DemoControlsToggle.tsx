import { useT } from "../../../i18n";
import { Icon } from "../../../ui/Icon";
import { useDemoControls } from "./demo-controls";

/** The header's "Demo controls" switch: shows or hides the engine clock bar (remembered per browser). */
export function DemoControlsToggle() {
  const t = useT();
  const on = useDemoControls((state) => state.on);
  const setOn = useDemoControls((state) => state.setOn);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className="demo-toggle"
      title={t("clock.toggleHint")}
      onClick={() => setOn(!on)}
    >
      <Icon name="clock" />
      <span>{t("clock.toggle")}</span>
      <span className="demo-toggle-track" aria-hidden="true">
        <span className="demo-toggle-thumb" />
      </span>
    </button>
  );
}
