import { create } from "zustand";
import { persist } from "zustand/middleware";
import { loadCatalogue } from "./catalogues";

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
  /** Loads the language's messages, then switches: nothing renders with a missing catalogue. */
  setLanguage: (language: Language) => Promise<void>;
}

/** The last language asked for: a slower earlier download must not undo a later choice. */
let requested: Language | undefined;

export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      setLanguage: async (language) => {
        requested = language;
        await loadCatalogue(language);
        if (requested === language) set({ language });
      },
    }),
    { name: "sg-console.language", partialize: (state) => ({ language: state.language }) },
  ),
);

export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}
