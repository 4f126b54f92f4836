import { Link, useParams } from "react-router";
import { DocumentTitle } from "../../components/DocumentTitle";
import { PageHeader } from "../../components/PageHeader";
import { type MessageKey, useT } from "../../i18n";
import { pb } from "../../paths";
import { EmptyState } from "../../ui/EmptyState";
import type { IconName } from "../../ui/Icon";

/** An area whose issue has not landed yet: its title and an honest empty state. */
export function PlaceholderPage({ title, icon }: { title: MessageKey; icon: IconName }) {
  const t = useT();
  const regionId = useParams().regionId ?? "";
  return (
    <div className="page">
      <DocumentTitle title={t(title)} />
      <PageHeader title={t(title)} />
      <section className="panel">
        <EmptyState
          icon={icon}
          title={t("placeholder.title", { area: t(title) })}
          body={t("placeholder.body")}
          action={
            <Link className="btn btn-primary" to={pb.securityGroups({ regionId })}>
              {t("placeholder.back")}
            </Link>
          }
        />
      </section>
    </div>
  );
}
