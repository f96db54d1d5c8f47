import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO } from "./support/accounts";
import { allSaved, body, caretAtEnd, connection, openLiveEditor, signedInPage, someTechnology } from "./support/live-editor";

// A server of this test's own (its own port and data folder), so that it can be killed.
const PORT = Number(process.env.E2E_PORT || 3100) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.join(import.meta.dirname, "..", "tmp", "e2e-collab-restart");

function startServer(): ChildProcess {
  return spawn(process.execPath, [path.join(import.meta.dirname, "..", "scripts", "server.mjs")], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR, DATABASE_URL: "", DEMO_PASSWORD: "demo-password", NEXT_TELEMETRY_DISABLED: "1", API_WRITES_PER_MINUTE: "2000" },
    stdio: "ignore",
  });
}

async function ready(): Promise<void> {
  const end = Date.now() + 180_000;
  while (Date.now() < end) {
    if (await fetch(`${BASE}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

test.skip(({ isMobile }) => isMobile, "co-editing journeys run once, on the desktop project");
test.describe.configure({ timeout: 300_000 });

let server: ChildProcess | null = null;
test.beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  server = startServer();
  await ready();
});
test.afterAll(() => {
  server?.kill("SIGKILL");
});

test("the server is killed (SIGKILL) while two people type: after restart and reconnect no acknowledged text is lost, nor what was typed meanwhile", async ({ browser }) => {
  const carla = await signedInPage(browser, DEMO.contributor, BASE);
  const jun = await signedInPage(browser, DEMO.journalist, BASE);
  const slug = await someTechnology(carla);
  await openLiveEditor(carla, slug);
  await openLiveEditor(jun, slug);
  await caretAtEnd(carla);
  await caretAtEnd(jun);
  await Promise.all([carla.keyboard.type(" Carla before the crash."), jun.keyboard.type(" Jun before the crash.")]);
  await allSaved(carla);
  await allSaved(jun);

  // Killed at once: whatever the debounced store had not yet written is lost on the server.
  server!.kill("SIGKILL");
  await new Promise((resolve) => server!.once("exit", resolve));
  await expect(connection(carla)).not.toHaveAttribute("data-connection", "live");
  await carla.keyboard.type(" Carla while it was down.");

  server = startServer();
  await ready();
  for (const page of [carla, jun]) await expect(connection(page)).toHaveAttribute("data-connection", "live", { timeout: 30_000 });
  await allSaved(carla);
  for (const text of ["Carla before the crash.", "Jun before the crash.", "Carla while it was down."]) {
    await expect(body(jun)).toContainText(text);
    await expect(body(carla)).toContainText(text);
  }
  // And the server holds all of it.
  const draft = await (await carla.request.get(`${BASE}/api/v1/entities/${slug}/draft`)).json();
  const stored = JSON.stringify(draft.body);
  for (const text of ["Carla before the crash.", "Jun before the crash.", "Carla while it was down."]) expect(stored).toContain(text);
});
