import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { sources } from "@/db/schema";
import { useDatabaseForTests } from "@/server/database";
import * as graphRoute from "@/app/api/v1/graph/route";
import * as csvRoute from "@/app/api/v1/export/claims.csv/route";
import * as ftmRoute from "@/app/api/v1/export/entities.ftm.json/route";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import { retractClaim } from "@/lib/claims/retract-claim";
import { createEntity } from "@/lib/entities/create-entity";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { ENTITY_KINDS } from "@/lib/entities/fields";
import { listEntities } from "@/lib/entities/queries";
import { claimsCsv } from "@/lib/export/claims-csv";
import { ftmLines } from "@/lib/export/ftm";
import { readEntityPage, readGraph, readHome, readSection, readSitemap, readSource } from "@/lib/public/reads";
import { transitionRevision } from "@/lib/review/transition";
import { api, type Handler } from "@/test/api";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeUser } from "@/test/factories";

/**
 * The public edition must never show an unapproved word. This seeds content in every
 * state — draft, pending, rejected, changes requested, withdrawn, approved, retracted —
 * each hidden piece carrying a marker word of its own, then reads everything the
 * public can read: page data, exports and anonymous API answers.
 */
const HIDDEN = {
  draftEntity: "Qxdraftentity", pendingEntity: "Qxpendingentity", rejectedEntity: "Qxrejectedentity",
  pendingTitle: "Qxpendingtitle", pendingBody: "Qxpendingbody", pendingAlias: "Qxpendingalias",
  rejectedTitle: "Qxrejectedtitle", changesTitle: "Qxchangestitle", withdrawnTitle: "Qxwithdrawntitle", draftTitle: "Qxdrafttitle",
  draftClaim: "Qxdraftclaim", draftSource: "Qxdraftsource",
  pendingClaim: "Qxpendingclaim", pendingQuote: "Qxpendingquote", pendingLocator: "Qxpendinglocator",
  pendingSource: "Qxpendingsource", pendingPublisher: "Qxpendingpublisher", pendingUrl: "qxpendingurl",
  rejectedClaim: "Qxrejectedclaim", rejectedSource: "Qxrejectedsource",
  changesClaim: "Qxchangesclaim", withdrawnClaim: "Qxwithdrawnclaim",
  retractedClaim: "Qxretractedclaim", retractedSource: "Qxretractedsource", retractedQuote: "Qxretractedquote",
  pendingRewrite: "Qxpendingrewrite", hiddenSubjectClaim: "Qxhiddensubjectclaim", hiddenSubjectSource: "Qxhiddensubjectsource",
} as const;
const VISIBLE = "Qxvisible";

let database: Database;
let author: Actor, reviewer: Actor;
const hiddenSlugs: string[] = [];
const hiddenRevisionIds: string[] = [];
let visibleSlug = "", firstRevisionId = "";

const as = (actor: Actor) => ctxFor(database.db, actor);
const tick = () => new Promise((r) => setTimeout(r, 5));
const src = (marker: string, extra: Record<string, string> = {}) => ({
  source: { url: `https://news.example.org/${marker.toLowerCase()}`, title: `${marker} report`, ...extra },
});

async function settle(revisionId: string, state: "draft" | "pending" | "rejected" | "changes_requested" | "withdrawn" | "approved") {
  if (state === "draft") return;
  if (state === "withdrawn") return void (await transitionRevision(as(author), revisionId, "withdraw"));
  await transitionRevision(as(author), revisionId, "submit");
  if (state === "rejected") await transitionRevision(as(reviewer), revisionId, "reject", { comment: "No." });
  if (state === "changes_requested") await transitionRevision(as(reviewer), revisionId, "request_changes", { comment: "More." });
  if (state === "approved") await transitionRevision(as(reviewer), revisionId, "approve");
}

async function firm(title: string, state: Parameters<typeof settle>[1]) {
  const entity = await createEntity(as(author), { kind: "firm", title, fields: { country: "HK" } });
  await settle(entity.revision.id, state);
  if (state !== "approved") hiddenSlugs.push(entity.slug);
  return entity;
}

