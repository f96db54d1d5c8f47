import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import * as catchAllRoute from "@/app/api/v1/[...path]/route";
import * as claimRevisionsRoute from "@/app/api/v1/claims/[id]/revisions/route";
import * as retractRoute from "@/app/api/v1/claims/[id]/retract/route";
import * as entitiesRoute from "@/app/api/v1/entities/route";
import * as entityClaimsRoute from "@/app/api/v1/entities/[slug]/claims/route";
import * as entityRevisionsRoute from "@/app/api/v1/entities/[slug]/revisions/route";
import * as transitionRoute from "@/app/api/v1/revisions/[id]/[action]/route";
import * as sourcesRoute from "@/app/api/v1/sources/route";
import * as sourceRevisionsRoute from "@/app/api/v1/sources/[id]/revisions/route";
import { MAX_BODY_BYTES } from "@/http/read-json";
import { createTestDatabase } from "@/test/db";
import { makeCaller, type Caller, type Handler } from "@/test/api";
import { makeClaim, makeEntity, publish } from "@/test/factories";
import { changeMarker, tableFingerprint } from "@/test/security/fingerprint";
import { hostileBody, hostileSegment, type WireBody } from "./payloads";
import { errorShape, send } from "./send";

/**
 * Hostile input against every write endpoint: zero 5xx, every refusal in the documented error
 * shape, and a refused request changes nothing. FUZZ_RUNS sets the runs per target (CI default
 * 400 runs × 13.5 targets + 22 ≈ 5,400 payloads; the documented full run, FUZZ_RUNS=800, sent 10,824).
 */
const RUNS = Number(process.env.FUZZ_RUNS) || 400;
const TIMEOUT = Math.max(120_000, RUNS * 200);

let database: Database;
let author: Caller, reviewer: Caller;
let target: { slug: string; entityRevisionId: string; claimId: string; claimRevisionId: string; publishedClaimId: string; sourceId: string };
let tried = 0;

beforeAll(async () => {
  // The limits themselves are proven in test/security/rate-limits.test.ts; here they would only cut the run short.
  vi.stubEnv("API_WRITES_PER_MINUTE", "1000000");
  vi.stubEnv("API_TOKEN_REQUESTS_PER_MINUTE", "1000000");
  vi.stubEnv("API_ANONYMOUS_WRITES_PER_MINUTE", "1000000");
  database = await createTestDatabase();
  useDatabaseForTests(database);
  author = await makeCaller(database.db, "contributor");
  reviewer = await makeCaller(database.db, "reviewer");
  const entity = await makeEntity(database.db, author);
  const claim = await makeClaim(database.db, author, entity.slug);
  const published = await makeClaim(database.db, author, entity.slug);
  await publish(database.db, author, reviewer, entity.revision.id);
  await publish(database.db, author, reviewer, published.revision.id);
  target = {
    slug: entity.slug, entityRevisionId: entity.revision.id, claimId: claim.id, claimRevisionId: claim.revision.id,
    publishedClaimId: published.id, sourceId: published.citations[0]!.source.id,
  };
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  console.log(`[hostile input] ${tried} payloads sent, 0 answered 5xx`);
  await database.close();
});

type Target = { name: string; handler: Handler; path: () => string; params: () => Record<string, string>; as: () => Caller; valid: () => Record<string, unknown> };

const citation = { source: { url: "https://fuzz.example.org/doc", title: "Doc" }, quote: "words", locator: "p. 1" };
const targets: Target[] = [
  { name: "POST /entities", handler: entitiesRoute.POST as unknown as Handler, path: () => "/entities", params: () => ({}), as: () => author,
    valid: () => ({ kind: "firm", title: "Fuzz Trading", aliases: [{ name: "Fuzz", lang: "en" }], fields: { country: "CN" }, summary: "new" }) },
  { name: "POST /entities/{slug}/revisions", handler: entityRevisionsRoute.POST as unknown as Handler, path: () => `/entities/${target.slug}/revisions`,
    params: () => ({ slug: target.slug }), as: () => author, valid: () => ({ baseRevisionId: target.entityRevisionId, title: "Renamed", summary: "edit" }) },
  { name: "POST /entities/{slug}/claims", handler: entityClaimsRoute.POST as unknown as Handler, path: () => `/entities/${target.slug}/claims`,
    params: () => ({ slug: target.slug }), as: () => author, valid: () => ({ statement: "It ships chips.", confidence: "alleged", citations: [citation] }) },
  { name: "POST /claims/{id}/revisions", handler: claimRevisionsRoute.POST as unknown as Handler, path: () => `/claims/${target.claimId}/revisions`,
    params: () => ({ id: target.claimId }), as: () => author,
    valid: () => ({ baseRevisionId: target.claimRevisionId, statement: "Edited.", confidence: "probable", citations: [citation] }) },
  { name: "POST /claims/{id}/retract", handler: retractRoute.POST as unknown as Handler, path: () => `/claims/${target.publishedClaimId}/retract`,
    params: () => ({ id: target.publishedClaimId }), as: () => reviewer, valid: () => ({ comment: "Source withdrawn." }) },
  { name: "POST /sources", handler: sourcesRoute.POST as unknown as Handler, path: () => "/sources", params: () => ({}), as: () => author,
    valid: () => ({ url: "https://fuzz.example.org/report", title: "Report", publisher: "P", publishedAt: "2024-05-03", type: "news", reliability: "B" }) },
  { name: "POST /sources/{id}/revisions", handler: sourceRevisionsRoute.POST as unknown as Handler, path: () => `/sources/${target.sourceId}/revisions`,
    params: () => ({ id: target.sourceId }), as: () => author,
    valid: () => ({ baseRevisionId: null, title: "Corrected", publisher: null, archiveUrl: "https://web.archive.org/web/2024/x", reliability: "C", summary: "fix" }) },
  ...["submit", "withdraw", "approve", "reject", "request-changes"].map((action): Target => ({
    name: `POST /revisions/{id}/${action}`, handler: transitionRoute.POST as unknown as Handler, path: () => `/revisions/${target.claimRevisionId}/${action}`,
    params: () => ({ id: target.claimRevisionId, action }), as: () => (["submit", "withdraw"].includes(action) ? author : reviewer), valid: () => ({ comment: "ok" }),
  })),
];

