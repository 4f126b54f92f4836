import { type Query, useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { ApiError } from "../api/client";
import { MAX_READ_RETRIES } from "../api/queries";
import { useT } from "../i18n";
import { Spinner } from "../ui/Spinner";

/** A read that failed with a retried code and is waiting for or running its next attempt. */
function retrying(query: Query): boolean {
  return query.state.fetchStatus === "fetching" && query.state.fetchFailureCount > 0;
}

/**
 * PROTO-5 throttled state: while the console retries reads with backoff (Throttling.User,
 * ServiceUnavailable), it says so, with the code, the action and the attempt.
 */
export function RetryNotice() {
  const t = useT();
  const cache = useQueryClient().getQueryCache();
  // A string snapshot: the same query object changes its attempt count in place.
  const snapshot = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => {
      const query = cache.getAll().find(retrying);
      if (!query) return "";
      const reason = query.state.fetchFailureReason;
      const code = reason instanceof ApiError ? reason.code : "";
      return JSON.stringify([code, String(query.queryKey[0]), query.state.fetchFailureCount + 1]);
    },
  );
  if (!snapshot) return null;
  const [code, action, attempt] = JSON.parse(snapshot) as [string, string, number];
  return (
    <div className="retry-notice">
      <Spinner label={t("pageState.retrying", { code, action, attempt, max: MAX_READ_RETRIES + 1 })} />
    </div>
  );
}