async function claimOn(slug: string, statement: string, state: Parameters<typeof settle>[1], citations: unknown[], objectSlug?: string) {
  const claim = await createClaim(as(author), slug, {
    statement, confidence: "alleged", citations: citations as never, ...(objectSlug ? { predicate: "supplies", objectSlug } : {}),
  });
  await settle(claim.revision.id, state);
  if (state !== "approved") hiddenRevisionIds.push(claim.revision.id);
  return claim;
}

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");

  const draft = await firm(`${HIDDEN.draftEntity} Co`, "draft");
  await firm(`${HIDDEN.pendingEntity} Ltd`, "pending");
  await firm(`${HIDDEN.rejectedEntity} LLC`, "rejected");
  const visible = await firm(`Visible Holding ${VISIBLE}`, "approved");
  const second = await firm("Second Visible Firm", "approved");
  visibleSlug = visible.slug;
  firstRevisionId = visible.revision.id;

  // Claims on the published page, one per state.
  await claimOn(visible.slug, `${VISIBLE}: the holding supplies the second firm.`, "approved", [src(VISIBLE)], second.slug);
  await claimOn(visible.slug, `${HIDDEN.draftClaim} statement.`, "draft", [src(HIDDEN.draftSource)]);
  const publicSource = (await database.db.select().from(sources)).find((s) => s.title.startsWith(VISIBLE))!;
  await claimOn(visible.slug, `${HIDDEN.pendingClaim} statement.`, "pending", [
    { sourceId: publicSource.id, quote: HIDDEN.pendingQuote, locator: HIDDEN.pendingLocator },
    src(HIDDEN.pendingSource, { publisher: HIDDEN.pendingPublisher, url: `https://leak.example.org/${HIDDEN.pendingUrl}` }),
  ]);
  await claimOn(visible.slug, `${HIDDEN.rejectedClaim} statement.`, "rejected", [src(HIDDEN.rejectedSource)]);
  await claimOn(visible.slug, `${HIDDEN.changesClaim} statement.`, "changes_requested", [src(VISIBLE)]);
  await claimOn(visible.slug, `${HIDDEN.withdrawnClaim} statement.`, "withdrawn", [src(VISIBLE)]);
  const retracted = await claimOn(visible.slug, `${HIDDEN.retractedClaim} statement.`, "approved", [
    { ...src(HIDDEN.retractedSource), quote: HIDDEN.retractedQuote },
  ], second.slug);
  const reworded = await claimOn(visible.slug, "Published wording.", "approved", [src(VISIBLE)]);
  await claimOn(visible.slug, "Links to a page that is not published.", "approved", [src(VISIBLE)], draft.slug);
  // An approved claim about an unpublished page is not public either.
  await claimOn(draft.slug, `${HIDDEN.hiddenSubjectClaim} statement.`, "approved", [src(HIDDEN.hiddenSubjectSource)]);
  hiddenRevisionIds.push(draft.revision.id);
  await tick();

  // A second published revision (so the first has a permalink), then the retraction, then work in progress.
  const second_revision = await createEntityRevision(as(author), visible.slug, { baseRevisionId: visible.revision.id, title: `Visible Holding Renamed ${VISIBLE}` });
  await settle(second_revision.id, "approved");
  await tick();
  await retractClaim(as(reviewer), retracted.id, { comment: "Misattributed." });
  const rewrite = await createClaimRevision(as(author), reworded.id, {
    baseRevisionId: reworded.revision.id, statement: `${HIDDEN.pendingRewrite} wording.`, confidence: "confirmed", citations: [src(VISIBLE)] as never,
  });
  await settle(rewrite.id, "pending");
  hiddenRevisionIds.push(rewrite.id);
  const pendingRevision = await createEntityRevision(as(author), visible.slug, {
    baseRevisionId: second_revision.id,
    title: HIDDEN.pendingTitle,
    aliases: [{ name: HIDDEN.pendingAlias }],
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: HIDDEN.pendingBody }] }] },
  });
  await settle(pendingRevision.id, "pending");
  hiddenRevisionIds.push(pendingRevision.id);

  // Page revisions of the second firm in every unpublished state, one after another.
  let base = second.revision.id;
  for (const [title, state] of [
    [HIDDEN.rejectedTitle, "rejected"], [HIDDEN.changesTitle, "changes_requested"], [HIDDEN.withdrawnTitle, "withdrawn"], [HIDDEN.draftTitle, "draft"],
  ] as const) {
    const revision = await createEntityRevision(as(author), second.slug, { baseRevisionId: base, title });
    await settle(revision.id, state);
    hiddenRevisionIds.push(revision.id);
    base = revision.id;
  }
}, 120_000);
afterAll(() => database.close());

/** Fails naming every marker word of unpublished content that shows up in the text. */
function expectNothingHidden(label: string, text: string) {
  const lower = text.toLowerCase();
  const leaked = Object.values(HIDDEN).filter((marker) => lower.includes(marker.toLowerCase()));
  expect(leaked, `${label} shows unpublished text`).toEqual([]);
}

async function readText(handler: Handler, path: string) {
  const response = await handler(new Request(`http://localhost/api/v1${path}`), { params: Promise.resolve({} as never) });
  return { status: response.status, text: await response.text() };
}

