import type { ReactNode } from "react";
import { useLanguageStore } from "../i18n/language";

/**
 * Said while no service worker answers. The message catalogues may not have loaded yet (the boot
 * screen shows before them), so these two sentences live here.
 */
const WAITING_FOR_WORKER = {
  en: (attempt: number) =>
    `The console's in-page API (its service worker) is not running yet. Retrying (attempt ${attempt})… If this persists, allow service workers for this site or leave private browsing.`,
  ja: (attempt: number) =>
    `コンソールのページ内 API (Service Worker) がまだ起動していません。再試行しています (${attempt} 回目)… 続く場合は、このサイトで Service Worker を許可するか、プライベートブラウズを終了してください。`,
} as const;

/**
 * Shown while the in-page API starts (before the router exists, so no i18n hooks needed), and
 * while the first page's loaders run; `children` then says what they wait for (a retry).
 */
export function BootScreen({ waitingAttempt, children }: { waitingAttempt?: number; children?: ReactNode } = {}) {
  const language = useLanguageStore((state) => state.language);
  if (waitingAttempt !== undefined) {
    return (
      <div className="boot" role="alert">
        <p className="boot-message">{WAITING_FOR_WORKER[language](waitingAttempt)}</p>
      </div>
    );
  }
  return (
    <div className="boot">
      <span className="spinner" role="status" aria-label="Loading" />
      {children}
    </div>
  );
}
