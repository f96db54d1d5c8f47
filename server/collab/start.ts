import "server-only";
import { getDatabase } from "@/server/database";
import { createCollabServer } from "./collab-server";
import { registerCollab } from "./registry";

// Imported by instrumentation.ts once the database is open: starts this instance's co-editing
// server, which scripts/server.mjs serves at /collab on the app's own port.
const { db } = await getDatabase();
const server = createCollabServer({ db, redisUrl: process.env.REDIS_URL || undefined });
registerCollab(server);
console.log(`[nexus] live co-editing at /collab${process.env.REDIS_URL ? " (shared through Redis)" : ""}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
