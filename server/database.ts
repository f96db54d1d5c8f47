import "server-only";
import type { Database } from "@/db/client";
import { readSlot, writeSlot } from "@/lib/process-state.mjs";
import { bootDatabase } from "./boot";

/**
 * The process-wide database, booted on first use (server/boot.ts). A process slot, so that
 * every copy of this module (Next bundles server code more than once) shares one PGlite
 * instance and one lock.
 */
export function getDatabase(): Promise<Database> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The build never touches the database: this page must render dynamically.");
  }
  const booted = readSlot("database");
  if (booted) return booted;
  const booting = bootDatabase().catch((err) => {
    writeSlot("database", undefined);
    throw err;
  });
  writeSlot("database", booting);
  return booting;
}

/** Tests hand the route handlers their own database instead of booting one. */
export function useDatabaseForTests(database: Database): void {
  writeSlot("database", Promise.resolve(database));
}
