import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "@/db/lock";
import { runScript } from "@/test/cli";
import { CLAIM_CSV_COLUMNS } from "@/lib/export/claims-csv";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-export-"));

/** Runs `npm run export -- …` against an embedded database in a temporary folder. */
const exportCli = (...args: string[]) => runScript("scripts/export.ts", dataDir, args);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("npm run export (embedded database)", () => {
  it("writes the CSV export to a file", async () => {
    const out = path.join(dataDir, "claims.csv");
    const result = await exportCli("--format", "csv", "--out", out);
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toBe(`${CLAIM_CSV_COLUMNS.join(",")}\r\n`);
    expect(result.stderr).toContain(`to ${out}`);
  }, 180_000);

  it("explains its options when asked for an unknown format", async () => {
    const result = await exportCli("--format", "xml");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--format ftm|csv");
  }, 60_000);

  it("refuses to run while a server holds the data folder", async () => {
    const release = lockDataDir(dataDir, "next-server (test)");
    try {
      const locked = await exportCli("--format", "ftm", "--out", path.join(dataDir, "x.json"));
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain("in use by process");
    } finally {
      release();
    }
  }, 120_000);
});
