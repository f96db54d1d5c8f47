import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestDatabase } from "@/test/db";
import { ctxFor } from "@/test/factories";
import { getEntity, listEntities, publishedEntityCounts } from "@/lib/entities/queries";
import { publishedClaimCount } from "@/lib/claims/queries";
import { getSource } from "@/lib/sources/queries";
import { hasDemoData } from "@/lib/instance/settings";
import { DEMO_CLAIMS, DEMO_ENTITIES } from "./demo-data";
import { seedDemo } from "./seed-demo";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { password: "demo-password" });
}, 120_000);
afterAll(() => database.close());

const pub = () => ctxFor(database.db, null);

describe("the demo seed", () => {
  it("has the data set the foundation promises, marked as demo data", async () => {
    const firms = DEMO_ENTITIES.filter((e) => e.kind === "firm");
    expect(firms.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_ENTITIES.filter((e) => e.kind === "route")).toHaveLength(5);
    expect(DEMO_ENTITIES.filter((e) => e.kind === "technology")).toHaveLength(8);
    expect(DEMO_CLAIMS.length).toBeGreaterThanOrEqual(60);
    expect(firms.some((f) => f.aliases.some((a) => /\p{Script=Cyrillic}/u.test(a.name)))).toBe(true);
    expect(firms.some((f) => f.aliases.some((a) => /\p{Script=Han}/u.test(a.name)))).toBe(true);
    expect(await hasDemoData(database.db)).toBe(true);
  });

  it("publishes only what is marked published, and the public sees nothing else", async () => {
    const counts = await publishedEntityCounts(pub());
    const published = DEMO_ENTITIES.filter((e) => e.state === "published");
    expect(counts.firm + counts.route + counts.technology).toBe(published.length);
    expect(await publishedClaimCount(database.db)).toBe(DEMO_CLAIMS.filter((c) => c.state === "published").length);

    const hiddenStatements = DEMO_CLAIMS.filter((c) => c.state !== "published").map((c) => c.statement);
    const hiddenTitles = DEMO_ENTITIES.filter((e) => e.state !== "published").map((e) => e.title);
    for (const kind of ["firm", "route", "technology"] as const) {
      const { items } = await listEntities(pub(), { kind, limit: 200 });
      for (const item of items) {
        expect(hiddenTitles).not.toContain(item.title);
        const entity = await getEntity(pub(), item.slug);
        const text = JSON.stringify(entity);
        for (const s of hiddenStatements) expect(text).not.toContain(s);
        for (const claim of entity.claims) {
          expect(claim.revision.status).toBe("approved");
          for (const c of claim.citations) await expect(getSource(pub(), c.source.id)).resolves.toBeDefined();
        }
      }
    }
  });

  it("answers 404 to the public for an entity that is not published", async () => {
    const draft = DEMO_ENTITIES.find((e) => e.state === "draft")!;
    const all = await listEntities(ctxFor(database.db, { id: "00000000-0000-0000-0000-000000000000", role: "admin" }), { view: "latest", limit: 200 });
    const slug = all.items.find((i) => i.title === draft.title)!.slug;
    await expect(getEntity(pub(), slug)).rejects.toMatchObject({ status: 404 });
  });
});
