import { useState } from "react";
import type { PrefixListEntryView } from "@/api/types";
import { confirmAction } from "../../../components/confirm";
import { type Column, DataTable } from "../../../components/DataTable";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { Meter } from "../../../ui/Meter";
import { PREFIX_LIST_WRITE_INVALIDATES } from "../api";
import { AddEntriesDrawer } from "./AddEntriesDrawer";
import { useCurrentList } from "./current-list";
import { EntryDescriptionEditor } from "./EntryDescriptionEditor";
import { changeEntries } from "./entry-writes";

/** PL-3: the entries, add several, edit a description in place, remove one or many (confirmed). */
export function EntriesTab() {
  const t = useT();
  const { regionId, prefixListId, summary, attributes } = useCurrentList();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(false);
  if (!summary) return null;

  const entries = attributes.Entries.Entry;
  const selectedCidrs = entries.map((entry) => entry.Cidr).filter((cidr) => selected.has(cidr));
  const associations = summary.AssociationCount;

  const askRemove = (doomed: readonly PrefixListEntryView[]) => {
    const [first] = doomed;
    if (!first) return;
    confirmAction({
      title:
        doomed.length === 1
          ? t("pl.entries.confirmRemoveOne", { cidr: first.Cidr })
          : t("pl.entries.confirmRemoveMany", { count: doomed.length }),
      body: (
        <>
          <ul className="confirm-list">
            {doomed.map((entry) => (
              <li key={entry.Cidr}>
                <code className="mono">{entry.Cidr}</code> {entry.Description}
              </li>
            ))}
          </ul>
          <p>
            {associations > 0
              ? t("pl.entries.confirmRemoveUsed", { count: associations })
              : t("pl.entries.confirmRemoveUnused")}
          </p>
        </>
      ),
      confirmLabel: t("pl.entries.remove"),
      run: async () => {
        await changeEntries({ regionId, prefixListId }, { remove: doomed.map((entry) => entry.Cidr) });
        setSelected(new Set());
      },
      effects: { invalidates: PREFIX_LIST_WRITE_INVALIDATES },
      successMessage: t("pl.entries.removed", { count: doomed.length }),
    });
  };

  const columns: Column<PrefixListEntryView>[] = [
    {
      id: "cidr",
      header: t("pl.entries.cidr"),
      className: "col-cidr",
      cell: (entry) => <span className="mono">{entry.Cidr}</span>,
    },
    {
      id: "description",
      header: t("pl.entries.description"),
      className: "col-description",
      cell: (entry) =>
        entry.Description ? (
          <span className="truncate" title={entry.Description}>
            {entry.Description}
          </span>
        ) : (
          <span className="muted">{t("common.none")}</span>
        ),
    },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-entry-actions",
      cell: (entry) => (
        <div className="row-actions">
          <Button variant="link" onClick={() => setEditing(entry.Cidr)} disabled={editing !== undefined}>
            {t("pl.entries.editDescription")}
          </Button>
          <Button variant="link" onClick={() => askRemove([entry])}>
            {t("pl.entries.remove")}
          </Button>
        </div>
      ),
    },
  ];

  return (
    <div className="entries-tab">
      <div className="panel-toolbar">
        <div className="toolbar-actions">
          <Button variant="primary" onClick={() => setAdding(true)}>
            <Icon name="plus" />
            {t("pl.entries.add")}
          </Button>
          <Button
            disabled={selectedCidrs.length === 0}
            onClick={() => askRemove(entries.filter((entry) => selected.has(entry.Cidr)))}
          >
            <Icon name="trash" />
            {t("pl.entries.removeSelected", { count: selectedCidrs.length })}
          </Button>
        </div>
        <Meter
          value={entries.length}
          max={summary.MaxEntries}
          label={t("pl.check.countLabel")}
          text={t("pl.entriesUsedLong", { used: entries.length, max: summary.MaxEntries })}
        />
      </div>
      <DataTable
        label={t("pl.entries.tableLabel")}
        columns={columns}
        rows={entries}
        rowKey={(entry) => entry.Cidr}
        selection={{
          selected,
          onChange: setSelected,
          rowLabel: (entry) => t("pl.entries.select", { cidr: entry.Cidr }),
        }}
        renderRow={(entry, columnCount) =>
          entry.Cidr === editing ? (
            <EntryDescriptionEditor
              regionId={regionId}
              prefixListId={prefixListId}
              entry={entry}
              columnCount={columnCount}
              onDone={() => setEditing(undefined)}
            />
          ) : undefined
        }
        empty={
          <EmptyState
            headingLevel={3}
            icon="list"
            title={t("pl.entries.emptyTitle")}
            body={t("pl.entries.emptyBody")}
          />
        }
      />
      {adding && (
        <AddEntriesDrawer
          regionId={regionId}
          list={attributes}
          associationCount={associations}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
