import { useVirtualizer } from "@tanstack/react-virtual";
import { TABLE_ROW_HEIGHT } from "./table-metrics";
import type { VirtualTableBodyProps } from "./virtual-table-body";

/** The body of a long DataTable: only the rows in view are in the DOM, spacer rows keep the height. */
export default function VirtualTableBody({ rows, scrollElement, columnCount, renderCells }: VirtualTableBodyProps) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => TABLE_ROW_HEIGHT,
    // The table may have been scrolled while this body loaded: start where the reader is.
    initialOffset: () => scrollElement?.scrollTop ?? 0,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <tbody>
      {top > 0 && (
        <tr className="virtual-spacer" style={{ height: top }}>
          <td colSpan={columnCount} />
        </tr>
      )}
      {items.map((item) => {
        const row = rows[item.index];
        return row === undefined ? null : renderCells(row);
      })}
      {bottom > 0 && (
        <tr className="virtual-spacer" style={{ height: bottom }}>
          <td colSpan={columnCount} />
        </tr>
      )}
    </tbody>
  );
}
