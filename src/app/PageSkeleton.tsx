import { TABLE_ROW_HEIGHT } from "../components/table-metrics";
import { lastTableRows } from "../components/table-sizes";
import { useT } from "../i18n";

/** Before a page was ever seen: a few rows, the size of a small page. */
const DEFAULT_ROWS = 5;
const MAX_ROWS = 20;
const COLUMNS = 5;

/**
 * PROTO-5 loading state: the page's frame and a table of as many rows as it will likely show
 * (as many as it showed last time), so the data replaces it without a layout jump.
 */
export function PageSkeleton({ pathname, detail }: { pathname: string; detail: boolean }) {
  const t = useT();
  const rows = Math.min(lastTableRows(pathname) ?? DEFAULT_ROWS, MAX_ROWS);
  return (
    <div className="page page-skeleton" role="status" aria-label={t("common.loading")} aria-busy="true">
      <div className="skeleton-header">
        <span className="skeleton-bar skeleton-title" />
        <span className="skeleton-bar skeleton-subtitle" />
      </div>
      {detail && <span className="skeleton-bar skeleton-tabs" />}
      <section className="panel">
        <div className="panel-toolbar">
          <span className="skeleton-bar skeleton-toolbar" />
        </div>
        <table className="data-table skeleton-table" aria-label={t("pageState.loadingTable")}>
          <thead>
            <tr>
              {Array.from({ length: COLUMNS }, (_, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                <th key={column}>
                  <span className="skeleton-bar" />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
              <tr key={row} style={{ height: TABLE_ROW_HEIGHT }}>
                {Array.from({ length: COLUMNS }, (_, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                  <td key={column}>
                    <span className="skeleton-bar" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
