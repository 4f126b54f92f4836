import { create } from "zustand";

/** Whether the API simulation panel is open (the header button and the banner's "Change" open it). */
export const useFaultPanel = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
