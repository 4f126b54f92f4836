/*
 * The console's service worker: MSW's generated worker (mockServiceWorker.js, never edited) with
 * one change. MSW's worker unregisters itself when the last page it serves says CLIENT_CLOSED,
 * which every page does on unload. On a reload that unregistration races the next page's
 * navigation: when it wins, the new page starts without a controlling worker, and its API
 * requests reach the static server. This worker keeps its registration and only forgets the
 * closing page, so a reload is always served by the worker that served the page before it.
 */
addEventListener("message", (event) => {
  if (event.data !== "CLIENT_CLOSED") return;
  // Registered before MSW's own listener, so stopping here keeps MSW from unregistering.
  event.stopImmediatePropagation();
  const clientId = event.source?.id;
  // `activeClientIds` is MSW's set of served pages, a top-level const of the imported script
  // (classic worker scripts share one global scope).
  if (clientId) activeClientIds.delete(clientId);
});

importScripts("./mockServiceWorker.js");
