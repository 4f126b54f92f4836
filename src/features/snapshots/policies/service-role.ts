import { create } from "zustand";
import { persist } from "zustand/middleware";

/** The service-linked role snapshot policies need (seed doc: asked for once, before the first policy). */
export const SNAPSHOT_SERVICE_ROLE = "ALIYUNSECURITYGROUPSNAPSHOTROLE";

interface ServiceRoleState {
  /** Console-only: the API needs no role, so this is remembered per browser, not in the engine. */
  authorised: boolean;
  authorise: () => void;
}

export const useServiceRole = create<ServiceRoleState>()(
  persist(
    (set) => ({
      authorised: false,
      authorise: () => set({ authorised: true }),
    }),
    { name: "sg-console.snapshot-service-role", partialize: (state) => ({ authorised: state.authorised }) },
  ),
);
