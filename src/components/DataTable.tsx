import { type ReactNode, useEffect, useState } from "react";
import { useLocation } from "react-router";
import { useT } from "../i18n";
import { TABLE_ROW_HEIGHT } from "./table-metrics";
import { rememberTableRows } from "./table-sizes";
import { useVirtualTableBody } from "./virtual-table-body";

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Extra class on the column's cells, e.g. "col-narrow", "col-actions". */
  className?: string;
}

export interface RowSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  /** Accessible name of a row's checkbox ("Select rule sgr-…"). */
  rowLabel: (row: T) => string;
}

interface DataTableProps<T> {
  /** Names the table for assistive technology and for tests (`getByRole("table", { name })`). */
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  selection?: RowSelection<T>;
  /** Shown in place of the body when there are no rows. */
  empty?: ReactNode;
  /** Renders a row's cells differently (in-place editing); undefined keeps the normal cells. */
  renderRow?: (row: T, columnCount: number) => ReactNode | undefined;
  /** Rows from which the body is virtualised (only visible rows are in the DOM). */
  virtualizeAbove?: number;
}

/** Rows shown until the virtualiser has loaded (pages that may need it preload it in their loader). */
const ROWS_BEFORE_VIRTUALISER = 40;

/**
 * The one table: semantic <table> markup, a header that names every column, optional row
 * selection, an empty state, and virtualisation for long lists (spacer rows keep the markup a
 * real table, so screen readers and role locators still work).
 */
export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  selection,
  empty,
  renderRow,
  virtualizeAbove = 200,
}: DataTableProps<T>) {
  const t = useT();
  // State, not a ref: the virtualiser needs the element, and a parent's ref is attached only
  // after its children's layout effects have run.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const columnCount = columns.length + (selection ? 1 : 0);
  const { pathname } = useLocation();
  // The page's loading skeleton takes this many rows next time (PROTO-5).
  useEffect(() => rememberTableRows(pathname, Math.max(rows.length, 1)), [pathname, rows.length]);
  const virtual = rows.length > virtualizeAbove;
  const VirtualBody = useVirtualTableBody(virtual);
  const allSelected =
    selection !== undefined && rows.length > 0 && rows.every((row) => selection.selected.has(rowKey(row)));
  const someSelected = selection !== undefined && rows.some((row) => selection.selected.has(rowKey(row)));

  const renderCells = (row: T) => {
    const key = rowKey(row);
    const override = renderRow?.(row, columnCount);
    if (override !== undefined) {
      return (
        <tr key={key} className="row-editing">
          {override}
        </tr>
      );
    }
    const checked = selection?.selected.has(key) ?? false;
    return (
      <tr key={key} className={checked ? "row-selected" : undefined}>
        {selection && (
          <td className="col-select">
            <input
              type="checkbox"
              checked={checked}
              aria-label={selection.rowLabel(row)}
              onChange={(event) => {
                const next = new Set(selection.selected);
                if (event.target.checked) next.add(key);
                else next.delete(key);
                selection.onChange(next);
              }}
            />
          </td>
        )}
        {columns.map((column) => (
          <td key={column.id} className={column.className}>
            {column.cell(row)}
          </td>
        ))}
      </tr>
    );
  };

  return (
    <div ref={setScrollElement} className={`table-wrap ${virtual ? "table-wrap-virtual" : ""}`.trim()}>
      <table className="data-table" aria-label={label} aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  checked={allSelected}
                  ref={(input) => {
                    if (input) input.indeterminate = someSelected && !allSelected;
                  }}
                  aria-label={t("table.selectAll")}
                  disabled={rows.length === 0}
                  onChange={(event) => selection.onChange(event.target.checked ? new Set(rows.map(rowKey)) : new Set())}
                />
              </th>
            )}
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={columnCount} className="table-empty">
                {empty}
              </td>
            </tr>
          </tbody>
        ) : VirtualBody ? (
          <VirtualBody
            rows={rows}
            scrollElement={scrollElement}
            columnCount={columnCount}
            // The body only hands rows back to renderCells.
            renderCells={renderCells as (row: unknown) => ReactNode}
          />
        ) : virtual ? (
          // The first rows, and a spacer of the full height, while the virtualiser loads.
          <tbody>
            {rows.slice(0, ROWS_BEFORE_VIRTUALISER).map(renderCells)}
            <tr
              className="virtual-spacer"
              style={{ height: (rows.length - ROWS_BEFORE_VIRTUALISER) * TABLE_ROW_HEIGHT }}
            >
              <td colSpan={columnCount} />
            </tr>
          </tbody>
        ) : (
          <tbody>{rows.map(renderCells)}</tbody>
        )}
      </table>
    </div>
  );
}
