import { registerPublicFreshness } from "@/lib/public/freshness";
import { getDatabase } from "./runtime";

// Imported by instrumentation.ts on the Node.js runtime only. A second server on
// the same data folder stops here with the lock holder's name; it never opens it.
try {
  const database = await getDatabase();
  console.log(`[nexus] database ready (${database.driver}, ${database.location})`);
  registerPublicFreshness();
} catch (err) {
  console.error(`[nexus] cannot start: ${(err as Error).message}`);
  process.exit(1);
}
