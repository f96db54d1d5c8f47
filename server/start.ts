import "server-only";
import { registerPublicPages } from "@/lib/process-state.mjs";
import { publicPagesOf } from "@/lib/public/public-pages";
import { getDatabase } from "./database";

// The server's start-up, imported by instrumentation.ts on the Node.js runtime only: opens the
// database (server/boot.ts), then tells the server script's page cache which pages are public
// and how fresh they are. A second server on the same data folder stops here with the lock
// holder's name; it never opens it.
try {
  const database = await getDatabase();
  console.log(`[nexus] database ready (${database.driver}, ${database.location})`);
  registerPublicPages(publicPagesOf(async () => (await getDatabase()).db));
} catch (err) {
  console.error(`[nexus] cannot start: ${(err as Error).message}`);
  process.exit(1);
}
