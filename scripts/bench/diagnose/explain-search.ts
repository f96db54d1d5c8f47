// npx tsx scripts/bench/diagnose/explain-search.ts "<query>" [kind] [country] — EXPLAIN ANALYZE of the search statements
// on nexus_bench_medium (BENCH_DB picks another), ranked as the server would (SEARCH_RANKING=gin forces GIN).
import { sql, type SQL } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { detectRanking } from "@/lib/search/postgres/ranking";
import { searchPostgres } from "@/lib/search/postgres/search-query";
import { rowsOf } from "@/lib/search/rows";
import { databaseUrl } from "../pg-server";

async function main() {
  const [q, kind, country] = process.argv.slice(2);
  const database = await openDatabase({ driver: "postgres", url: databaseUrl(process.env.BENCH_DB ?? "nexus_bench_medium"), max: 1 });
  const explaining = (tx: Db): Db => new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop !== "execute") return Reflect.get(target, prop, receiver);
      return async (statement: SQL) => {
        const text = JSON.stringify(statement);
        if (text.includes("set_config")) return target.execute(statement);
        const plan = rowsOf<{ "QUERY PLAN": string }>(await target.execute(sql`explain (analyze, buffers) ${statement}`));
        console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
        return target.execute(statement);
      };
    },
  });
  const db = new Proxy(database.db, {
    get(target, prop, receiver) {
      if (prop !== "transaction") return Reflect.get(target, prop, receiver);
      return (fn: (tx: Db) => Promise<unknown>) => target.transaction((tx) => fn(explaining(tx)));
    },
  });
  const ranking = process.env.SEARCH_RANKING === "gin" ? "gin" : await detectRanking(database.db);
  console.log(`ranking: ${ranking}`);
  await searchPostgres(db, { q: q!, view: "published", kinds: kind ? [kind as "firm"] : [], country, limit: 20, offset: 0 }, ranking);
  await database.close();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
