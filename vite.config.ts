import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { headersFile, SECURITY_HEADERS } from "./security-headers";

/** Replaces MSW's tough-cookie-backed cookie store with a cookie-less one (src/api/msw-cookie-store.ts). */
function mswWithoutCookieJar(): Plugin {
  const replacement = fileURLToPath(new URL("./src/api/msw-cookie-store.ts", import.meta.url));
  return {
    name: "msw-without-cookie-jar",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer?.includes("/msw/lib/core/") && /\/cookieStore\.m?js$/.test(source)) return replacement;
      return null;
    },
  };
}

/** Writes `dist/_headers` (HARD-5) so a static host serves the build with the same policy. */
function staticHostHeaders(): Plugin {
  return {
    name: "static-host-headers",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
    },
  };
}

export default defineConfig({
  plugins: [mswWithoutCookieJar(), react(), staticHostHeaders()],
  // `@/x` is src/x (tsconfig.json `paths` says the same to tsc); vitest reads this config too.
  resolve: { alias: { "@/": fileURLToPath(new URL("./src/", import.meta.url)) } },
  server: { port: 5173, strictPort: true, host: "127.0.0.1" },
  // The production build is served with the strict policy (HARD-5); the dev server is not (its
  // hot reload injects inline scripts).
  preview: { port: 4173, strictPort: true, host: "127.0.0.1", headers: { ...SECURITY_HEADERS } },
  test: {
    environment: "node",
    // tests/engine (engine behaviour), tests/ui (UI logic), tests/api (wire, Node server), tests/sdk,
    // tests/architecture; tests/types/*.test-d.ts are type tests that tsc checks.
    include: ["tests/**/*.test.ts"],
    // Property tests and the Node server tests run long on a loaded 2-core machine; time is not asserted.
    testTimeout: 30_000,
  },
});
