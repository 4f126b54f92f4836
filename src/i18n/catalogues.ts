import type { Messages } from "./en";
import type { Language } from "./language";

/**
 * Each language's messages are a chunk of their own, loaded on demand: the first page downloads
 * only the reader's language. Only types come from en.ts here, so it never joins the first chunk.
 */
const IMPORTERS: Readonly<Record<Language, () => Promise<Messages>>> = {
  en: async () => (await import("./en")).en,
  ja: async () => (await import("./ja")).ja,
};

const loaded: Partial<Record<Language, Messages>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};

/** Resolves once `language`'s messages are available to `catalogue()`; loads each language once. */
export function loadCatalogue(language: Language): Promise<void> {
  if (loaded[language]) return Promise.resolve();
  const pending =
    loading[language] ??
    IMPORTERS[language]().then(
      (messages) => {
        loaded[language] = messages;
      },
      (error: unknown) => {
        // A failed download may succeed on the next attempt (the next click on the switcher).
        delete loading[language];
        throw error;
      },
    );
  loading[language] = pending;
  return pending;
}

/** The loaded messages of `language`. Rendering before `loadCatalogue(language)` is a bug. */
export function catalogue(language: Language): Messages {
  const messages = loaded[language];
  if (!messages) {
    throw new Error(`The "${language}" messages are not loaded: await loadCatalogue("${language}") before rendering.`);
  }
  return messages;
}
