import { openDatabase } from "@/db/client";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { searchInput } from "@/lib/search/schema";
import type { SearchQuery } from "@/lib/search/types";
import { httpLoad, loopLoad, type Figures } from "../lib/measure";
import { queryMix, searchPath, type BenchQuery } from "../query-mix";
import { type ScenarioContext, type ScenarioResult, warm } from "./context";

const toEngineQuery = (q: BenchQuery): SearchQuery => {
  const input = searchInput.parse({ q: q.q, kind: q.kind, country: q.country, limit: 20 });
  return { q: input.q, view: "published", kinds: input.kind ? [input.kind] : [], country: input.country, tier: input.tier, limit: input.limit, offset: 0 };
};

/**
 * Scenario 2: GET /api/v1/search over the fixed query mix, and the same engine statement
 * run straight on the database (postgres.js pool of 10, as the server's) at the same
 * concurrency — the gap is what HTTP, Next, parsing and the visibility re-check cost.
 */
export async function searchScenario(ctx: ScenarioContext, databaseUrl: string): Promise<ScenarioResult> {
  const mix = await queryMix(ctx.db, 10);
  const paths = mix.map(searchPath);
  await warm(ctx.server.origin, paths, 3);
  const direct = await openDatabase({ driver: "postgres", url: databaseUrl, max: 10 });
  const figures: Figures[] = [];
  try {
    const queries = mix.map(toEngineQuery);
    for (const q of queries) await postgresEngine.search(direct.db, q);
    for (const c of ctx.concurrencies) {
      const api = await httpLoad({ name: "search API", origin: ctx.server.origin, paths, connections: c, seconds: ctx.seconds, serverPid: ctx.server.pid });
      ctx.log(`search API c=${c}: ${api.rps} req/s p50 ${api.p50} p95 ${api.p95} p99 ${api.p99} ms, errors ${api.errors}, RSS ${api.serverPeakRssMb} MB`);
      // Each worker starts at its own place in the mix, as autocannon's connections do.
      const raw = await loopLoad("search SQL, direct", c, ctx.seconds, async (w, i) => {
        await postgresEngine.search(direct.db, queries[(w * 7 + i) % queries.length]!);
      }, null);
      ctx.log(`search SQL c=${c}: ${raw.rps} q/s p50 ${raw.p50} p95 ${raw.p95} p99 ${raw.p99} ms`);
      figures.push(api, raw);
    }
  } finally {
    await direct.close();
  }
  const overhead = Object.fromEntries(ctx.concurrencies.map((c) => {
    const api = figures.find((f) => f.concurrency === c && f.name === "search API")!;
    const raw = figures.find((f) => f.concurrency === c && f.name !== "search API")!;
    return [c, { p50: Math.round((api.p50 / raw.p50) * 100) / 100, p95: Math.round((api.p95 / raw.p95) * 100) / 100, throughput: Math.round((raw.rps / api.rps) * 100) / 100 }];
  }));
  return { figures, facts: { queries: mix.length, categories: [...new Set(mix.map((q) => q.category))], apiOverSql: overhead } };
}
