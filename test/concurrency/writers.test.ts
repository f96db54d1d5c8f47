import { asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, claimRevisions, claims, entities, entityRevisions, reviewEvents } from "@/db/schema";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import type { Actor } from "@/lib/context";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { DomainError } from "@/lib/errors";
import { transitionRevision } from "@/lib/review/transition";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser } from "@/test/factories";

/**
 * Many writers on one entity and its claims at once, through the domain functions, on PostgreSQL
 * (PGlite is one connection, so nothing there is concurrent). CONCURRENCY_WRITERS and
 * CONCURRENCY_SECONDS size the run: CI 12 writers for 6 s; the documented full run 50 for 60 s.
 */
const WRITERS = Number(process.env.CONCURRENCY_WRITERS) || 12;
const SECONDS = Number(process.env.CONCURRENCY_SECONDS) || 6;
const REVIEWERS = Math.max(2, Math.round(WRITERS / 10));

type Target = { kind: "entity"; slug: string; id: string } | { kind: "claim"; id: string };
type Save = { writer: number; target: string; revisionId: string; seq: number };

let database: Database;
beforeAll(async () => {
  if (process.env.DATABASE_URL) database = await createTestDatabase();
}, 60_000);
afterAll(async () => database?.close());

async function latestOf(target: Target): Promise<string> {
  const table = target.kind === "entity" ? entities : claims;
  const [row] = await database.db.select({ latest: table.latestRevisionId }).from(table).where(eq(table.id, target.id));
  return row!.latest!;
}

/** Runs `fn`, sorting its outcome: a domain refusal gives its status; anything else is a failure to report. */
async function attempt<T>(fn: () => Promise<T>): Promise<{ ok: T } | { status: number } | { error: unknown }> {
  try {
    return { ok: await fn() };
  } catch (err) {
    return err instanceof DomainError ? { status: err.status } : { error: err };
  }
}

describe.skipIf(!process.env.DATABASE_URL)("concurrent writers on PostgreSQL (skipped without DATABASE_URL: PGlite has one connection)", () => {
  it(`${WRITERS} writers and ${REVIEWERS} reviewers on one entity and its claims for ${SECONDS}s: nothing lost, nothing doubled, only 409s refused`, async () => {
    const db = database.db;
    const owner = await makeUser(db, "contributor");
    const entity = await makeEntity(db, owner);
    const targets: Target[] = [{ kind: "entity", slug: entity.slug, id: entity.id }];
    for (let i = 0; i < 2; i++) targets.push({ kind: "claim", id: (await makeClaim(db, owner, entity.slug)).id });
    const writers: Actor[] = await Promise.all(Array.from({ length: WRITERS }, () => makeUser(db, "contributor")));
    const reviewers: Actor[] = await Promise.all(Array.from({ length: REVIEWERS }, () => makeUser(db, "reviewer")));

    const saves: Save[] = [];
    const refusals: number[] = [];
    const failures: unknown[] = [];
    let transitions = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const record = <T>(outcome: { ok: T } | { status: number } | { error: unknown }) => {
      if ("status" in outcome) refusals.push(outcome.status);
      if ("error" in outcome) failures.push(outcome.error);
      return "ok" in outcome ? outcome.ok : null;
    };

    const writer = async (w: number) => {
      for (let seq = 0; Date.now() < deadline; seq++) {
        const target = targets[(w + seq) % targets.length]!;
        const base = await latestOf(target);
        const ctx = ctxFor(db, writers[w]!);
        const saved = record(await attempt(() => target.kind === "entity"
          ? createEntityRevision(ctx, target.slug, { baseRevisionId: base, title: `Entity by ${w}.${seq}`, summary: `${w}.${seq}` })
          : createClaimRevision(ctx, target.id, { baseRevisionId: base, statement: `Claim by ${w}.${seq}`, confidence: "alleged",
              citations: [{ source: { url: `https://load.example.org/${w}/${seq}`, title: "Load" }, quote: "q" }] })));
        if (!saved) continue;
        saves.push({ writer: w, target: target.id, revisionId: saved.id, seq });
        if (seq % 2 === 0 && record(await attempt(() => transitionRevision(ctx, saved.id, "submit")))) transitions++;
      }
    };
    const reviewer = async (r: number) => {
      while (Date.now() < deadline) {
        const target = targets[r % targets.length]!;
        const ctx = ctxFor(db, reviewers[r]!);
        if (record(await attempt(async () => transitionRevision(ctx, await latestOf(target), "approve")))) transitions++;
      }
    };
    await Promise.all([...writers.map((_, w) => writer(w)), ...reviewers.map((_, r) => reviewer(r))]);

    // No 500, no deadlock or serialization failure surfacing; every refusal a 409 (conflict, or a transition not allowed in that state).
    expect(failures.map((e) => String(e))).toEqual([]);
    expect(new Set(refusals)).toEqual(new Set(refusals.length ? [409] : []));
    expect(saves.length).toBeGreaterThan(WRITERS);

    for (const target of targets) {
      const table = target.kind === "entity" ? entityRevisions : claimRevisions;
      const subject = target.kind === "entity" ? entityRevisions.entityId : claimRevisions.claimId;
      const history = await db.select({ id: table.id, number: table.number, baseRevisionId: table.baseRevisionId }).from(table).where(eq(subject, target.id)).orderBy(asc(table.number));
      const accepted = saves.filter((s) => s.target === target.id).map((s) => s.revisionId);
      // Every accepted save exactly once, nothing else but the first revision; numbered 1..n, each based on the one before.
      expect(history.slice(1).map((r) => r.id).sort()).toEqual([...accepted].sort());
      expect(history.map((r) => r.number)).toEqual(history.map((_, i) => i + 1));
      for (let i = 1; i < history.length; i++) expect(history[i]!.baseRevisionId).toBe(history[i - 1]!.id);
      // Each writer's saves appear in the order it made them.
      const position = new Map(history.map((r, i) => [r.id, i]));
      for (let w = 0; w < WRITERS; w++) {
        const mine = saves.filter((s) => s.writer === w && s.target === target.id).map((s) => position.get(s.revisionId)!);
        expect(mine).toEqual([...mine].sort((a, b) => a - b));
      }
    }

    // One audit row per accepted save and per transition, one review event per transition (all of them on saved revisions:
    // the factories' first revisions stay drafts, so approving one is refused).
    const revisionIds = saves.map((s) => s.revisionId);
    const audits = await db.select({ action: auditLog.action, n: sql<number>`count(*)::int` }).from(auditLog)
      .where(inArray(auditLog.subjectId, revisionIds)).groupBy(auditLog.action);
    const creates = audits.filter((a) => a.action.endsWith(".create")).reduce((sum, a) => sum + a.n, 0);
    const transitionAudits = audits.filter((a) => !a.action.endsWith(".create")).reduce((sum, a) => sum + a.n, 0);
    const [events] = await db.select({ n: sql<number>`count(*)::int` }).from(reviewEvents);
    expect(creates).toBe(saves.length);
    expect(transitionAudits).toBe(transitions);
    expect(events!.n).toBe(transitions);
    console.log(`[concurrency] ${WRITERS} writers, ${REVIEWERS} reviewers, ${SECONDS}s: ${saves.length} saves accepted, ${refusals.length} refused with 409, ${transitions} transitions, 0 failures`);
  }, 60_000 + SECONDS * 3000);
});
