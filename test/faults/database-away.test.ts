import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { api, makeCaller, type Caller } from "@/test/api";
import { createTestDatabase } from "@/test/db";
import { rows } from "@/test/security/fingerprint";
import { sql } from "drizzle-orm";

/**
 * The database going away while the app runs: a TCP relay between the app and PostgreSQL that
 * the test cuts and restores. Requests in between get 503 in the error shape with Retry-After,
 * and the app recovers on its own once the database is back.
 */
class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(readonly target: { host: string; port: number }, public port = 0) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async stop(): Promise<void> {
    if (this.server?.listening) await this.cut();
  }

  /** The database "goes away": open connections are cut and new ones refused. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

let testDb: Database, relayed: Database, relay: Relay, caller: Caller;

describe.skipIf(!process.env.DATABASE_URL)("the database going away (PostgreSQL; skipped without DATABASE_URL)", () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const [row] = rows<{ name: string }>(await testDb.db.execute(sql`select current_database() as name`));
    const url = new URL(process.env.DATABASE_URL!);
    relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
    await relay.start();
    url.host = `127.0.0.1:${relay.port}`;
    url.pathname = `/${row!.name}`;
    const options = { driver: "postgres" as const, url: url.toString(), max: 4 };
    relayed = await openDatabase(options);
    await migrateDatabase(relayed, options);
    useDatabaseForTests(relayed);
    caller = await makeCaller(relayed.db, "contributor");
  }, 60_000);
  afterAll(async () => {
    await Promise.race([relayed?.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
    await relay?.stop();
    await testDb?.close();
  });

  it("answers 503 with a clear error while it is away, and recovers by itself when it returns", async () => {
    expect((await api.listEntities(caller)).status).toBe(200);

    await relay.cut();
    for (const attempt of [() => api.listEntities(caller), () => api.createSource(caller, { url: "https://away.example.org/x", title: "X" }), () => api.listEntities(null)]) {
      const result = await attempt();
      expect(result.status, JSON.stringify(result.body)).toBe(503);
      expect(result.body).toMatchObject({ error: { code: "unavailable", message: expect.stringContaining("database") } });
      expect(result.response.headers.get("retry-after")).toBe("5");
    }

    await relay.start();
    let recovered = 0;
    for (let i = 0; i < 20 && recovered !== 201; i++) {
      recovered = (await api.createSource(caller, { url: "https://away.example.org/back", title: "Back" })).status;
      if (recovered !== 201) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(201);
  }, 60_000);
});
