import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createApiToken } from "@/lib/auth/tokens";
import { entityPath } from "@/lib/entities/sections";
import type { EntityKind } from "@/lib/entities/fields";
import { rowsOf } from "@/lib/search/rows";
import { loopLoad, percentile, type Figures } from "../lib/measure";
import type { ScenarioContext, ScenarioResult } from "./context";

type Target = { slug: string; path: string };

async function post(origin: string, path: string, token: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(origin + path, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
  return json;
}

/**
 * Scenario 3: the write path through the API — create a claim (with a citation), submit it
 * as its author, approve it as a reviewer — per second; then how long until an approved
 * claim shows on the public page (the public cache is invalidated on approval).
 * Different accounts per worker, as real editors would be: each token has its own rate-limit row.
 */
export async function writeScenario(ctx: ScenarioContext, concurrencies: number[], visibilitySamples = 20): Promise<ScenarioResult> {
  const users = rowsOf<{ id: string; role: string }>(await ctx.db.execute(sql`select id, role::text from users where email like 'bench-%' order by email`));
  const authors = users.filter((u) => u.role === "contributor");
  const reviewers = users.filter((u) => u.role === "reviewer");
  const workers = Math.max(...concurrencies);
  const authorTokens = await Promise.all(authors.slice(0, workers).map(async (u) => (await createApiToken(ctx.db, u.id, "bench")).token));
  const reviewerTokens = await Promise.all(reviewers.map(async (u) => (await createApiToken(ctx.db, u.id, "bench")).token));
  const targets = rowsOf<{ slug: string; kind: EntityKind }>(await ctx.db.execute(sql`
    select slug, kind from entities where published_revision_id is not null and slug !~ '-0$' order by slug limit 200 offset 100`))
    .map((e): Target => ({ slug: e.slug, path: entityPath(e) }));
  const sources = rowsOf<{ id: string }>(await ctx.db.execute(sql`select id from sources order by id limit 100`)).map((s) => s.id);
  const { origin } = ctx.server;
  let n = 0;

  async function cycle(worker: number, target: Target): Promise<string> {
    const tag = `bench-write-${Date.now().toString(36)}-${n++}`;
    const claim = await post(origin, `/api/v1/entities/${target.slug}/claims`, authorTokens[worker % authorTokens.length]!, {
      statement: `Benchmark claim ${tag}: shipped 12 oscilloscopes to Almaty in 2024.`,
      confidence: "alleged",
      citations: [{ sourceId: sources[n % sources.length], quote: "shipped oscilloscopes", locator: "p. 3" }],
    });
    const revisionId = (claim.revision as { id: string }).id;
    await post(origin, `/api/v1/revisions/${revisionId}/submit`, authorTokens[worker % authorTokens.length]!, {});
    await post(origin, `/api/v1/revisions/${revisionId}/approve`, reviewerTokens[worker % reviewerTokens.length]!, {});
    return tag;
  }

  // Warm: compile the routes, fill the public cache for the pages written to.
  for (let i = 0; i < 5; i++) await cycle(0, targets[i]!);
  const figures: Figures[] = [];
  for (const c of concurrencies) {
    const f = await loopLoad("create → submit → approve", c, ctx.seconds, (w, i) => cycle(w, targets[(w * 37 + i) % targets.length]!).then(() => {}), ctx.server.pid);
    ctx.log(`write path c=${c}: ${f.rps} cycles/s p50 ${f.p50} p95 ${f.p95} p99 ${f.p99} ms, errors ${f.errors}, RSS ${f.serverPeakRssMb} MB`);
    figures.push(f);
  }

  // Visibility: the page is read (so cached) before the approval; then polled every 10 ms.
  const delays: number[] = [];
  for (let i = 0; i < visibilitySamples; i++) {
    const target = targets[targets.length - 1 - i]!;
    await (await fetch(origin + target.path)).text();
    const tag = await cycle(0, target);
    const approvedAt = performance.now();
    for (;;) {
      const html = await (await fetch(origin + target.path)).text();
      if (html.includes(tag)) break;
      if (performance.now() - approvedAt > 10_000) throw new Error(`claim ${tag} not visible on ${target.path} after 10 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    delays.push(performance.now() - approvedAt);
  }
  const sorted = delays.sort((a, b) => a - b);
  const visibility = { samples: sorted.length, p50Ms: Math.round(percentile(sorted, 50)), p95Ms: Math.round(percentile(sorted, 95)), maxMs: Math.round(sorted.at(-1)!) };
  ctx.log(`approval visible on the public page after p50 ${visibility.p50Ms} ms, max ${visibility.maxMs} ms`);
  return { figures, facts: { requestsPerCycle: 3, approvalVisibleOnPublicPage: visibility } };
}
