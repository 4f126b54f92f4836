import { create } from "zustand";
import { persist } from "zustand/middleware";

interface DemoControlsState {
  /** Whether the engine clock and its fast-forward buttons are shown (client state, per browser). */
  on: boolean;
  setOn: (on: boolean) => void;
}

/** Remembered in localStorage like the language: the demo controls stay on across reloads. */
export const useDemoControls = create<DemoControlsState>()(
  persist(
    (set) => ({
      on: false,
      setOn: (on) => set({ on }),
    }),
    { name: "sg-console.demo-controls", partialize: (state) => ({ on: state.on }) },
  ),
);
