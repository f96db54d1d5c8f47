import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { entityRevisions } from "@/db/schema";
import { getDraft } from "@/lib/collab/draft-view";
import { loadDraft } from "@/lib/collab/drafts";
import { submitDraft } from "@/lib/collab/submit-draft";
import { Forbidden } from "@/lib/errors";
import { transitionRevision } from "@/lib/review/transition";
import { makeCaller } from "@/test/api";
import { bodyText, connect, disconnect, startCollab, typeParagraph, until, withTimeout, type Client } from "@/test/collab";
import { useTestDatabase } from "@/test/db";
import { createApiToken } from "@/lib/auth/tokens";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";

const database = useTestDatabase();
const open: Client[] = [];
const servers: Array<{ stop: () => Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0)) disconnect(c);
  for (const s of servers.splice(0)) await s.stop();
});

async function setup() {
  const db = database.db;
  const server = await startCollab(db);
  servers.push(server);
  const alice = await makeCaller(db, "contributor");
  const bob = await makeCaller(db, "reviewer");
  const entity = await makeEntity(db, alice);
  await publish(db, alice, bob, entity.revision.id);
  const client = (who: { token: string }) => {
    const c = connect(server.url, entity.id, who.token);
    open.push(c);
    return c;
  };
  return { db, server, alice, bob, entity, client };
}

