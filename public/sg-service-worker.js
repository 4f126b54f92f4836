/*
 * The console's service worker: MSW's generated worker (mockServiceWorker.js, never edited) with
 * one change: a page saying CLIENT_CLOSED stays served until it is really gone.
 *
 * MSW's page says CLIENT_CLOSED on `beforeunload`, and MSW's worker then (a) unregisters itself
 * when that was the last page and (b) stops serving the page at once. On a reload, (a) races the
 * next page's navigation: when it wins, the new page starts without a controlling worker. And (b)
 * sends every request the closing page still has in flight to the static server (a 404 in the
 * page's console). So this worker keeps its registration and keeps answering for a closing page;
 * pages that no longer exist are forgotten whenever a page starts.
 */
addEventListener("message", (event) => {
  if (event.data === "CLIENT_CLOSED") {
    // Registered before MSW's own listener, so stopping here keeps MSW from acting on it.
    event.stopImmediatePropagation();
    return;
  }
  if (event.data === "MOCK_ACTIVATE") event.waitUntil(forgetClosedPages());
});

/** Drops the pages that are gone from MSW's set of served pages. */
async function forgetClosedPages() {
  const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const openIds = new Set(open.map((client) => client.id));
  // `activeClientIds` is MSW's set, a top-level const of the imported script (classic worker
  // scripts share one global scope). MSW adds the starting page after this check or before it;
  // either way it is open, so it stays.
  for (const id of activeClientIds) if (!openIds.has(id)) activeClientIds.delete(id);
}

importScripts("./mockServiceWorker.js");
