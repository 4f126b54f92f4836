import type { Translate } from "../../../i18n";

/** "1 day" / "7 days" (the catalogue has no plural rules, so the singular is its own message). */
export function retentionLabel(t: Translate, days: number): string {
  return days === 1 ? t("snap.retentionOneDay") : t("snap.retentionDays", { count: days });
}
