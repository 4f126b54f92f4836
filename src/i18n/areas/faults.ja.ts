import type { faultEn } from "./faults.en";

/** API シミュレーションパネルの日本語メッセージ: faults.en.ts のすべてのキー (型で確認)。 */
export const faultJa: Record<keyof typeof faultEn, string> = {
  "faults.panel.title": "API シミュレーション",
  "faults.panel.intro":
    "このコンソールからページ内 API への呼び出しを、ワークスペースに届く前にここでの設定どおり遅延・失敗させます。意図的に失敗させた呼び出しは何も変更しません。設定はワークスペースとともに保存され、再読み込み後も維持されます。",
  "faults.panel.apply": "適用",
  "faults.panel.saved": "API シミュレーションの設定を適用しました。",
  "faults.panel.preset": "プリセット",
  "faults.panel.presetNone": "なし",
  "faults.panel.preset.slow-network": "低速ネットワーク: すべての呼び出しが 300～1,200 ms 待機",
  "faults.panel.preset.flaky-api": "不安定な API: 呼び出しの 10% が ServiceUnavailable (503) を返す",
  "faults.panel.preset.throttled": "スロットリング: 書き込み 5 回に 1 回が Throttling.User (400) を返す",
  "faults.panel.latency": "すべての呼び出しのレイテンシ",
  "faults.panel.latencyOff": "オフ",
  "faults.panel.latencyFixed": "固定",
  "faults.panel.latencyRange": "範囲内でランダム",
  "faults.panel.delayMs": "遅延 (ms)",
  "faults.panel.minMs": "最小 (ms)",
  "faults.panel.maxMs": "最大 (ms)",
  "faults.panel.actionLatency": "アクションごとのレイテンシ",
  "faults.panel.actionLatencyHint":
    "そのアクションについて上記のレイテンシより優先されます。ミリ秒、または 300-800 のような範囲で指定します。",
  "faults.panel.addActionLatency": "アクションのレイテンシを追加",
  "faults.panel.action": "アクション",
  "faults.panel.range": "遅延 (ms)",
  "faults.panel.failures": "失敗",
  "faults.panel.failuresHint":
    "各ルールは、指定した割合の呼び出しにそのエラーを返します。* はすべてのアクションを表します。アクションを指定したルールが * のルールより先に評価されます。",
  "faults.panel.addFailure": "失敗を追加",
  "faults.panel.code": "応答",
  "faults.panel.percent": "割合 (%)",
  "faults.panel.remove": "この行を削除",
  "faults.panel.codesCommon": "一時的な障害",
  "faults.panel.codesCatalogue": "エラーカタログ",
  "faults.panel.timeoutOption": "タイムアウト (応答なし。コンソールは 15 秒で待機を終了)",
  "faults.panel.share": "適用中の設定を含むリンク",
  "faults.panel.shareHint": "同じ API シミュレーションでこのページを開きます。同僚との共有やユーザーテストに使えます。",
  "faults.panel.copy": "リンクをコピー",
  "faults.panel.copied": "リンクをコピーしました。",
  "faults.panel.noSettings": "シミュレーションは無効です。先に設定を適用してください。",
};
