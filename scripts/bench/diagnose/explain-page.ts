// npx tsx scripts/bench/diagnose/explain-page.ts <slug> — EXPLAIN ANALYZE of every SELECT a public entity page load runs (BENCH_DB, default nexus_bench_medium).
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";
import { readEntityPage } from "@/lib/public/reads";
import { databaseUrl } from "../pg-server";
(async () => {
  const log: Array<[string, unknown[]]> = [];
  const url = databaseUrl(process.env.BENCH_DB ?? "nexus_bench_medium");
  const client = postgres(url, { max: 1, onnotice: () => {}, debug: (_c, q, p) => log.push([q, p as unknown[]]) });
  const db = drizzle(client, { schema }) as unknown as Db;
  const slug = process.argv[2]!;
  await readEntityPage(db, slug);
  
  const plain = postgres(url, { max: 1, onnotice: () => {} });
  for (const [q, p] of log) {
    if (!/^\s*select/i.test(q)) continue;
    const rows = await plain.unsafe(`explain (analyze, timing off, summary on) ${q}`, p as never[]);
    const plan = rows.map((r) => Object.values(r)[0] as string);
    const time = plan.find((l) => l.includes("Execution Time"));
    const seq = plan.filter((l) => /Seq Scan/.test(l)).map((l) => l.trim()).join("; ");
    console.log(`${time?.trim()} | ${q.replace(/\s+/g, " ").slice(0, 120)}${seq ? `\n      ${seq}` : ""}`);
  }
  await plain.end(); await client.end();
})();
