import { create } from "zustand";
import type { Problem } from "./problem";

export interface Toast {
  id: number;
  tone: "success" | "error";
  message?: string;
  problem?: Problem;
}

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, "id">) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;
const SUCCESS_MS = 5000;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }].slice(-4) });
    // Errors stay until dismissed: a person must be able to read the code.
    if (toast.tone === "success") setTimeout(() => get().dismiss(id), SUCCESS_MS);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

/** Results of actions outside forms (confirm dialogs, switches) are told here, once. */
export const toast = {
  success: (message: string) => useToastStore.getState().push({ tone: "success", message }),
  error: (problem: Problem, message?: string) => useToastStore.getState().push({ tone: "error", problem, message }),
};
