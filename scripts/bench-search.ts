// npm run bench:search [-- --keep] [-- --entities N --claims N]
// Generates a deterministic corpus (10,000 entities, 100,000 claims by default) in a fresh
// database "nexus_bench" on the server of DATABASE_URL (default: the local development server),
// builds the PostgreSQL search index, and measures search latency for a fixed query mix.
// Prints a Markdown table for docs/search.md. A benchmark, not a test: it asserts nothing.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { migrateDatabase, openDatabase } from "@/db/client";
import { useSearchEngine } from "@/lib/search/engine";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { search } from "@/lib/search/search";
import { rowsOf } from "@/lib/search/rows";
import { latinSpelling } from "@/lib/search/transliterate";
import { generateCorpus, rng, type Corpus } from "./bench/corpus";
import { commitOf } from "./bench/lib/machine";
import { oneLetterTypo } from "./bench/query-mix";
import { progressBar } from "./progress";

const { values: args } = parseArgs({
  options: { keep: { type: "boolean" }, entities: { type: "string" }, claims: { type: "string" }, rounds: { type: "string" } },
});
const SIZE = { entities: Number(args.entities ?? 10_000), claims: Number(args.claims ?? 100_000), sources: 2_000 };
const PER_CATEGORY = Number(args.rounds ?? 60);
const SERVER = process.env.DATABASE_URL || "postgres://nexus:nexus@127.0.0.1:5432/nexus";
const BENCH_DB = "nexus_bench";

type Query = { category: string; q: string; kind?: string; country?: string; scope?: "workspace" };

