import { Link, useLocation } from "react-router";
import { DocumentTitle } from "../components/DocumentTitle";
import { useT } from "../i18n";
import { DEFAULT_REGION_ID, pb } from "../paths";
import { EmptyState } from "../ui/EmptyState";

/** The not-found page: inside the shell for unknown pages of a region, standalone otherwise. */
export function NotFound({ unknownRegion }: { unknownRegion?: string }) {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <div className="page page-narrow">
      <DocumentTitle title={t("notFound.title")} />
      <h1 className="visually-hidden">{t("notFound.title")}</h1>
      <EmptyState
        icon="warning"
        title={t("notFound.title")}
        body={
          unknownRegion
            ? t("notFound.unknownRegion", { region: unknownRegion })
            : t("notFound.body", { path: pathname })
        }
        action={
          <Link className="btn btn-primary" to={pb.securityGroups({ regionId: DEFAULT_REGION_ID })}>
            {t("notFound.back")}
          </Link>
        }
      />
    </div>
  );
}

export function StandaloneNotFound() {
  return (
    <main id="main" className="app-standalone">
      <NotFound />
    </main>
  );
}
