import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { q } from "../../../api/queries";
import type { Translate } from "../../../i18n";

/** DescribeEngineClock / AdvanceEngineClock (project actions): the time the engine runs on. */
export const engineClockQuery = () => q("DescribeEngineClock", {});

/** The fast-forward buttons: what they add to the engine clock. */
export const ADVANCE_STEPS = [
  { seconds: 5 * 60, label: "clock.plus5min" },
  { seconds: 60 * 60, label: "clock.plus1hour" },
  { seconds: 24 * 60 * 60, label: "clock.plus1day" },
] as const;

/** Below this the engine clock is taken as the real one (answers carry whole seconds, and requests take time). */
const REAL_TIME_TOLERANCE_MS = 30_000;

/**
 * The engine's time, ticking along with the browser's clock between fetches, and how far it is
 * ahead of real time (the fast-forward). The engine only answers whole seconds, so the offset
 * is measured against the moment the answer arrived.
 */
export function useEngineClock(enabled: boolean) {
  const query = useQuery({ ...engineClockQuery(), enabled, staleTime: 0 });
  const [realNow, setRealNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => setRealNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, [enabled]);
  if (!query.data) return undefined;
  const offsetMs = Date.parse(query.data.Now) - query.dataUpdatedAt;
  const fastForwardMs = offsetMs > REAL_TIME_TOLERANCE_MS ? offsetMs : 0;
  return { now: Math.max(realNow, query.dataUpdatedAt) + offsetMs, fastForwardMs };
}

/** "2 days 3 h 5 min": how far the clock was moved, to the minute. */
export function formatDuration(t: Translate, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(t("clock.days", { count: days }));
  if (hours > 0) parts.push(t("clock.hours", { count: hours }));
  if (rest > 0 || parts.length === 0) parts.push(t("clock.minutes", { count: rest }));
  return parts.join(" ");
}
