import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { PrefixList } from "@/api/types";
import type { Column } from "../../../components/DataTable";
import { IdNameCell } from "../../../components/IdNameCell";
import { formatTime, type Language, type Translate, useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { prefixListQuery } from "../api";
import { FamilyBadge } from "../labels";

interface ColumnContext {
  t: Translate;
  language: Language;
  regionId: string;
  onDelete: (list: PrefixList) => void;
}

/** Entries used of MaxEntries (the attributes were prefetched by the loader), and the rule weight. */
function EntryUsage({ regionId, list }: { regionId: string; list: PrefixList }) {
  const t = useT();
  const { data } = useQuery(prefixListQuery(regionId, list.PrefixListId));
  const used = data?.Entries.Entry.length;
  return (
    <span className="stacked">
      <span>{t("pl.entriesUsed", { used: used ?? "…", max: list.MaxEntries })}</span>
      <span className="muted">{t("pl.weightShort", { weight: list.MaxEntries })}</span>
    </span>
  );
}

export function prefixListColumns({ t, language, regionId, onDelete }: ColumnContext): Column<PrefixList>[] {
  const detail = (list: PrefixList) => pb.prefixList({ regionId, prefixListId: list.PrefixListId });
  return [
    {
      id: "idName",
      header: t("pl.col.idName"),
      className: "col-pl-name",
      cell: (list) => <IdNameCell to={detail(list)} id={list.PrefixListId} name={list.PrefixListName} />,
    },
    {
      id: "family",
      header: t("pl.col.family"),
      className: "col-family",
      cell: (list) => <FamilyBadge family={list.AddressFamily} />,
    },
    {
      id: "entries",
      header: t("pl.col.entries"),
      className: "col-entries",
      cell: (list) => <EntryUsage regionId={regionId} list={list} />,
    },
    {
      id: "associations",
      header: t("pl.col.associations"),
      className: "col-assoc",
      cell: (list) =>
        list.AssociationCount > 0 ? (
          <Link
            to={pb.prefixList({ regionId, prefixListId: list.PrefixListId }, "associations")}
            aria-label={t("pl.associationsLink", { count: list.AssociationCount, name: list.PrefixListName })}
          >
            {list.AssociationCount}
          </Link>
        ) : (
          0
        ),
    },
    {
      id: "description",
      header: t("pl.col.description"),
      className: "col-description",
      cell: (list) => (
        <span className="truncate" title={list.Description}>
          {list.Description}
        </span>
      ),
    },
    {
      id: "created",
      header: t("pl.col.created"),
      className: "col-time",
      cell: (list) => <time dateTime={list.CreationTime}>{formatTime(list.CreationTime, language)}</time>,
    },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions",
      cell: (list) => (
        <div className="row-actions">
          <Link to={detail(list)} className="link-action">
            {t("pl.action.manageEntries")}
          </Link>
          <Button variant="link" onClick={() => onDelete(list)}>
            {t("common.delete")}
          </Button>
        </div>
      ),
    },
  ];
}
