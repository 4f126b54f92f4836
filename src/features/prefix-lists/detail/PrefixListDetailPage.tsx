import { useState } from "react";
import { Outlet, useNavigate } from "react-router";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { PageHeader } from "../../../components/PageHeader";
import { RouteTabs } from "../../../components/RouteTabs";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { type PrefixListTab, pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { TagsSummaryItem } from "../../security-groups/labels";
import { DeletePrefixListDialog } from "../delete/DeletePrefixListDialog";
import { FamilyBadge } from "../labels";
import { useCurrentList } from "./current-list";
import { EditPrefixListDrawer } from "./EditPrefixListDrawer";

/** PL-3 detail: the list's key facts (family, entries used / max, its weight in rules), its tabs. */
export function PrefixListDetailPage() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { regionId, prefixListId, summary, attributes } = useCurrentList();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (!summary) {
    // Deleted elsewhere (another tab) while this page was open.
    return (
      <div className="page page-narrow">
        <EmptyState
          icon="warning"
          title={t("pl.detail.notFoundTitle")}
          body={t("pl.detail.notFoundBody", { id: prefixListId, region: regionId })}
        />
      </div>
    );
  }

  const params = { regionId, prefixListId };
  const name = summary.PrefixListName || prefixListId;
  const used = attributes.Entries.Entry.length;
  const tab = (id: PrefixListTab, label: string, count: number) => ({ to: pb.prefixList(params, id), label, count });

  return (
    <div className="page">
      <DocumentTitle title={name} />
      <PageHeader
        title={name}
        badges={<FamilyBadge family={summary.AddressFamily} />}
        subtitle={
          <>
            <code className="mono">{prefixListId}</code>
            {summary.Description && (
              <span className="subtitle-description truncate" title={summary.Description}>
                {summary.Description}
              </span>
            )}
          </>
        }
        actions={
          <>
            <Button onClick={() => setEditing(true)}>
              <Icon name="wrench" />
              {t("pl.detail.edit")}
            </Button>
            <Button className="btn-danger-outline" onClick={() => setDeleting(true)}>
              <Icon name="trash" />
              {t("pl.detail.delete")}
            </Button>
          </>
        }
      >
        <dl className="summary">
          <div>
            <dt>{t("pl.detail.family")}</dt>
            <dd>{summary.AddressFamily}</dd>
          </div>
          <div>
            <dt>{t("pl.detail.entries")}</dt>
            <dd>{t("pl.entriesUsed", { used, max: summary.MaxEntries })}</dd>
          </div>
          <div>
            <dt>{t("pl.detail.weight")}</dt>
            <dd title={t("pl.detail.weightHint")}>{t("pl.weightShort", { weight: summary.MaxEntries })}</dd>
          </div>
          <div>
            <dt>{t("pl.detail.associations")}</dt>
            <dd>{summary.AssociationCount}</dd>
          </div>
          <div>
            <dt>{t("pl.detail.created")}</dt>
            <dd>
              <time dateTime={summary.CreationTime}>{formatTime(summary.CreationTime, language)}</time>
            </dd>
          </div>
          <TagsSummaryItem tags={summary.Tags.Tag} />
        </dl>
      </PageHeader>
      <RouteTabs
        label={t("pl.detail.tabs")}
        tabs={[
          tab("entries", t("pl.tab.entries"), used),
          tab("associations", t("pl.tab.associations"), summary.AssociationCount),
        ]}
      />
      <section className="panel tab-panel">
        <Outlet />
      </section>
      {editing && <EditPrefixListDrawer regionId={regionId} list={summary} onClose={() => setEditing(false)} />}
      {deleting && (
        <DeletePrefixListDialog
          regionId={regionId}
          list={summary}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate(pb.prefixLists({ regionId }))}
        />
      )}
    </div>
  );
}
