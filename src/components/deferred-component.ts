import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export type DeferredComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts the download (once); the page calls it when idle so a click opens the dialog at once. */
  preload: () => Promise<unknown>;
};

/**
 * A component downloaded after the page is up rather than with it: the dialogs a list opens from
 * its rows are not needed for its first paint. Render it inside a <Suspense>.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): DeferredComponent<P> {
  let module: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    module ??= load().then((component) => ({ default: component }));
    return module;
  };
  return Object.assign(lazy(preload), { preload });
}

/** Runs `work` once the browser is idle after the first paint (soon, at the latest after 2 s). */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
