import { useQueryClient } from "@tanstack/react-query";
import { TABLE_ROW_HEIGHT } from "../components/table-metrics";
import { useT } from "../i18n";

/** The list each area's first page shows, so its skeleton has the rows the table had last time. */
const LIST_ACTIONS: Readonly<Record<string, string>> = {
  "security-groups": "DescribeSecurityGroups",
  instances: "DescribeInstances",
  "network-interfaces": "DescribeNetworkInterfaces",
  "prefix-lists": "DescribePrefixLists",
  snapshots: "DescribeSecurityGroupSnapshotPolicies",
};
/** Before a list was ever seen: a few rows, the size of a small page. */
const DEFAULT_ROWS = 5;
const MAX_ROWS = 20;
const COLUMNS = 5;

/** The item count of a list answer: its first `Xs.X[]` array (`SecurityGroups.SecurityGroup`). */
function rowsIn(body: unknown): number | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  for (const wrapper of Object.values(body)) {
    if (typeof wrapper !== "object" || wrapper === null || Array.isArray(wrapper)) continue;
    const list = Object.values(wrapper).find(Array.isArray);
    if (list) return list.length;
  }
  return undefined;
}

/**
 * PROTO-5 loading state: the page's frame and a table of as many rows as it will likely show
 * (the last answer of the area's list), so the data replaces it without a layout jump.
 */
export function PageSkeleton({ area, detail }: { area: string; detail: boolean }) {
  const t = useT();
  const client = useQueryClient();
  const action = LIST_ACTIONS[area];
  const last = action
    ? client
        .getQueryCache()
        .findAll({ queryKey: [action] })
        .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)[0]?.state.data
    : undefined;
  const rows = detail ? DEFAULT_ROWS : Math.min(Math.max(rowsIn(last) ?? DEFAULT_ROWS, 1), MAX_ROWS);
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
