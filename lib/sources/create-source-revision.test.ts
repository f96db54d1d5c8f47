import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/context";
import { getRevisionDetail } from "@/lib/review/revision-detail";
import { reviewQueue } from "@/lib/review/queue";
import { myWork } from "@/lib/review/my-work";
import { transitionRevision } from "@/lib/review/transition";
import { useTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { createSource } from "./create-source";
import { createSourceRevision } from "./create-source-revision";
import { getSource } from "./queries";
import { listSourceRevisions } from "./source-revisions";

const database = useTestDatabase();
const users = async () => ({
  author: await makeUser(database.db, "contributor"),
  other: await makeUser(database.db, "contributor"),
  reviewer: await makeUser(database.db, "reviewer"),
});
let n = 0;
const newSource = async (by: Actor) =>
  (await createSource(ctxFor(database.db, by), { url: `https://src.example.org/doc-${++n}`, title: "Customs records, 2023", publisher: "Agency" })).source;

/** A source that the public can see: a published claim on a published page cites it. */
async function publicSource(author: Actor, reviewer: Actor) {
  const firm = await makeEntity(database.db, author);
  await publish(database.db, author, reviewer, firm.revision.id);
  const claim = await makeClaim(database.db, author, firm.slug);
  await publish(database.db, author, reviewer, claim.revision.id);
  return claim.citations[0]!.source.id;
}

describe("editing a source goes through review", () => {
  it("changes nothing public until a reviewer approves, then shows the new details everywhere", async () => {
    const { author, other, reviewer } = await users();
    const sourceId = await publicSource(author, reviewer);
    const before = await getSource(ctxFor(database.db, null), sourceId);

    const rev = await createSourceRevision(ctxFor(database.db, other), sourceId, {
      baseRevisionId: null, title: "Customs declarations of Example Trading, 2023", reliability: "B", summary: "Full title from the PDF",
    });
    expect(rev).toMatchObject({ number: 1, status: "draft", baseRevisionId: null, summary: "Full title from the PDF" });
    await transitionRevision(ctxFor(database.db, other), rev.id, "submit");
    // Pending: the public (and the source row) still says what was approved.
    expect((await getSource(ctxFor(database.db, null), sourceId)).source.title).toBe(before.source.title);
    expect((await reviewQueue(ctxFor(database.db, reviewer))).find((i) => i.id === rev.id)).toMatchObject({
      type: "source", entity: null, source: { id: sourceId, title: before.source.title },
    });
    const detail = await getRevisionDetail(ctxFor(database.db, reviewer), rev.id);
    expect(detail.changes.map((c) => c.key).sort()).toEqual(["reliability", "title"]);
    expect(detail.allowed).toMatchObject({ approve: true, retract: false });

    await transitionRevision(ctxFor(database.db, reviewer), rev.id, "approve");
    const after = await getSource(ctxFor(database.db, null), sourceId);
    expect(after.source).toMatchObject({ title: "Customs declarations of Example Trading, 2023", reliability: "B", url: before.source.url, publishedRevisionId: rev.id });
    expect(after.claims[0]!.citations[0]!.source.title).toBe("Customs declarations of Example Trading, 2023");
    // The approved revision still shows what it replaced.
    const approved = await getRevisionDetail(ctxFor(database.db, reviewer), rev.id);
    expect(approved.changes.find((c) => c.key === "title")).toMatchObject({ before: before.source.title });
  });

  it("carries omitted details over, clears with null, and never changes the URL", async () => {
    const { author } = await users();
    const source = await newSource(author);
    const ctx = ctxFor(database.db, author);
    const first = await createSourceRevision(ctx, source.id, { baseRevisionId: null, author: "A. Writer" });
    const second = await createSourceRevision(ctx, source.id, { baseRevisionId: first.id, publisher: null, archiveUrl: "https://web.archive.org/web/2024/x" });
    const list = await listSourceRevisions(ctx, source.id);
    expect(list.map((r) => r.number)).toEqual([2, 1]);
    const detail = await getRevisionDetail(ctx, second.id);
    const after = Object.fromEntries(detail.changes.map((c) => [c.key, c.after]));
    expect(after).toMatchObject({ author: "A. Writer", publisher: "", archiveUrl: "https://web.archive.org/web/2024/x" });
    await expect(createSourceRevision(ctx, source.id, { baseRevisionId: second.id, url: "https://elsewhere.example" })).rejects.toMatchObject({ status: 400 });
  });

  it("refuses a proposal on top of a stale revision with 409 and the newest details", async () => {
    const { author, other } = await users();
    const source = await newSource(author);
    await createSourceRevision(ctxFor(database.db, author), source.id, { baseRevisionId: null, title: "First proposal" });
    await expect(createSourceRevision(ctxFor(database.db, other), source.id, { baseRevisionId: null, title: "Second proposal" })).rejects.toMatchObject({
      status: 409,
      details: { latest: { number: 1, details: { title: "First proposal" } }, yours: { title: "Second proposal" } },
    });
    expect(await listSourceRevisions(ctxFor(database.db, author), source.id)).toHaveLength(1);
  });

  it("keeps sources out of reach of the public and of bad input", async () => {
    const { author } = await users();
    const source = await newSource(author);
    await expect(createSourceRevision(ctxFor(database.db, null), source.id, { baseRevisionId: null, title: "x" })).rejects.toMatchObject({ status: 401 });
    await expect(listSourceRevisions(ctxFor(database.db, null), source.id)).rejects.toMatchObject({ status: 404 });
    await expect(createSourceRevision(ctxFor(database.db, author), source.id, { baseRevisionId: null, archiveUrl: "javascript:alert(1)" })).rejects.toMatchObject({ status: 400 });
    await expect(createSourceRevision(ctxFor(database.db, author), source.id, { baseRevisionId: null, title: "  " })).rejects.toMatchObject({ status: 400 });
    await expect(createSourceRevision(ctxFor(database.db, author), "not-a-uuid", { baseRevisionId: null })).rejects.toMatchObject({ status: 404 });
  });

  it("follows the same workflow rules: not one's own approval, stale revisions refused, in My work with the reviewer's comment", async () => {
    const { author, reviewer } = await users();
    const source = await newSource(author);
    const ctx = ctxFor(database.db, author);
    const first = await createSourceRevision(ctx, source.id, { baseRevisionId: null, title: "Proposal one" });
    await transitionRevision(ctx, first.id, "submit");
    await expect(transitionRevision(ctx, first.id, "approve")).rejects.toMatchObject({ status: 403 });
    await transitionRevision(ctxFor(database.db, reviewer), first.id, "request_changes", { comment: "Give the full title" });
    expect((await myWork(ctx)).find((i) => i.id === first.id)).toMatchObject({
      type: "source", source: { id: source.id }, status: "changes_requested", lastComment: { text: "Give the full title" },
    });
    const second = await createSourceRevision(ctx, source.id, { baseRevisionId: first.id, title: "Proposal two, full title" });
    await expect(transitionRevision(ctxFor(database.db, reviewer), first.id, "approve")).rejects.toMatchObject({ status: 409 });
    await transitionRevision(ctx, second.id, "submit");
    await expect(transitionRevision(ctxFor(database.db, reviewer), second.id, "retract", { comment: "no" })).rejects.toMatchObject({ status: 409 });
    await transitionRevision(ctxFor(database.db, reviewer), second.id, "approve");
    expect((await getSource(ctxFor(database.db, reviewer), source.id, "latest")).source.title).toBe("Proposal two, full title");
  });
});
