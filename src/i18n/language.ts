import { create } from "zustand";
import { persist } from "zustand/middleware";

export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The browser's preference decides the first visit (UX-1); the choice is remembered after. */
export function browserLanguage(): Language {
  const preferred = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "ja") return "ja";
    if (base === "en") return "en";
  }
  return "en";
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      setLanguage: (language) => set({ language }),
    }),
    { name: "sg-console.language", partialize: (state) => ({ language: state.language }) },
  ),
);

export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}