/** Sends one payload and checks the three promises; returns the status. */
/** The database's change marker after the last request: nothing else writes between two requests, so it is the next "before". */
let marker: string | undefined;
async function sendChecked(t: Target, wire: WireBody, params = t.params(), path = t.path()): Promise<number> {
  const before = marker ?? (await changeMarker(database.db));
  const result = await send(t.handler, path, t.as(), wire, params);
  tried++;
  marker = await changeMarker(database.db);
  expect(result.status, result.text.slice(0, 300)).toBeLessThan(500);
  if (result.status >= 400) {
    expect(result.contentType).toContain("application/json");
    expect(errorShape.safeParse(JSON.parse(result.text)).success, result.text.slice(0, 300)).toBe(true);
    expect(marker, `${t.name} refused with ${result.status} but changed the database`).toBe(before);
  }
  return result.status;
}

/** encodeURIComponent throws on lone surrogates; the route gets the raw segment in params anyway. */
const urlSafe = (segment: string) => encodeURIComponent(segment.replace(/[\ud800-\udfff]/g, "?"));

describe("hostile input to every write endpoint", () => {
  for (const t of targets) {
    it(`${t.name}: malformed bodies never get a 5xx, always the error shape, and change nothing when refused`, async () => {
      await fc.assert(fc.asyncProperty(hostileBody(t.valid()), (wire) => sendChecked(t, wire).then(() => true)), { numRuns: RUNS });
    }, TIMEOUT);
  }

  it("hostile path segments (slugs, ids, actions) get 4xx in the error shape", async () => {
    const withParams = targets.filter((t) => Object.keys(t.params()).length > 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withParams), hostileSegment, async (t, segment) => {
        // A well-formed slug may name a page other tests created (a claim on "a" is then a fine 201).
        fc.pre(!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(segment));
        const params = Object.fromEntries(Object.keys(t.params()).map((key) => [key, segment]));
        const status = await sendChecked(t, { json: t.valid() }, params, `/x/${urlSafe(segment).slice(0, 100)}`);
        expect(status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("any other path or method under /api/v1 is a 404 in the error shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileSegment, { minLength: 1, maxLength: 4 }), fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE"), async (segments, method) => {
        const handler = catchAllRoute[method as "GET"] as unknown as Handler;
        const path = "/" + segments.map(urlSafe).join("/");
        const response = await handler(new Request(`http://localhost/api/v1${path}`, { method }), { params: Promise.resolve({ path: segments } as never) });
        tried++;
        expect(response.status).toBe(404);
        expect(errorShape.safeParse(await response.json()).success).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe("bodies over the limit", () => {
  const oversized = "{\"title\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}";
  it.each(targets.map((t) => [t.name, t] as const))("%s answers 413, announced or streamed, and writes nothing", async (_name, t) => {
    marker = undefined;
    const before = await tableFingerprint(database.db);
    const announced = await send(t.handler, t.path(), t.as(), { raw: oversized }, t.params());
    // A stream has no Content-Length: the limit must hold while reading.
    const bytes = new TextEncoder().encode(oversized);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64_000) controller.enqueue(bytes.subarray(i, i + 64_000));
        controller.close();
      },
    });
    const request = new Request(`http://localhost/api/v1${t.path()}`, {
      method: "POST", body: stream, duplex: "half",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.as().token}` },
    } as RequestInit);
    const streamed = await t.handler(request, { params: Promise.resolve(t.params() as never) });
    tried += 2;
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.text)).toMatchObject({ error: { code: "too_large" } });
    expect(streamed.status).toBe(413);
    expect(await tableFingerprint(database.db)).toEqual(before);
  });
});
