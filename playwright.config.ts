import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
const DATA_DIR = path.join(import.meta.dirname, "tmp", "e2e-data");
// Playwright cannot download its browsers here: use Debian's Chromium (apt-get install chromium).
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "tmp/results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined } },
  ],
  webServer: {
    // The built app on a fresh embedded database, seeded with the demo data.
    command: `rm -rf "${DATA_DIR}" && node scripts/start.mjs`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The authorization matrix (e2e/authorization-matrix.spec.ts) makes a few hundred fixtures through the API as
    // five demo accounts within a minute; the write limit itself is proven in test/security/rate-limits.test.ts.
    env: { PORT: String(PORT), DATA_DIR, DEMO_PASSWORD: "demo-password", DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", API_WRITES_PER_MINUTE: "2000" },
  },
});
