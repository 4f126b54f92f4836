import type { ReactNode } from "react";
import { create } from "zustand";
import type { WriteEffects } from "../api/queries";

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  /**
   * The write to run on confirm, through `runWrite` with `effects` (what it makes stale, what it
   * deletes); a rejection becomes an error toast. Writes live in the area's `*-writes.ts`.
   */
  run: () => Promise<unknown>;
  effects: WriteEffects;
  /** Told in a toast when `run` succeeds. */
  successMessage?: string;
}

interface ConfirmState {
  request: ConfirmRequest | undefined;
  open: (request: ConfirmRequest) => void;
  close: () => void;
}

export const useConfirmStore = create<ConfirmState>()((set) => ({
  request: undefined,
  open: (request) => set({ request }),
  close: () => set({ request: undefined }),
}));

/** The one way to ask "are you sure?" before a write: `confirmAction({ title, body, run, effects, ... })`. */
export function confirmAction(request: ConfirmRequest): void {
  useConfirmStore.getState().open(request);
}
