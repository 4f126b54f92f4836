import type { ReactNode } from "react";
import { useLanguageStore } from "../i18n/language";

/**
 * Why the console cannot start (or stopped): said in the reader's language with what to do.
 * The message catalogues may not have loaded yet (these show before them), so the sentences
 * live here.
 */
export type BootProblem =
  | { kind: "waiting-for-worker"; attempt: number }
  | { kind: "storage-unavailable"; detail: string }
  | { kind: "storage-blocked" }
  | { kind: "workspace-newer"; detail: string }
  | { kind: "upgraded-elsewhere" }
  | { kind: "load-failed"; detail: string };

/** The problem behind a failed start: the workspace's storage, or the console's own files. */
export function startProblem(error: unknown): BootProblem {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof DOMException && error.name === "VersionError") return { kind: "workspace-newer", detail };
  if (error instanceof TypeError && /dynamically imported module|Failed to fetch/i.test(error.message)) {
    return { kind: "load-failed", detail };
  }
  return { kind: "storage-unavailable", detail };
}

const SENTENCES: Record<"en" | "ja", (problem: BootProblem) => { title: string; advice: string }> = {
  en: (problem) => {
    switch (problem.kind) {
      case "waiting-for-worker":
        return {
          title: `The console's in-page API (its service worker) is not running yet. Retrying (attempt ${problem.attempt})…`,
          advice: "If this persists, allow service workers for this site or leave private browsing.",
        };
      case "storage-unavailable":
        return {
          title: "The console cannot store its workspace in this browser (IndexedDB is unavailable or blocked).",
          advice:
            "Allow site data (cookies and site storage) for this site, leave private browsing, or use another browser, then reload.",
        };
      case "storage-blocked":
        return {
          title: "Another tab holds the workspace open with an older version of the console.",
          advice: "Close or reload the console's other tabs; this tab continues by itself.",
        };
      case "workspace-newer":
        return {
          title: "The workspace in this browser was saved by a newer version of the console.",
          advice: "Open the newer version, or clear this site's data to start over (the workspace is then lost).",
        };
      case "upgraded-elsewhere":
        return {
          title: "A newer version of the console opened this workspace in another tab.",
          advice: "Reload this tab to continue with it. Nothing you saved is lost.",
        };
      case "load-failed":
        return {
          title: "The console's files could not be loaded.",
          advice: "Check the connection to the server that serves the console, then reload.",
        };
    }
  },
  ja: (problem) => {
    switch (problem.kind) {
      case "waiting-for-worker":
        return {
          title: `コンソールのページ内 API (Service Worker) がまだ起動していません。再試行しています (${problem.attempt} 回目)…`,
          advice: "続く場合は、このサイトで Service Worker を許可するか、プライベートブラウズを終了してください。",
        };
      case "storage-unavailable":
        return {
          title:
            "このブラウザーではワークスペースを保存できません (IndexedDB が使用できないか、ブロックされています)。",
          advice:
            "このサイトのサイトデータ (Cookie とサイトのストレージ) を許可するか、プライベートブラウズを終了するか、別のブラウザーを使用してから、再読み込みしてください。",
        };
      case "storage-blocked":
        return {
          title: "別のタブが古いバージョンのコンソールでワークスペースを開いています。",
          advice: "コンソールの他のタブを閉じるか再読み込みしてください。このタブは自動的に続行します。",
        };
      case "workspace-newer":
        return {
          title: "このブラウザーのワークスペースは、より新しいバージョンのコンソールで保存されています。",
          advice:
            "新しいバージョンを開くか、このサイトのデータを消去してやり直してください (ワークスペースは失われます)。",
        };
      case "upgraded-elsewhere":
        return {
          title: "別のタブで新しいバージョンのコンソールがこのワークスペースを開きました。",
          advice: "このタブを再読み込みして続行してください。保存した内容は失われていません。",
        };
      case "load-failed":
        return {
          title: "コンソールのファイルを読み込めませんでした。",
          advice: "コンソールを配信しているサーバーへの接続を確認してから、再読み込みしてください。",
        };
    }
  },
};

/**
 * Shown while the in-page API starts (before the router exists, so no i18n hooks), instead of it
 * on a problem, and while the first page's loaders run; `children` then says what they wait for.
 */
export function BootScreen({ problem, children }: { problem?: BootProblem; children?: ReactNode } = {}) {
  const language = useLanguageStore((state) => state.language);
  if (problem) {
    const { title, advice } = SENTENCES[language](problem);
    const detail = "detail" in problem ? problem.detail : undefined;
    return (
      <main className="boot" lang={language}>
        <div className="boot-message" role="alert">
          <h1 className="boot-title">{title}</h1>
          <p>{advice}</p>
          {detail ? <p className="boot-detail">{detail}</p> : null}
          {problem.kind === "waiting-for-worker" || problem.kind === "storage-blocked" ? null : (
            <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
              {language === "ja" ? "再読み込み" : "Reload"}
            </button>
          )}
        </div>
      </main>
    );
  }
  return (
    <div className="boot">
      <span className="spinner" role="status" aria-label="Loading" />
      {children}
    </div>
  );
}
