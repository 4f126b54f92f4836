import { useQueryClient } from "@tanstack/react-query";
import { isRouteErrorResponse, useRevalidator, useRouteError } from "react-router";
import { ProblemMessage } from "../components/ProblemMessage";
import { toProblem } from "../components/problem";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { NotFound } from "./NotFound";

/**
 * A route's error element: 404s read as "not found", anything else shows the ECS code and
 * message with a retry that runs the page's loaders again (PROTO-5 failed read). Areas have their
 * own, so the header, the navigation and the banner stay usable around it.
 */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const revalidator = useRevalidator();
  const cache = useQueryClient().getQueryCache();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const problem = toProblem(error);
  // The read that failed, when it was retried with backoff before giving up.
  const failures = cache.getAll().find((query) => query.state.error === error)?.state.fetchFailureCount ?? 0;
  return (
    <div className="page page-narrow">
      <EmptyState
        icon="error"
        title={t("routeError.title")}
        body={
          <>
            <ProblemMessage problem={problem} />
            {failures > 1 && (
              <span className="route-error-retries">{t("pageState.retriedBefore", { count: failures - 1 })}</span>
            )}
          </>
        }
        action={
          <Button
            variant="primary"
            busy={revalidator.state === "loading"}
            onClick={() => void revalidator.revalidate()}
          >
            {t("pageState.retryNow")}
          </Button>
        }
      />
    </div>
  );
}
