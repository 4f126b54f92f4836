import type { Messages } from "./en";
import type { Language } from "./language";

/**
 * Messages come in chunks loaded on demand: per language, the core (shell, security groups) and
 * the other areas. The first page downloads only the reader's language and only its core; the
 * areas' messages follow with the first page or dialog of another area (`loadAreaMessages`),
 * and from then on with every language switched to. Only types come from the message files
 * here, so none of them joins the first chunk.
 */
type Part = "core" | "areas";

const IMPORTERS: Readonly<Record<Language, Readonly<Record<Part, () => Promise<Partial<Messages>>>>>> = {
  en: {
    core: async () => (await import("./en")).en,
    areas: async () => (await import("./areas/all.en")).areasEn,
  },
  ja: {
    core: async () => (await import("./ja")).ja,
    areas: async () => (await import("./areas/all.ja")).areasJa,
  },
};

const loaded: Record<Language, Partial<Record<Part, Partial<Messages>>>> = { en: {}, ja: {} };
const loading: Partial<Record<`${Language}.${Part}`, Promise<void>>> = {};
/** The merged messages of each language, rebuilt when a part arrives. */
const merged: Partial<Record<Language, Partial<Messages>>> = {};
/** Set once a page outside the security groups has asked for its messages. */
let areasWanted = false;

function loadPart(language: Language, part: Part): Promise<void> {
  if (loaded[language][part]) return Promise.resolve();
  const key = `${language}.${part}` as const;
  const pending =
    loading[key] ??
    IMPORTERS[language][part]().then(
      (messages) => {
        loaded[language][part] = messages;
        merged[language] = { ...loaded[language].core, ...loaded[language].areas };
      },
      (error: unknown) => {
        // A failed download may succeed on the next attempt (the next click or navigation).
        delete loading[key];
        throw error;
      },
    );
  loading[key] = pending;
  return pending;
}

/** Resolves once `language`'s messages are available to `catalogue()` (the areas' too once wanted). */
export async function loadCatalogue(language: Language): Promise<void> {
  await Promise.all([loadPart(language, "core"), areasWanted ? loadPart(language, "areas") : undefined]);
}

/** Loads the other areas' messages in `language` (and in every language switched to later). */
export async function loadAreaMessages(language: Language): Promise<void> {
  areasWanted = true;
  await loadCatalogue(language);
}

/**
 * The loaded messages of `language`: the core's, plus the areas' once loaded. Rendering before
 * `loadCatalogue(language)` is a bug.
 */
export function catalogue(language: Language): Partial<Messages> {
  const messages = merged[language];
  if (!messages || !loaded[language].core) {
    throw new Error(`The "${language}" messages are not loaded: await loadCatalogue("${language}") before rendering.`);
  }
  return messages;
}
