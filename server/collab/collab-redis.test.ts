import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCaller } from "@/test/api";
import { bodyText, connect, disconnect, startCollab, typeParagraph, until, type Client } from "@/test/collab";
import { useTestDatabase } from "@/test/db";
import { makeEntity } from "@/test/factories";
import { hasRedis, startRedis } from "@/test/redis";

const database = useTestDatabase();

if (!hasRedis) console.warn("[skip] co-editing across instances: redis-server is not installed (apt-get install redis-server; .ci/run does)");

describe.skipIf(!hasRedis)("co-editing across two app instances sharing Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());

  it("an edit through one instance appears in a client of the other within a second", async () => {
    const db = database.db;
    const one = await startCollab(db, { redisUrl: redis.url, name: "one" });
    const two = await startCollab(db, { redisUrl: redis.url, name: "two" });
    const alice = await makeCaller(db);
    const bob = await makeCaller(db);
    const entity = await makeEntity(db, alice);
    const clients: Client[] = [connect(one.url, entity.id, alice.token), connect(two.url, entity.id, bob.token)];
    try {
      const [a, b] = clients as [Client, Client];
      await Promise.all([a.synced, b.synced]);
      const started = Date.now();
      typeParagraph(a.doc, "Typed on instance one.");
      await until("the paragraph reaches the client of instance two", () => bodyText(b.doc).includes("Typed on instance one."), 1000);
      typeParagraph(b.doc, "Answered from instance two.");
      await until("and back", () => bodyText(a.doc).includes("Answered from instance two."), 1000);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      clients.forEach(disconnect);
      await one.stop();
      await two.stop();
    }
  });
});
