import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { auditLog, claimRevisions, claims, entities, entityRevisions, sources } from "./schema";
import { createTestDatabase } from "@/test/db";
import { makeClaim, makeEntity, makeUser } from "@/test/factories";
import type { Actor } from "@/lib/context";

let database: Database;
let author: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db);
});
afterAll(() => database.close());

const rejects = (p: Promise<unknown>) => expect(p).rejects.toThrow();

describe(`database constraints (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("refuses a duplicate slug", async () => {
    await database.db.insert(entities).values({ kind: "firm", slug: "dup-slug", createdBy: author.id });
    await rejects(database.db.insert(entities).values({ kind: "route", slug: "dup-slug", createdBy: author.id }));
  });

  it("refuses a malformed slug and an unknown kind", async () => {
    await rejects(database.db.insert(entities).values({ kind: "firm", slug: "Not A Slug", createdBy: author.id }));
    await rejects(database.db.execute(sql`insert into entities (kind, slug, created_by) values ('person', 'a-person', ${author.id})`));
  });

  it("refuses a source URL that is not http(s), and a second source with the same normalized URL", async () => {
    const base = { title: "T", createdBy: author.id };
    await rejects(database.db.insert(sources).values({ ...base, url: "javascript:alert(1)", normalizedUrl: "javascript:alert(1)" }));
    await rejects(database.db.insert(sources).values({ ...base, url: "ftp://x.example/a", normalizedUrl: "ftp://x.example/a" }));
    await database.db.insert(sources).values({ ...base, url: "https://a.example/1", normalizedUrl: "https://a.example/1" });
    await rejects(database.db.insert(sources).values({ ...base, url: "https://A.example/1#x", normalizedUrl: "https://a.example/1" }));
  });

  it("refuses to publish a revision that is not approved", async () => {
    const entity = await makeEntity(database.db, author);
    await rejects(
      database.db.update(entities).set({ publishedRevisionId: entity.revision.id }).where(eq(entities.id, entity.id)),
    );
  });

  it("refuses a published pointer to another entity's revision", async () => {
    const a = await makeEntity(database.db, author);
    const b = await makeEntity(database.db, author);
    await database.db.update(entityRevisions).set({ status: "approved" }).where(eq(entityRevisions.id, b.revision.id));
    await rejects(database.db.update(entities).set({ publishedRevisionId: b.revision.id }).where(eq(entities.id, a.id)));
  });

  it("refuses a claim revision whose object has no predicate", async () => {
    const subject = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, subject.slug);
    await rejects(
      database.db.update(claimRevisions).set({ objectEntityId: subject.id, predicate: null }).where(eq(claimRevisions.id, claim.revision.id)),
    );
    const [row] = await database.db.select().from(claims).where(eq(claims.id, claim.id));
    expect(row?.latestRevisionId).toBe(claim.revision.id);
  });

  it("keeps the audit log append-only", async () => {
    const [row] = await database.db.select().from(auditLog).limit(1);
    expect(row).toBeDefined();
    await rejects(database.db.update(auditLog).set({ action: "forged" }).where(eq(auditLog.id, row!.id)));
    await rejects(database.db.delete(auditLog).where(eq(auditLog.id, row!.id)));
    await rejects(database.db.execute(sql`truncate audit_log`));
    const [after] = await database.db.select().from(auditLog).where(eq(auditLog.id, row!.id));
    expect(after?.action).toBe(row!.action);
  });
});
