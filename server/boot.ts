import "server-only";
import { migrateDatabase, openDatabase, optionsFromEnv, type Database } from "@/db/client";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { startSearch } from "@/lib/search/startup";
import { isEmpty, seedDemo } from "@/lib/seed/seed-demo";

/**
 * Opens the database the environment names and makes it ready to serve: migrations, the
 * session-signing secret, the demo seed on an empty embedded database (or SEED_DEMO=1), and
 * search (fills an empty index, or starts the Meilisearch outbox worker). Closes on SIGINT/SIGTERM.
 */
export async function bootDatabase(): Promise<Database> {
  const options = optionsFromEnv();
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database, options);
    process.env.AUTH_SECRET = await ensureAuthSecret(database.db, options.driver === "pglite" ? options.dataDir : null);
    const wantsSeed = options.driver === "pglite" || process.env.SEED_DEMO === "1";
    if (wantsSeed && (await isEmpty(database.db))) {
      console.log(`[nexus] empty database in ${database.location}: seeding demo users and fictional demo data…`);
      const credentials = await seedDemo(database.db, {
        password: process.env.DEMO_PASSWORD || undefined,
        log: (line) => console.log(`[nexus] ${line}`),
      });
      console.log("[nexus] demo accounts (shown once; change them with `npm run admin`):");
      for (const c of credentials) console.log(`[nexus]   ${c.role.padEnd(11)} ${c.email.padEnd(34)} ${c.password}`);
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  // Fills an empty search index in the background, or (MEILI_URL set) starts the outbox worker;
  // never waits for the index. Stopped before the database closes.
  const searchRuntime = await startSearch(database.db, (line) => console.log(`[nexus] ${line}`)).catch(async (err) => {
    await database.close();
    throw err;
  });
  const served: Database = { ...database, close: () => searchRuntime.stop().finally(database.close) };
  closeOnExit(served);
  return served;
}

function closeOnExit(database: Database) {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    database.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
