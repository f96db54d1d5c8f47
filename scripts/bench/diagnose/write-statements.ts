// npx tsx scripts/bench/diagnose/write-statements.ts — the statements of create claim → submit → approve → page reload, with timings, on nexus_bench_medium.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { transitionRevision } from "@/lib/review/transition";
import { rowsOf } from "@/lib/search/rows";
import { useSearchEngine } from "@/lib/search/engine";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { readEntityPage } from "@/lib/public/reads";
import { databaseUrl } from "../pg-server";
(async () => {
  const log: string[] = [];
  const captured: Array<[string, unknown[]]> = [];
  const client = postgres(databaseUrl("nexus_bench_medium"), { max: 2, onnotice: () => {}, debug: (_c, q, p) => { log.push(q.replace(/\s+/g, " ").slice(0, 110)); captured.push([q, p as unknown[]]); } });
  const db = drizzle(client, { schema }) as unknown as Db;
  useSearchEngine(postgresEngine);
  const [author] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where email = 'bench-author-1@bench.example'`));
  const [reviewer] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where email = 'bench-reviewer-1@bench.example'`));
  const [target] = rowsOf<{ slug: string }>(await db.execute(sql`select slug from entities where published_revision_id is not null and slug !~ '-0$' order by slug offset 400 limit 1`));
  const [source] = rowsOf<{ id: string }>(await db.execute(sql`select id from sources limit 1`));
  await readEntityPage(db, target!.slug); // a cached page, as on a server
  const step = async (name: string, f: () => Promise<unknown>) => { const n = log.length; const t = Date.now(); await f(); console.log(`${name}: ${log.length - n} statements, ${Date.now() - t} ms`); console.log("   " + log.slice(n).join("\n   ")); };
  let revId = "";
  await step("create claim", async () => { const c = await createClaim({ db, actor: { id: author!.id, role: "contributor" } }, target!.slug, { statement: "Count statements claim.", confidence: "alleged", citations: [{ sourceId: source!.id }] }); revId = c.revision.id; });
  await step("submit", () => transitionRevision({ db, actor: { id: author!.id, role: "contributor" } }, revId, "submit"));
  await step("approve", () => transitionRevision({ db, actor: { id: reviewer!.id, role: "reviewer" } }, revId, "approve"));
  await step("page reload", () => readEntityPage(db, target!.slug));
  // The SELECTs again under EXPLAIN ANALYZE: the slow ones, with their plan's scans.
  for (const [q, p] of captured) {
    if (!/^\s*select/i.test(q) || /pg_catalog/.test(q)) continue;
    const rows = await client.unsafe(`explain (analyze, timing off, summary on) ${q}`, p as never[]);
    const plan = rows.map((r) => Object.values(r)[0] as string);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.join("\n"))?.[1]);
    if (ms > 3) console.log(`${ms} ms | ${q.replace(/\s+/g, " ").slice(0, 140)}\n      ${plan.filter((l) => /Scan/.test(l)).map((l) => l.trim().slice(0, 90)).join("\n      ")}`);
  }
  await client.end();
})();
