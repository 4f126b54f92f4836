import { type ComponentType, type ReactNode, useEffect, useState } from "react";

export interface VirtualTableBodyProps {
  rows: readonly unknown[];
  scrollElement: HTMLDivElement | null;
  columnCount: number;
  renderCells: (row: unknown) => ReactNode;
}

/**
 * The virtualiser (about 10 KB gzip) loads with the first page that can show a long table, not
 * with the console's first page: the loaders of such pages await `loadVirtualTableBody`, so the
 * body is there synchronously when they render (no fallback, no lost scroll position).
 */
let loaded: ComponentType<VirtualTableBodyProps> | undefined;
let loading: Promise<ComponentType<VirtualTableBodyProps>> | undefined;

export function loadVirtualTableBody(): Promise<ComponentType<VirtualTableBodyProps>> {
  loading ??= import("./VirtualTableBody").then((module) => {
    loaded = module.default;
    return loaded;
  });
  return loading;
}

/** The virtualised body when `needed`; undefined until it has loaded (a page that did not preload it). */
export function useVirtualTableBody(needed: boolean): ComponentType<VirtualTableBodyProps> | undefined {
  const [body, setBody] = useState(() => loaded);
  useEffect(() => {
    if (!needed || body) return;
    let current = true;
    void loadVirtualTableBody().then((component) => {
      if (current) setBody(() => component);
    });
    return () => {
      current = false;
    };
  }, [needed, body]);
  return needed ? (body ?? loaded) : undefined;
}
