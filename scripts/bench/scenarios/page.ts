import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/lib/search/rows";
import { entityPath } from "@/lib/entities/sections";
import type { EntityKind } from "@/lib/entities/fields";
import { httpLoad, type Figures } from "../lib/measure";
import { type ScenarioContext, type ScenarioResult, warm } from "./context";

const STATIC_DIR = path.resolve(import.meta.dirname, "../../../public/bench");
export const STATIC_PATH = "/bench/entity-page.html";

/** The showcase page: entity 0, a published firm with 20 published claims. */
export async function showcasePage(ctx: Pick<ScenarioContext, "db">): Promise<{ slug: string; path: string; claims: number }> {
  const [row] = rowsOf<{ slug: string; kind: EntityKind; claims: number }>(await ctx.db.execute(sql`
    select e.slug, e.kind, (select count(*)::int from claims c where c.subject_entity_id = e.id and c.published_revision_id is not null) as claims
    from entities e where e.slug ~ '-0$' and e.published_revision_id is not null`));
  if (!row) throw new Error("no showcase page: seed the database with npm run bench:seed");
  return { slug: row.slug, path: entityPath(row), claims: row.claims };
}

/**
 * Writes the showcase page's HTML to public/bench/ (ignored by git). the server lists
 * public/ when it starts — a file added later is a 404 — so the runner calls this with a
 * first server, stops it, and measures with a second one.
 */
export async function saveStaticCopy(ctx: Pick<ScenarioContext, "db" | "server">): Promise<void> {
  const page = await showcasePage(ctx);
  const res = await fetch(ctx.server.origin + page.path);
  if (!res.ok) throw new Error(`GET ${page.path}: ${res.status}`);
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(path.join(STATIC_DIR, "entity-page.html"), await res.text());
}

/**
 * Scenario 1: the public entity page (HTML rendered per request from the public cache)
 * against the same bytes as a static file served by the same Next server.
 */
export async function pageScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
  const page = await showcasePage(ctx);
  const res = await fetch(ctx.server.origin + page.path);
  if (!res.ok) throw new Error(`GET ${page.path}: ${res.status}`);
  const html = await res.text();
  const check = await fetch(ctx.server.origin + STATIC_PATH);
  if (!check.ok) throw new Error(`the static copy is not served: ${check.status}`);
  await check.arrayBuffer();
  await warm(ctx.server.origin, [page.path, STATIC_PATH], 50);

  const figures: Figures[] = [];
  for (const c of ctx.concurrencies) {
    for (const [name, p] of [["entity page (HTML)", page.path], ["static file, same bytes", STATIC_PATH]] as const) {
      const f = await httpLoad({ name, origin: ctx.server.origin, paths: [p], connections: c, seconds: ctx.seconds, serverPid: ctx.server.pid });
      ctx.log(`${name} c=${c}: ${f.rps} req/s p50 ${f.p50} p95 ${f.p95} p99 ${f.p99} ms, errors ${f.errors}, RSS ${f.serverPeakRssMb} MB`);
      figures.push(f);
    }
  }
  const ratios = Object.fromEntries(ctx.concurrencies.map((c) => {
    const dyn = figures.find((f) => f.concurrency === c && f.name.startsWith("entity"))!;
    const stat = figures.find((f) => f.concurrency === c && f.name.startsWith("static"))!;
    return [c, Math.round((dyn.rps / stat.rps) * 100) / 100];
  }));
  return { figures, facts: { path: page.path, claims: page.claims, htmlBytes: Buffer.byteLength(html), throughputRatioPageOverStatic: ratios } };
}
