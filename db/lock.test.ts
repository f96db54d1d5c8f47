import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "./lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("the embedded data folder lock", () => {
  it("refuses a second opener and names the holder", () => {
    const dir = tempDir();
    const release = lockDataDir(dir, "first server");
    let error: unknown;
    try {
      lockDataDir(dir, "second server");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`process ${process.pid}`);
    expect((error as Error).message).toContain("first server");
    release();
  });

  it("is free again once released", () => {
    const dir = tempDir();
    lockDataDir(dir)();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const again = lockDataDir(dir);
    again();
  });

  it("takes over a lock left by a process that died", () => {
    const dir = tempDir();
    // PIDs are below 2^22 on Linux, so this one cannot be alive.
    const dead = { pid: 2 ** 22 + 17, hostname: os.hostname(), command: "crashed server", since: new Date(0).toISOString() };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(dead));
    const release = lockDataDir(dir, "new server");
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid, command: "new server" });
    release();
  });

  it("never treats a lock from another host as stale", () => {
    const dir = tempDir();
    const other = { pid: 2 ** 22 + 17, hostname: "another-host", command: "remote server", since: new Date().toISOString() };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(other));
    expect(() => lockDataDir(dir)).toThrow(/another-host/);
  });
});
