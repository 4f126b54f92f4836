import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../../src/engine/errors/catalogue";
import { areasEn } from "../../src/i18n/areas/all.en";
import { areasJa } from "../../src/i18n/areas/all.ja";
import { en as coreEn } from "../../src/i18n/en";
import { ja as coreJa } from "../../src/i18n/ja";

const en: Record<string, string> = { ...coreEn, ...areasEn };
const ja: Record<string, string> = { ...coreJa, ...areasJa };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("UX-1 message catalogues", () => {
  it("UX-1 ja and en have exactly the same keys, in the core and in the areas' chunk", () => {
    expect(Object.keys(coreJa).sort()).toEqual(Object.keys(coreEn).sort());
    expect(Object.keys(areasJa).sort()).toEqual(Object.keys(areasEn).sort());
  });

  it("UX-1 no key is both a core and an area key (one would silently hide the other)", () => {
    expect(Object.keys(coreEn).filter((key) => Object.hasOwn(areasEn, key))).toEqual([]);
  });

  it("UX-1 every ja message is translated (non-empty) and uses the same {placeholders} as en", () => {
    for (const [key, english] of Object.entries(en)) {
      const japanese = ja[key] ?? "";
      expect(japanese.trim(), key).not.toBe("");
      expect(placeholders(japanese), key).toEqual(placeholders(english));
    }
  });

  it("UX-1 every explained error code is a real code of the engine's catalogue", () => {
    const explained = Object.keys(en)
      .filter((key) => key.startsWith("err."))
      .map((key) => key.slice(4))
      // Raised outside the engine: the client's own failures and timeout, the API simulation's Timeout (PROTO-1).
      .filter((code) => !["NetworkError", "RequestTimeout", "Timeout"].includes(code));
    const unknown = explained.filter((code) => !Object.hasOwn(ERROR_CATALOGUE, code));
    expect(unknown).toEqual([]);
  });
});