async function allSlugs() {
  const slugs: string[] = [];
  for (const kind of ENTITY_KINDS) slugs.push(...(await listEntities(ctxFor(database.db, null), { kind, limit: 500 })).items.map((i) => i.slug));
  return slugs;
}

describe("the public edition shows only published content", () => {
  it("in the data of every public page", async () => {
    const seen: string[] = [];
    const slugs = await allSlugs();
    expect(slugs).toContain(visibleSlug);
    for (const slug of slugs) {
      const page = await readEntityPage(database.db, slug);
      expect(page, slug).not.toBeNull();
      expectNothingHidden(`page ${slug}`, JSON.stringify(page));
      seen.push(JSON.stringify(page));
    }
    const permalink = await readEntityPage(database.db, visibleSlug, firstRevisionId);
    expect(permalink?.snapshot).not.toBeNull();
    expectNothingHidden("the first revision's permalink", JSON.stringify(permalink));

    for (const slug of hiddenSlugs) expect(await readEntityPage(database.db, slug), slug).toBeNull();
    for (const id of hiddenRevisionIds) expect(await readEntityPage(database.db, visibleSlug, id)).toBeNull();

    for (const kind of ENTITY_KINDS) expectNothingHidden(`list of ${kind}`, JSON.stringify(await readSection(database.db, kind)));
    for (const [label, data] of [["home", await readHome(database.db)], ["graph", await readGraph(database.db)], ["sitemap", await readSitemap(database.db)]] as const) {
      expectNothingHidden(label, JSON.stringify(data));
      seen.push(JSON.stringify(data));
    }
    for (const source of await database.db.select().from(sources)) {
      const found = await readSource(database.db, source.id);
      expectNothingHidden(`source ${source.title}`, JSON.stringify(found));
      if (found) seen.push(JSON.stringify(found));
    }
    // The check has teeth: published words are there.
    expect(seen.join("\n")).toContain(VISIBLE);
  });

  it("in every export row", async () => {
    let ftm = "";
    for await (const chunk of ftmLines(database.db, "https://nexus.example.org")) ftm += chunk;
    let csv = "";
    for await (const chunk of claimsCsv(database.db, "https://nexus.example.org")) csv += chunk;
    expectNothingHidden("entities.ftm.json", ftm);
    expectNothingHidden("claims.csv", csv);
    expect(ftm).toContain(VISIBLE);
    expect(csv).toContain(VISIBLE);
  });

  it("in every anonymous API answer", async () => {
    const answers: Array<[string, unknown]> = [];
    for (const kind of ENTITY_KINDS) {
      for (const q of ["", "&view=latest"]) answers.push([`entities ${kind}${q}`, (await api.listEntities(null, `?kind=${kind}${q}`)).body]);
    }
    for (const slug of [...(await allSlugs()), ...hiddenSlugs]) {
      for (const q of ["", "?view=latest"]) {
        const r = await api.getEntity(null, slug, q);
        if (hiddenSlugs.includes(slug)) expect(r.status, slug).toBe(404);
        answers.push([`entity ${slug}${q}`, r.body]);
      }
      const revisions = await api.listEntityRevisions(null, slug);
      expect(revisions.status).toBe(404);
      answers.push([`revisions of ${slug}`, revisions.body]);
    }
    for (const source of await database.db.select().from(sources)) {
      for (const q of ["", "?view=latest"]) answers.push([`source ${source.title}${q}`, (await api.getSource(null, source.id, q)).body]);
    }
    for (const id of hiddenRevisionIds) {
      const r = await api.getRevision(null, id);
      expect(r.status).toBe(401);
      answers.push([`revision ${id}`, r.body]);
    }
    answers.push(["review queue", (await api.reviewQueue(null)).body], ["audit", (await api.audit(null)).body]);
    for (const q of ["", "?kind=firm", "?country=HK", "?predicate=supplies"]) answers.push([`graph${q}`, JSON.parse((await readText(graphRoute.GET as Handler, `/graph${q}`)).text)]);

    for (const [label, body] of answers) expectNothingHidden(`GET ${label}`, JSON.stringify(body));
    expect(JSON.stringify(answers)).toContain(VISIBLE);

    for (const [route, path] of [[ftmRoute, "/export/entities.ftm.json"], [csvRoute, "/export/claims.csv"]] as const) {
      const { status, text } = await readText(route.GET as Handler, path);
      expect(status).toBe(200);
      expectNothingHidden(`GET ${path}`, text);
      expect(text).toContain(VISIBLE);
    }
  });
});
