import { useEcsMutation } from "../../../api/queries";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import { advanceEngineClock } from "./clock-writes";
import { useDemoControls } from "./demo-controls";
import { ADVANCE_STEPS, formatDuration, useEngineClock } from "./engine-clock";

/**
 * SNAP-3 demo controls: the engine clock and buttons that fast-forward it, so a 5-minute
 * snapshot window or a day of retention passes at once. Shown only while the header's switch
 * is on; a badge says plainly when the clock runs ahead of real time.
 */
export function DemoClockBar() {
  const on = useDemoControls((state) => state.on);
  return on ? <ClockBar /> : null;
}

function ClockBar() {
  const t = useT();
  const language = useLanguage();
  const clock = useEngineClock(true);
  // No list of actions: anything may have changed (snapshots fell due or expired in the skipped time).
  const advance = useEcsMutation(advanceEngineClock);

  const run = (seconds: number, label: string) =>
    advance.mutate(seconds, {
      onSuccess: () => toast.success(t("clock.advanced", { step: label })),
      onError: (error) => toast.error(toProblem(error), t("error.title")),
    });

  return (
    <section className="demo-bar" aria-label={t("clock.barLabel")}>
      <span className="demo-bar-title">
        <Icon name="clock" />
        {t("clock.engineTime")}
      </span>
      {clock ? (
        <time className="demo-bar-time" dateTime={new Date(clock.now).toISOString()}>
          {formatTime(new Date(clock.now).toISOString(), language)}
        </time>
      ) : (
        <span className="demo-bar-time muted">{t("common.loading")}</span>
      )}
      {clock && clock.fastForwardMs > 0 && (
        <span className="demo-bar-ahead" role="status">
          {t("clock.ahead", { duration: formatDuration(t, clock.fastForwardMs) })}
        </span>
      )}
      <span className="demo-bar-actions">
        <span className="demo-bar-hint">{t("clock.fastForward")}</span>
        {ADVANCE_STEPS.map((step) => (
          <Button
            key={step.seconds}
            size="sm"
            busy={advance.isPending && advance.variables === step.seconds}
            disabled={advance.isPending}
            onClick={() => run(step.seconds, t(step.label))}
          >
            {t(step.label)}
          </Button>
        ))}
      </span>
    </section>
  );
}
