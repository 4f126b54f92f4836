import { defineConfig, devices } from "@playwright/test";

const DEV = Boolean(process.env.E2E_DEV);
// Project-specific ports, so a stale server of another project is never tested by mistake.
// E2E_PORT lets several runs build and serve side by side (each in its own output folder).
const PORT = Number(process.env.E2E_PORT ?? (DEV ? 5391 : 4391));
const OUT_DIR = `dist-e2e-${PORT}`;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Reduced motion: axe's contrast checks must not catch a dialog or button mid-transition.
  use: { baseURL, trace: "retain-on-failure", serviceWorkers: "allow", locale: "en-US", reducedMotion: "reduce" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: DEV
      ? `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`
      : `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
  },
});
