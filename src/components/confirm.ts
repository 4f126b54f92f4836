import type { ReactNode } from "react";
import { create } from "zustand";

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  /** The write to run on confirm; a rejection becomes an error toast. */
  run: () => Promise<unknown>;
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

/** The one way to ask "are you sure?" before a write: `confirmAction({ title, body, run, ... })`. */
export function confirmAction(request: ConfirmRequest): void {
  useConfirmStore.getState().open(request);
}
