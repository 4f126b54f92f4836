import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../src/engine/errors/catalogue";
import { en } from "../src/i18n/en";
import { ja } from "../src/i18n/ja";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("UX-1 message catalogues", () => {
  it("UX-1 ja and en have exactly the same keys", () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it("UX-1 every ja message is translated (non-empty) and uses the same {placeholders} as en", () => {
    for (const [key, english] of Object.entries(en)) {
      const japanese = ja[key as keyof typeof en];
      expect(japanese.trim(), key).not.toBe("");
      expect(placeholders(japanese), key).toEqual(placeholders(english));
    }
  });

  it("UX-1 every explained error code is a real code of the engine's catalogue", () => {
    const explained = Object.keys(en)
      .filter((key) => key.startsWith("err."))
      .map((key) => key.slice(4))
      .filter((code) => code !== "NetworkError");
    const unknown = explained.filter((code) => !Object.hasOwn(ERROR_CATALOGUE, code));
    expect(unknown).toEqual([]);
  });
});
