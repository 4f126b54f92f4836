import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { areasEn } from "../../src/i18n/areas/all.en";

type I18n = typeof import("../../src/i18n");

/** The browser storage the language store remembers its choice in (zustand reads window.localStorage). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

/** A fresh module graph per test: no catalogue loaded yet, the language store at its default. */
async function freshI18n(): Promise<I18n> {
  vi.resetModules();
  vi.stubGlobal("window", { localStorage: memoryStorage() });
  return import("../../src/i18n");
}

describe("UX-1 message catalogues load on demand", () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });

  it("UX-1 translate refuses a language whose catalogue is not loaded, with a clear error", async () => {
    const { translate } = await freshI18n();
    expect(() => translate("en", "app.name")).toThrow(/"en" messages are not loaded: await loadCatalogue\("en"\)/);
  });

  it("UX-1 translate answers in both languages after loadCatalogue, placeholders filled", async () => {
    const { loadCatalogue, translate } = await freshI18n();
    await loadCatalogue("en");
    expect(translate("en", "app.name")).toBe("ECS Security Groups");
    expect(() => translate("ja", "app.name")).toThrow(/"ja" messages are not loaded/);

    await loadCatalogue("ja");
    expect(translate("ja", "app.name")).toBe("ECS セキュリティグループ");
    expect(translate("en", "sg.detail.notFoundBody", { id: "sg-1", region: "cn-hangzhou" })).toBe(
      "sg-1 does not exist in cn-hangzhou. It may have been deleted.",
    );
    expect(translate("ja", "rules.deleted", { count: 1200 })).toBe("1,200 個のルールを削除しました。");
  });

  it("UX-1 the areas' messages load on demand, then with every language switched to", async () => {
    const { loadAreaMessages, translate, useLanguageStore } = await freshI18n();
    await useLanguageStore.getState().setLanguage("en");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // Before any area page asked for them: the key itself, and a console error naming the bug.
    expect(translate("en", "inst.list.title")).toBe("inst.list.title");
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/"inst\.list\.title" rendered before/));
    errors.mockRestore();

    await loadAreaMessages();
    expect(translate("en", "inst.list.title")).toBe("Instances");
    await useLanguageStore.getState().setLanguage("ja");
    expect(translate("ja", "inst.list.title")).toBe("インスタンス");
    expect(translate("ja", "app.name")).toBe("ECS セキュリティグループ");
  });

  it("UX-1 isMessageKey answers from the current language's loaded catalogue", async () => {
    const { isMessageKey, useLanguageStore } = await freshI18n();
    expect(() => isMessageKey("err.DependencyViolation")).toThrow(/messages are not loaded/);
    await useLanguageStore.getState().setLanguage("ja");
    expect(isMessageKey("err.DependencyViolation")).toBe(true);
    expect(isMessageKey("err.NoSuchCode")).toBe(false);
  });

  it("UX-1 switching language loads the other catalogue before the language changes", async () => {
    const { translate, useLanguageStore } = await freshI18n();
    await useLanguageStore.getState().setLanguage("en");
    // Whatever renders on a language change translates at once: record what it would see.
    const seen: string[] = [];
    const unsubscribe = useLanguageStore.subscribe((state) => seen.push(translate(state.language, "app.name")));

    const switching = useLanguageStore.getState().setLanguage("ja");
    expect(useLanguageStore.getState().language).toBe("en");
    await switching;
    unsubscribe();

    expect(useLanguageStore.getState().language).toBe("ja");
    expect(seen).toEqual(["ECS セキュリティグループ"]);
    expect(JSON.parse(window.localStorage.getItem("sg-console.language") ?? "{}")).toMatchObject({
      state: { language: "ja" },
    });
  });

  it("UX-1 the last choice wins when an earlier switch is still loading", async () => {
    const { useLanguageStore } = await freshI18n();
    await useLanguageStore.getState().setLanguage("en");

    const toJapanese = useLanguageStore.getState().setLanguage("ja");
    const backToEnglish = useLanguageStore.getState().setLanguage("en");
    await Promise.all([toJapanese, backToEnglish]);

    expect(useLanguageStore.getState().language).toBe("en");
  });
});

/** Files reachable from `entries` through static imports (what arrives with them, not on demand). */
function staticGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/^(?:import|export)(\s+type)?[^'";]*?from\s+["'](\.[^"']+)["']/gm)) {
      if (match[1] !== undefined) continue;
      const base = join(dirname(file), match[2] ?? "");
      const target = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((end) => base + end).find(existsSync);
      if (target) visit(target);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("UX-1 each language's messages stay out of the first chunk", () => {
  it("UX-1 only catalogues.ts loads the message chunks at run time; everything else imports their types only", () => {
    const catalogues = new Set(["src/i18n/en", "src/i18n/ja", "src/i18n/areas/all.en", "src/i18n/areas/all.ja"]);
    // all.en.ts and all.ja.ts gather the area files; nothing else may pull one into a chunk.
    const gatherers = new Set([join("src", "i18n", "areas", "all.en.ts"), join("src", "i18n", "areas", "all.ja.ts")]);
    const isMessages = (file: string, target: string) =>
      catalogues.has(target) || (target.startsWith("src/i18n/areas/") && !gatherers.has(file));
    const offenders = sourceFiles("src").flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const statics = [
        ...text.matchAll(/(import|export)(\s+type)?\s*(\{[^}]*\}|\*|\w+)?[^'"]*?from\s+["']([^"']+)["']/g),
      ]
        .filter((match) => match[2] === undefined && !/^\{(\s*type\s+\w+\s*,?)*\}$/.test(match[3] ?? ""))
        .map((match) => match[4] ?? "");
      const dynamics = [...text.matchAll(/import\(["']([^"']+)["']\)/g)].map((match) => match[1] ?? "");
      const loadedOnDemand = file === join("src", "i18n", "catalogues.ts") ? [] : dynamics;
      return [...statics, ...loadedOnDemand]
        .filter((path) => path.startsWith("."))
        .filter((path) => isMessages(file, join(dirname(file), path).replace(/\.tsx?$/, "")))
        .map((path) => `${file} -> ${path}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe("UX-1 the first page renders with the core messages alone", () => {
  it("UX-1 the shell, the group list and the create drawer use no key of the areas' chunk", () => {
    const entries = [
      ...readdirSync(join("src", "app")).map((name) => join("src", "app", name)),
      join("src", "features", "security-groups", "list-routes.tsx"),
      join("src", "features", "security-groups", "create-routes.tsx"),
    ];
    const files = staticGraph(entries);
    expect(files).toContain(join("src", "features", "security-groups", "list", "GroupListPage.tsx"));
    const areaPrefixes = new Set(Object.keys(areasEn).map((key) => key.split(".")[0]));
    areaPrefixes.delete("err");
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const literals = [...text.matchAll(/["'`]([a-zA-Z]+\.[\w.-]+)["'`]/g)].map((match) => match[1] ?? "");
      const templates = [...text.matchAll(/`([a-zA-Z]+)\.[\w.-]*\$\{/g)].map((match) => match[1] ?? "");
      return [
        ...literals.filter((key) => Object.hasOwn(areasEn, key)),
        ...templates.filter((prefix) => areaPrefixes.has(prefix)).map((prefix) => `${prefix}.\${…}`),
      ].map((key) => `${file}: ${key}`);
    });
    expect(offenders).toEqual([]);
  });
});
