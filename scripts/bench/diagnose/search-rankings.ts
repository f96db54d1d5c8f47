// npx tsx scripts/bench/diagnose/search-rankings.ts [--rounds 5] [--rankings rum,gin] [--extra "2023,ball bearings"]
// The search statement per query category, with each ranking forced, interleaved query by query
// so that both see the same machine load (this machine is shared: compare the columns, not runs).
// Needs the RUM indexes for "rum" (else that column measures <=> without its index). Database:
// BENCH_DB (default nexus_bench_medium) on the benchmarks' server.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { openDatabase } from "@/db/client";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { Ranking } from "@/lib/search/postgres/ranking";
import type { SearchQuery } from "@/lib/search/types";
import { percentile } from "../lib/measure";
import { loadAverage } from "../lib/machine";
import { queryMix, type BenchQuery } from "../query-mix";
import { databaseUrl } from "../pg-server";

const { values: args } = parseArgs({
  options: { rounds: { type: "string", default: "5" }, rankings: { type: "string", default: "rum,gin" }, extra: { type: "string", default: "" } },
});

const toQuery = (q: BenchQuery): SearchQuery => ({ q: q.q, view: "published", kinds: q.kind ? [q.kind] : [], country: q.country, limit: 20, offset: 0 });

async function main() {
  const database = await openDatabase({ driver: "postgres", url: databaseUrl(process.env.BENCH_DB ?? "nexus_bench_medium"), max: 2 });
  const rankings = args.rankings!.split(",") as Ranking[];
  const engines = rankings.map((ranking) => ({ ranking, engine: createPostgresEngine({ ranking }) }));
  const extra = args.extra ? args.extra.split(",").map((q): BenchQuery => ({ category: `"${q.trim()}"`, q: q.trim() })) : [];
  const mix = [...(await queryMix(database.db, 10)), ...extra];
  const times = new Map<string, number[]>();
  const totals = new Map<string, string>();
  const load = loadAverage();
  for (const q of mix) for (const { engine } of engines) await engine.search(database.db, toQuery(q)); // warm
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const q of mix) {
      for (const { ranking, engine } of engines) {
        const t0 = performance.now();
        const result = await engine.search(database.db, toQuery(q));
        const ms = performance.now() - t0;
        for (const key of [`${q.category}|${ranking}`, `all|${ranking}`]) times.set(key, [...(times.get(key) ?? []), ms]);
        if (extra.includes(q)) totals.set(q.category, `${result.total}${result.totalRelation === "gte" ? "+" : ""}`);
      }
    }
  }
  const categories = [...new Set(mix.map((q) => q.category)), "all"];
  console.log(`load before ${load.join(" / ")}, after ${loadAverage().join(" / ")}; ${args.rounds} rounds`);
  console.log(`| query kind | n | ${rankings.map((r) => `${r.toUpperCase()} p50 ms | ${r.toUpperCase()} p95 ms`).join(" | ")} |`);
  console.log(`| --- | ---: | ${rankings.map(() => "---: | ---:").join(" | ")} |`);
  for (const c of categories) {
    const cells = rankings.map((r) => {
      const sorted = [...(times.get(`${c}|${r}`) ?? [])].sort((a, b) => a - b);
      return `${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 95).toFixed(1)}`;
    });
    const n = times.get(`${c}|${rankings[0]}`)?.length ?? 0;
    console.log(`| ${c}${totals.has(c) ? ` (${totals.get(c)} results)` : ""} | ${n} | ${cells.join(" | ")} |`);
  }
  await database.close();
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
