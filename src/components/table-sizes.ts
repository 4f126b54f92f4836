/**
 * PROTO-5: how many rows each page's tables showed last, so its loading skeleton has the same
 * height and the data replaces it without a layout jump. Per path, the largest table of the page.
 */
const rowsByPath = new Map<string, number>();

export function rememberTableRows(pathname: string, rows: number): void {
  rowsByPath.set(pathname, Math.max(rows, rowsByPath.get(pathname) ?? 0));
}

/** Rows last shown on `pathname`; undefined on a page not seen yet. */
export function lastTableRows(pathname: string): number | undefined {
  return rowsByPath.get(pathname);
}
