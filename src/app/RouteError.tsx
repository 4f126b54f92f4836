import { isRouteErrorResponse, useRouteError } from "react-router";
import { ProblemMessage } from "../components/ProblemMessage";
import { toProblem } from "../components/problem";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { NotFound } from "./NotFound";

/** A route's error element: 404s read as "not found", anything else shows the ECS code. */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const problem = toProblem(error);
  return (
    <div className="page page-narrow">
      <EmptyState
        icon="error"
        title={t("routeError.title")}
        body={<ProblemMessage problem={problem} />}
        action={<Button onClick={() => window.location.reload()}>{t("routeError.retry")}</Button>}
      />
    </div>
  );
}