describe("live co-editing server", () => {
  it("refuses a connection without a token or session, and one with a revoked or unknown token", async () => {
    const { client } = await setup();
    await expect(client({ token: "" }).authFailure).resolves.toBe("sign-in-required");
    await expect(client({ token: "nw_not-a-real-token" }).authFailure).resolves.toBe("sign-in-required");
  });

  it("refuses a document name outside the contract", async () => {
    const { server, alice } = await setup();
    const c = connect(server.url, "not-a-uuid", alice.token);
    open.push(c);
    await expect(c.authFailure).resolves.toBe("unknown-document");
  });

  it("a page with no shared draft starts from its latest revision", async () => {
    const { client, alice, entity } = await setup();
    const c = client(alice);
    await c.synced;
    expect(c.doc.getMap("fields").get("title")).toBe(entity.title);
    expect(c.doc.getMap("fields").get("facts")).toMatchObject({ country: "CN" });
  });

  it("two people's edits reach each other and the stored draft, with both as contributors", async () => {
    const { db, client, alice, bob, entity } = await setup();
    const a = client(alice);
    const b = client(bob);
    await Promise.all([a.synced, b.synced]);
    typeParagraph(a.doc, "Alice's paragraph.");
    typeParagraph(b.doc, "Bob's paragraph.");
    await until("both paragraphs in both documents", () => bodyText(a.doc).includes("Bob's") && bodyText(b.doc).includes("Alice's"));
    await until("the stored draft holds both", async () => {
      const stored = await loadDraft(db, entity.id);
      if (!stored) return false;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored.state);
      return bodyText(doc).includes("Alice's") && bodyText(doc).includes("Bob's");
    });
  });

  it("the draft API shows the content and who is connected", async () => {
    const { db, client, alice, entity, server } = await setup();
    const a = client(alice);
    await a.synced;
    a.doc.getMap("fields").set("title", "Renamed live");
    await until("the title is stored", async () => (await getDraft(ctxFor(db, alice), entity.slug, server.collab.live)).title === "Renamed live");
    const draft = await getDraft(ctxFor(db, alice), entity.slug, server.collab.live);
    expect(draft.connected.map((p) => p.id)).toEqual([alice.id]);
    expect(draft.facts).toMatchObject({ country: "CN" });
    await expect(getDraft(ctxFor(db, null), entity.slug, server.collab.live)).rejects.toThrow(/not found/);
  });

  it("a snapshot is pending with every contributor as an author; none of them may approve it, another reviewer may", async () => {
    const { db, client, alice, bob, entity, server } = await setup();
    const carol = await makeCaller(db, "reviewer");
    const a = client(alice);
    const b = client(bob);
    await Promise.all([a.synced, b.synced]);
    typeParagraph(a.doc, "Written by Alice.");
    typeParagraph(b.doc, "Written by Bob.");
    await until("both synced", () => bodyText(a.doc).includes("Bob") && bodyText(b.doc).includes("Alice"));

    const revision = await submitDraft(ctxFor(db, alice), entity.slug, { summary: "Together" }, server.collab.live);
    expect(revision.status).toBe("pending");
    expect(revision.authors).toEqual([alice.id, bob.id].sort());
    await expect(transitionRevision(ctxFor(db, bob), revision.id, "approve")).rejects.toBeInstanceOf(Forbidden);
    await expect(transitionRevision(ctxFor(db, carol), revision.id, "approve")).resolves.toMatchObject({ status: "approved" });
    const [row] = await db.select({ body: entityRevisions.body }).from(entityRevisions).where(eq(entityRevisions.id, revision.id));
    expect(JSON.stringify(row!.body)).toContain("Written by Alice.");
    expect(JSON.stringify(row!.body)).toContain("Written by Bob.");

    // Once published, a later snapshot by Alice alone has her as its only author.
    typeParagraph(a.doc, "Alice again.");
    await until("stored", async () => JSON.stringify((await getDraft(ctxFor(db, alice), entity.slug, server.collab.live)).body).includes("Alice again"));
    const next = await submitDraft(ctxFor(db, alice), entity.slug, {}, server.collab.live);
    expect(next.authors).toEqual([alice.id]);
    await expect(transitionRevision(ctxFor(db, bob), next.id, "approve")).resolves.toMatchObject({ status: "approved" });
  });

  it("the database refuses an approval by a co-author even past the policy", async () => {
    const { db, client, alice, bob, entity, server } = await setup();
    const a = client(alice);
    const b = client(bob);
    await Promise.all([a.synced, b.synced]);
    typeParagraph(b.doc, "Bob wrote this.");
    await until("synced", () => bodyText(a.doc).includes("Bob wrote"));
    const revision = await submitDraft(ctxFor(db, alice), entity.slug, {}, server.collab.live);
    await expect(
      db.update(entityRevisions).set({ status: "approved", reviewedBy: bob.id, reviewedAt: new Date() }).where(eq(entityRevisions.id, revision.id)),
    ).rejects.toThrow();
  });

  it("a javascript: link and an unknown node sent through the socket never reach a revision", async () => {
    const { db, client, alice, entity, server } = await setup();
    const a = client(alice);
    await a.synced;
    a.doc.transact(() => {
      const body = a.doc.getXmlFragment("body");
      const p = new Y.XmlElement("paragraph");
      const text = new Y.XmlText();
      text.insert(0, "click me", { link: { href: "javascript:alert(1)" } });
      text.insert(8, " and keep this text");
      p.insert(0, [text]);
      const script = new Y.XmlElement("script");
      script.insert(0, [new Y.XmlText("alert(2)")]);
      body.insert(body.length, [p, script]);
    });
    await until("stored", async () => (await loadDraft(db, entity.id))?.updatedAt !== undefined && JSON.stringify((await getDraft(ctxFor(db, alice), entity.slug, server.collab.live)).body).includes("keep this"));
    const revision = await submitDraft(ctxFor(db, alice), entity.slug, {}, server.collab.live);
    const [row] = await db.select({ body: entityRevisions.body }).from(entityRevisions).where(eq(entityRevisions.id, revision.id));
    const stored = JSON.stringify(row!.body);
    expect(stored).toContain("click me and keep this text");
    expect(stored).not.toContain("javascript:");
    expect(stored).not.toContain("alert(2)");
    expect(stored).not.toContain("script");
  });

  it("nothing to submit is a 409, not an empty revision", async () => {
    const { db, client, alice, entity, server } = await setup();
    const a = client(alice);
    await a.synced;
    await expect(submitDraft(ctxFor(db, alice), entity.slug, {}, server.collab.live)).rejects.toMatchObject({ status: 409 });
  });

  it("a restarted server loads what was stored, and a client that typed while it was down pushes its changes on reconnect", async () => {
    const { db, alice, entity } = await setup();
    const first = await startCollab(db);
    const port = Number(new URL(first.url).port);
    const a = connect(first.url, entity.id, alice.token);
    open.push(a);
    await withTimeout("first sync", a.synced);
    typeParagraph(a.doc, "Before the restart.");
    await until("stored", async () => JSON.stringify((await getDraft(ctxFor(db, alice), entity.slug)).body).includes("Before the restart"));
    await first.stop();
    typeParagraph(a.doc, "Typed while the server was down.");
    const second = await startCollab(db, { port });
    servers.push(second);
    await until("the offline paragraph reaches the restarted server and its store", async () =>
      JSON.stringify((await getDraft(ctxFor(db, alice), entity.slug, second.collab.live)).body).includes("while the server was down"), 15_000);
    const b = connect(second.url, entity.id, alice.token);
    open.push(b);
    await withTimeout("second sync", b.synced);
    expect(bodyText(b.doc)).toContain("Before the restart.");
    expect(bodyText(b.doc)).toContain("Typed while the server was down.");
  });

  it("a page that does not exist is refused", async () => {
    const { server, alice } = await setup();
    const missing = connect(server.url, "00000000-0000-4000-8000-000000000000", alice.token);
    open.push(missing);
    await expect(missing.authFailure).resolves.toBe("not-found");
  });

  it("a draft over the size limit closes the connection with a reason the editor shows", async () => {
    const { db, alice, entity } = await setup();
    const small = await startCollab(db, { limits: { maxDocumentBytes: 4000 } });
    servers.push(small);
    const a = connect(small.url, entity.id, alice.token);
    open.push(a);
    await a.synced;
    typeParagraph(a.doc, "x".repeat(5000));
    await until("closed as too large", () => a.closed.some((c) => c.reason === "too-large"));
  });

  it("a connection that floods messages is closed", async () => {
    const { db, alice, entity } = await setup();
    const strict = await startCollab(db, { limits: { maxMessagesPerSecond: 5 } });
    servers.push(strict);
    const a = connect(strict.url, entity.id, alice.token);
    open.push(a);
    await a.synced;
    for (let i = 0; i < 30; i++) a.doc.getMap("fields").set("title", `Title ${i}`);
    await until("closed as too fast", () => a.closed.some((c) => c.code === 4429 && c.reason === "too-fast"));
  });

  it("a member whose token may only read joins read-only: their changes never reach the others or the store", async () => {
    const { db, client, alice, entity, server } = await setup();
    const reader = await makeUser(db, "contributor");
    const { token } = await createApiToken(db, reader.id, "read only", reader.id, { scopes: ["read"] });
    const r = client({ token });
    const a = client(alice);
    await Promise.all([r.synced, a.synced]);
    typeParagraph(r.doc, "A reader tries to write.");
    typeParagraph(a.doc, "An editor writes.");
    await until("the editor's paragraph reaches the reader", () => bodyText(r.doc).includes("An editor writes."));
    await until("stored", async () => JSON.stringify((await getDraft(ctxFor(db, alice), entity.slug, server.collab.live)).body).includes("An editor writes."));
    expect(bodyText(a.doc)).not.toContain("A reader tries to write.");
    const draft = await getDraft(ctxFor(db, alice), entity.slug, server.collab.live);
    expect(JSON.stringify(draft.body)).not.toContain("A reader tries to write.");
    expect(draft.connected.find((p) => p.id === reader.id)?.readOnly).toBe(true);
  });
});
