import { useCallback } from "react";
import { catalogue, loadAreaMessages as loadAreaMessagesIn } from "./catalogues";
import type { MessageKey } from "./en";
import { type Language, useLanguage, useLanguageStore } from "./language";

export { loadCatalogue } from "./catalogues";
export type { MessageKey } from "./en";
export { browserLanguage, LANGUAGES, type Language, useLanguage, useLanguageStore } from "./language";

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Fills `{name}` placeholders; numbers are grouped the way the language writes them.
 * Synchronous: main.tsx and the language switch load a catalogue before anything renders with it.
 */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const message = catalogue(language)[key];
  // An area's key before its messages loaded is a bug (its route or dialog loads them first);
  // showing the key beats crashing the page.
  if (message === undefined) {
    console.error(`Message "${key}" rendered before its area's messages loaded (loadAreaMessages).`);
    return key;
  }
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(language) : value;
  });
}

/** Both languages have the same keys (typed, and tests/i18n.test.ts): the current one's answers. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue(useLanguageStore.getState().language), key);
}

/**
 * Loads the messages of the areas other than the security groups, in the current language:
 * every route and dialog of those areas awaits this before it renders.
 */
export function loadAreaMessages(): Promise<void> {
  return loadAreaMessagesIn(useLanguageStore.getState().language);
}

/** `const t = useT(); t("sg.list.title")`: typed keys, re-renders when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, values) => translate(language, key, values), [language]);
}

/** ECS times (`2026-01-15T02:10:00Z`) in the reader's time zone, as the console shows them. */
export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "ja" ? "ja-JP" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}
