import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no file lock of its own, and two processes on one data folder
 * silently lose writes. Whoever opens the folder writes a lock file naming
 * itself; a second opener gets a clear error naming the holder.
 */
export type LockHolder = { pid: number; hostname: string; command: string; since: string };

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockHolder) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} ` +
        `(${holder.command}) on ${holder.hostname} since ${holder.since}. ` +
        "Only one process may open it at a time: stop that process first " +
        "(the admin CLI runs while the server is stopped), or use PostgreSQL via DATABASE_URL.",
    );
    this.name = "DataDirLockedError";
  }
}

export const LOCK_FILE = "nexus.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

const sameHolder = (a: LockHolder | null, b: LockHolder | null) => !!a && !!b && a.pid === b.pid && a.since === b.since;

/** Takes the lock on a data folder, or throws DataDirLockedError. Returns the release function. */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).join(" ")): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), command, since: new Date().toISOString() };
  // Written aside and hard-linked into place, so a lock file is never seen half-written.
  const mine = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(mine, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(mine, file);
        const release = () => {
          if (sameHolder(readHolder(file), me)) fs.rmSync(file, { force: true });
          process.off("exit", release);
        };
        // A clean exit removes the lock; a crash leaves a stale one that the next opener clears.
        process.on("exit", release);
        return release;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const holder = readHolder(file);
      if (holder && (holder.hostname !== me.hostname || isAlive(holder.pid))) throw new DataDirLockedError(dataDir, holder);
      clearStale(file, holder);
    }
    throw new Error(`Could not take the lock on ${dataDir}: it keeps changing hands.`);
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Moves a dead process's lock aside. Rename is atomic, so of two processes
 * clearing the same stale lock only one moves it; if what was moved turns out to
 * be a fresh lock someone just took, it goes straight back.
 */
function clearStale(file: string, stale: LockHolder | null) {
  const aside = `${file}.stale.${process.pid}.${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (stale && moved && !sameHolder(moved, stale)) {
    try {
      fs.linkSync(aside, file);
    } catch {
      /* someone else holds it now; the next attempt reports them */
    }
  }
  fs.rmSync(aside, { force: true });
}
