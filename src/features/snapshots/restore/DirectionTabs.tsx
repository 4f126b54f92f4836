import { type KeyboardEvent, useId, useRef } from "react";
import type { Direction } from "../../../engine/types";
import { useT } from "../../../i18n";
import { DiffTable } from "./DiffTable";
import { changeCount, type DirectionDiff } from "./rule-diff";

const DIRECTIONS: readonly Direction[] = ["ingress", "egress"];

/** Inbound / outbound tabs (ARIA tabs, arrow keys move between them), each with its change count. */
export function DirectionTabs({
  diffs,
  selected,
  onSelect,
}: {
  diffs: Record<Direction, DirectionDiff>;
  selected: Direction;
  onSelect: (direction: Direction) => void;
}) {
  const t = useT();
  const id = useId();
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const label = (direction: Direction) => t(direction === "ingress" ? "snap.diff.inbound" : "snap.diff.outbound");

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next = selected === "ingress" ? "egress" : "ingress";
    onSelect(next);
    tabs.current[next]?.focus();
  };

  const diff = diffs[selected];
  return (
    <div className="diff-tabs">
      <div role="tablist" aria-label={t("snap.diff.tabsLabel")} className="tabs tabs-inline" onKeyDown={onKeyDown}>
        {DIRECTIONS.map((direction) => {
          const count = changeCount(diffs[direction]);
          return (
            <button
              key={direction}
              ref={(button) => {
                tabs.current[direction] = button;
              }}
              type="button"
              role="tab"
              id={`${id}-${direction}-tab`}
              aria-selected={selected === direction}
              aria-controls={`${id}-${direction}-panel`}
              tabIndex={selected === direction ? 0 : -1}
              className={`tab ${selected === direction ? "active" : ""}`.trim()}
              onClick={() => onSelect(direction)}
            >
              {label(direction)}
              <span className={`tab-count ${count > 0 ? "tab-count-changes" : ""}`.trim()}>
                {t("snap.diff.changes", { count })}
              </span>
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${selected}-panel`}
        aria-labelledby={`${id}-${selected}-tab`}
        className="diff-panel"
      >
        <p className="diff-summary">
          {t("snap.diff.summary", {
            changed: diff.counts.changed,
            added: diff.counts.added,
            removed: diff.counts.removed,
            unchanged: diff.counts.unchanged,
          })}{" "}
          <span className="muted">{t("snap.diff.beforeAfter", { before: diff.before, after: diff.after })}</span>
        </p>
        <DiffTable diff={diff} label={t("snap.diff.tableLabel", { direction: label(selected) })} />
      </div>
    </div>
  );
}