/** The fixed query mix: the same corpus seed and this seed give the same queries every run. */
function queryMix(corpus: Corpus): Query[] {
  const r = rng(7);
  const published = corpus.firms.filter((f) => f.published);
  const withCyrillic = published.filter((f) => f.cyrillic);
  const withChinese = published.filter((f) => f.chinese);
  const typo = (w: string) => oneLetterTypo(r, w);
  const out: Query[] = [];
  for (let i = 0; i < PER_CATEGORY; i++) {
    const firm = r.pick(published);
    const cyr = r.pick(withCyrillic);
    const zh = r.pick(withChinese);
    const words = r.pick(corpus.claimWords);
    const han = [...zh.chinese!];
    const at = r.int(han.length - 1);
    out.push(
      { category: "firm name (Latin)", q: firm.latinWord },
      { category: "Cyrillic alias", q: cyr.cyrillic!.replace(/ООО|[«»]/g, "").trim() },
      { category: "Latin transliteration", q: latinSpelling(cyr.cyrillic!.replace(/ООО|[«»]/g, "").trim()) ?? cyr.latinWord },
      { category: "one-letter typo", q: typo(firm.latinWord) },
      { category: "two Chinese characters", q: han.slice(at, at + 2).join("") },
      { category: "claim words", q: `${words[0]} ${words[1]}` },
      { category: "phrase + exclusion", q: `"${words[1]} to ${words[2]}" -${r.pick(["lathes", "capacitors", "FPGAs"])}` },
      { category: "OR", q: `${firm.latinWord} OR ${r.pick(published).latinWord}` },
      { category: "filtered (firm, country)", q: words[2]!, kind: "firm", country: firm.country },
      { category: "broad (common word)", q: r.pick(["Moscow", "integrated circuits", "customs", "Khorgos", "freight"]) },
      { category: "workspace scope", q: r.pick(corpus.firms).latinWord, scope: "workspace" },
    );
  }
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(1);

async function main() {
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${BENCH_DB} with (force)`);
  await admin.unsafe(`create database ${BENCH_DB}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${BENCH_DB}`;
  const options = { driver: "postgres" as const, url: url.toString(), max: 4 };
  const database = await openDatabase(options);
  useSearchEngine(postgresEngine);
  try {
    await migrateDatabase(database, options);
    const db = database.db;
    console.error(`Generating ${SIZE.entities.toLocaleString()} entities, ${SIZE.claims.toLocaleString()} claims, ${SIZE.sources.toLocaleString()} sources in ${BENCH_DB}…`);
    const gen = progressBar("generated");
    const t0 = performance.now();
    const corpus = await generateCorpus(db, SIZE, gen.update);
    gen.done("Corpus written.");
    const generateSeconds = (performance.now() - t0) / 1000;

    const idx = progressBar("indexed");
    const t1 = performance.now();
    await postgresEngine.reindexAll(db, idx.update);
    idx.done("Search index built.");
    const indexSeconds = (performance.now() - t1) / 1000;
    const [stats] = rowsOf<{ docs: number; size: string }>(
      await db.execute(sql`select count(*)::int as docs, pg_size_pretty(pg_total_relation_size('search_documents')) as size from search_documents`),
    );
    const [version] = rowsOf<{ v: string }>(await db.execute(sql`select current_setting('server_version') as v`));

    const queries = queryMix(corpus);
    const ctx = { db, actor: { id: "00000000-0000-4000-8000-000000000000", role: "contributor" as const } };
    const publicCtx = { db, actor: null };
    // Warm-up: caches and plans, not measured.
    for (const q of queries.slice(0, 40)) await search(q.scope ? ctx : publicCtx, { ...q, limit: 20 });
    const times = new Map<string, number[]>();
    const hitsSeen = new Map<string, number>();
    const bench = progressBar("queried");
    for (const [i, q] of queries.entries()) {
      const start = performance.now();
      const result = await search(q.scope ? ctx : publicCtx, { ...q, limit: 20 });
      const elapsed = performance.now() - start;
      times.set(q.category, [...(times.get(q.category) ?? []), elapsed]);
      hitsSeen.set(q.category, (hitsSeen.get(q.category) ?? 0) + (result.total > 0 ? 1 : 0));
      bench.update(i + 1, queries.length);
    }
    bench.done("Queries done.");
    // Other work on the machine shows in the figures: say how busy it was.
    const loadDuring = os.loadavg();

    const all = [...times.values()].flat().sort((a, b) => a - b);
    const commit = commitOf();
    const lines = [
      `- Date: ${new Date().toISOString().slice(0, 10)} · commit ${commit}`,
      `- Machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}; PostgreSQL ${version?.v} (local, default settings); load average during the queries ${loadDuring.map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min)`,
      `- Corpus: ${SIZE.entities.toLocaleString()} entities (80% firms; 90% published), ${SIZE.claims.toLocaleString()} claims (85% published), ${SIZE.sources.toLocaleString()} sources; generated in ${generateSeconds.toFixed(0)} s`,
      `- Index: ${stats?.docs.toLocaleString()} documents (published + workspace), ${stats?.size}; full rebuild (\`reindexAll\`) ${indexSeconds.toFixed(0)} s`,
      `- ${all.length} queries through \`lib/search/search.ts\` (parse, search, visibility check), one at a time, limit 20, after ${Math.min(40, queries.length)} warm-up queries`,
      "",
      "| query kind | n | found something | p50 ms | p95 ms | p99 ms | max ms |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...[...times.entries()].map(([category, list]) => {
        const s = [...list].sort((a, b) => a - b);
        return `| ${category} | ${s.length} | ${hitsSeen.get(category)}/${s.length} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(percentile(s, 99))} | ${ms(s[s.length - 1]!)} |`;
      }),
      `| **all** | ${all.length} | | **${ms(percentile(all, 50))}** | **${ms(percentile(all, 95))}** | **${ms(percentile(all, 99))}** | ${ms(all[all.length - 1]!)} |`,
    ];
    console.log(lines.join("\n"));
  } finally {
    await database.close();
    if (!args.keep) {
      const cleanup = postgres(SERVER, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${BENCH_DB} with (force)`);
      await cleanup.end();
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
