// npm run bench:seed -- --scale small|medium|large [--seed N] [--db nexus_bench_x] [--no-index]
// Writes the deterministic benchmark corpus into a fresh PostgreSQL database (default
// nexus_bench_<scale>, dropped first) on BENCH_PG_URL / DATABASE_URL / the local server,
// then builds the PostgreSQL search index with the app's own reindex code.
// --no-index skips the index; a server started on the database then builds it itself before
// it answers (lib/search/startup.ts fills an empty index), which at large scale takes long.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { instanceSettings } from "@/db/schema";
import { migrateDatabase, openDatabase } from "@/db/client";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { progressBar } from "../progress";
import { checkBenchName, databaseUrl, recreateDatabase } from "./pg-server";
import { generateCorpus } from "./seed/generate";
import { isScaleName, SCALES } from "./seed/scales";

export const DEFAULT_SEED = 20_260_501;

async function main() {
  const { values: args } = parseArgs({
    options: { scale: { type: "string", default: "small" }, seed: { type: "string" }, db: { type: "string" }, "no-index": { type: "boolean" } },
  });
  if (!isScaleName(args.scale!)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
  const scale = SCALES[args.scale];
  const seed = Number(args.seed ?? DEFAULT_SEED);
  const name = checkBenchName(args.db ?? `nexus_bench_${scale.name}`);
  await recreateDatabase(name);
  const options = { driver: "postgres" as const, url: databaseUrl(name), max: 2 };
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database, options);
    console.error(`Seeding ${name}: ${scale.entities.toLocaleString("en-US")} entities × ~${scale.claimsPerEntity} claims, ${scale.sources.toLocaleString("en-US")} sources, seed ${seed}`);
    const bar = progressBar("written (sources + entities + claims)");
    const t0 = performance.now();
    const summary = await generateCorpus(database.db, scale, seed, bar.update);
    bar.done(`Corpus written: ${summary.claims.toLocaleString("en-US")} claims, ${summary.rows.toLocaleString("en-US")} rows.`);
    const generateSeconds = (performance.now() - t0) / 1000;
    let indexSeconds = 0;
    if (!args["no-index"]) {
      const idx = progressBar("indexed");
      const t1 = performance.now();
      await postgresEngine.reindexAll(database.db, idx.update);
      await database.db.execute(sql`vacuum (analyze) search_documents`);
      idx.done("Search index built.");
      indexSeconds = (performance.now() - t1) / 1000;
    }
    const facts = { scale: scale.name, seed, ...summary, generateSeconds: Math.round(generateSeconds), indexSeconds: Math.round(indexSeconds) };
    // The runner reads this back, so results always say which corpus they were measured on.
    await database.db.insert(instanceSettings).values({ key: "bench_corpus", value: JSON.stringify(facts) });
    console.log(JSON.stringify(facts));
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    // A failed bulk statement carries megabytes of parameters: show the database's reason only.
    const cause = (err as { cause?: Error }).cause;
    console.error(cause ? `${(err as Error).message.slice(0, 200)}…\n${cause.message}` : err);
    process.exit(1);
  },
);
