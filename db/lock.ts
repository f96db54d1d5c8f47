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

/** Takes the lock on a data folder, or throws DataDirLockedError. Returns the release function. */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).join(" ")): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      return () => {
        const holder = readHolder(file);
        if (holder?.pid === me.pid && holder.since === me.since) fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = readHolder(file);
    // A lock left by a process that died on this host is stale; anything else is live.
    if (holder && (holder.hostname !== me.hostname || isAlive(holder.pid))) {
      throw new DataDirLockedError(dataDir, holder);
    }
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
