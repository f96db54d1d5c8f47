import { readFileSync } from "node:fs";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { sql } from "drizzle-orm";
import WebSocket from "ws";
import * as Y from "yjs";
import { createApiToken } from "@/lib/auth/tokens";
import { rowsOf } from "@/lib/search/rows";
import { percentile } from "../lib/measure";
import type { ScenarioContext, ScenarioResult } from "./context";

type Client = { provider: HocuspocusProvider; doc: Y.Doc };

/** A Node client of the Hocuspocus provider, as a script or bot connects to /collab. */
function connect(origin: string, entityId: string, token: string): Promise<Client> {
  const doc = new Y.Doc();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync for entity/${entityId}`)), 60_000);
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: `${origin.replace(/^http/, "ws")}/collab`, name: `entity/${entityId}`, document: doc, token, WebSocketPolyfill: WebSocket,
      onSynced: () => {
        clearTimeout(timer);
        resolve({ provider, doc });
      },
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  });
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

async function draftWrites(ctx: ScenarioContext): Promise<number> {
  const [row] = rowsOf<{ n: string }>(await ctx.db.execute(sql`
    select coalesce(n_tup_upd + n_tup_ins, 0)::text as n from pg_stat_user_tables where relname = 'entity_drafts'`));
  return Number(row?.n ?? 0);
}

/**
 * Live co-editing through the production server's /collab: `editors` clients on one page, each
 * typing a change every `intervalMs`; every change carries its send time, and each other client
 * records when it arrived (update propagation). Then `pages` clients each open a page of their own:
 * the server's memory per open document. And how often the debounced store writes drafts.
 */
export async function collabScenario(ctx: ScenarioContext, { editors = 20, pages = 200, intervalMs = 250 } = {}): Promise<ScenarioResult> {
  const users = rowsOf<{ id: string }>(await ctx.db.execute(sql`select id from users where email like 'bench-%' and role = 'contributor' order by email`));
  const tokens = await Promise.all(Array.from({ length: editors }, (_, i) => createApiToken(ctx.db, users[i % users.length]!.id, "bench-collab").then((t) => t.token)));
  const entityIds = rowsOf<{ id: string }>(await ctx.db.execute(sql`select id from entities order by slug limit ${pages + 1}`)).map((e) => e.id);
  const { origin } = ctx.server;

  // 1. Propagation among editors of one page.
  const page = entityIds[0]!;
  const clients = await Promise.all(tokens.map((t) => connect(origin, page, t)));
  const latencies: number[] = [];
  clients.forEach((c, me) => {
    c.doc.getMap("bench").observe((event) => {
      for (const key of event.keysChanged) {
        if (key === `editor-${me}`) continue;
        const sent = c.doc.getMap("bench").get(key) as number;
        latencies.push(performance.timeOrigin + performance.now() - sent);
      }
    });
  });
  const writesBefore = await draftWrites(ctx);
  const started = Date.now();
  ctx.log(`collab: ${editors} editors on one page for ${ctx.seconds}s`);
  await Promise.all(clients.map(async (c, me) => {
    await new Promise((r) => setTimeout(r, (intervalMs / editors) * me));
    while (Date.now() - started < ctx.seconds * 1000) {
      c.doc.transact(() => {
        c.doc.getMap("bench").set(`editor-${me}`, performance.timeOrigin + performance.now());
        c.doc.getXmlFragment("body").insert(0, [new Y.XmlElement("paragraph")]);
      });
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }));
  await new Promise((r) => setTimeout(r, 2000));
  const elapsed = (Date.now() - started) / 1000;
  const writes = (await draftWrites(ctx)) - writesBefore;
  clients.forEach((c) => c.provider.destroy());
  latencies.sort((a, b) => a - b);

  // 2. Memory per open document: one client per page, each a page of its own.
  await new Promise((r) => setTimeout(r, 3000));
  const rssBefore = rssOf(ctx.server.pid);
  ctx.log(`collab: opening ${pages} pages at once`);
  const open = await Promise.all(entityIds.slice(1, pages + 1).map((id, i) => connect(origin, id, tokens[i % tokens.length]!)));
  await new Promise((r) => setTimeout(r, 2000));
  const rssAfter = rssOf(ctx.server.pid);
  open.forEach((c) => c.provider.destroy());

  const facts = {
    editors, intervalMs, updatesSent: Math.round((editors * elapsed * 1000) / intervalMs), updatesReceived: latencies.length,
    propagationP50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    propagationP95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    propagationP99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    pagesOpen: pages, serverRssBeforeMb: mb(rssBefore), serverRssAfterMb: mb(rssAfter),
    memoryPerOpenDocumentKb: Math.round((rssAfter - rssBefore) / pages / 1024),
    draftWritesPerSecond: Math.round((writes / elapsed) * 10) / 10,
  };
  ctx.log(`collab: ${JSON.stringify(facts)}`);
  return { figures: [], facts };
}
