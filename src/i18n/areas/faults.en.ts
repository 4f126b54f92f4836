/**
 * English messages of the API simulation panel (PROTO-1). The banner and the page states are
 * shell strings (src/i18n/en.ts): they show on the first page, before the areas' messages load.
 */
export const faultEn = {
  "faults.panel.title": "API simulation",
  "faults.panel.intro":
    "Calls from this console to its in-page API wait or fail as set here, before they reach the workspace: a call that fails on purpose changes nothing. The settings are kept with the workspace, so a reload keeps them.",
  "faults.panel.apply": "Apply",
  "faults.panel.saved": "API simulation settings applied.",
  "faults.panel.preset": "Preset",
  "faults.panel.presetNone": "None",
  "faults.panel.preset.slow-network": "Slow network: every call waits 300–1,200 ms",
  "faults.panel.preset.flaky-api": "Flaky API: 10% of calls answer ServiceUnavailable (503)",
  "faults.panel.preset.throttled": "Throttled: every 5th write answers Throttling.User (400)",
  "faults.panel.latency": "Latency of every call",
  "faults.panel.latencyOff": "Off",
  "faults.panel.latencyFixed": "Fixed",
  "faults.panel.latencyRange": "Random in a range",
  "faults.panel.delayMs": "Delay (ms)",
  "faults.panel.minMs": "From (ms)",
  "faults.panel.maxMs": "To (ms)",
  "faults.panel.actionLatency": "Latency of one action",
  "faults.panel.actionLatencyHint":
    "Overrides the latency above for that action. Milliseconds, or a range such as 300-800.",
  "faults.panel.addActionLatency": "Add a latency for one action",
  "faults.panel.action": "Action",
  "faults.panel.range": "Delay (ms)",
  "faults.panel.failures": "Failures",
  "faults.panel.failuresHint":
    "Each rule answers its error to the given share of calls; * means every action. Rules for one action are tried before the * ones.",
  "faults.panel.addFailure": "Add a failure",
  "faults.panel.code": "Answer",
  "faults.panel.percent": "Rate (%)",
  "faults.panel.remove": "Remove this row",
  "faults.panel.codesCommon": "Transient failures",
  "faults.panel.codesCatalogue": "Error catalogue",
  "faults.panel.timeoutOption": "Timeout (no answer before the console gives up after 15 s)",
  "faults.panel.share": "Link with the applied settings",
  "faults.panel.shareHint": "Opens this page with the same API simulation, for a colleague or a user test.",
  "faults.panel.copy": "Copy link",
  "faults.panel.copied": "Link copied.",
  "faults.panel.noSettings": "Nothing is simulated: apply settings first.",
} as const;
