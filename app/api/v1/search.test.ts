import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { useSearchEngine } from "@/lib/search/engine";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/highlight";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { createTestDatabase } from "@/test/db";
import { api, makeCaller, type Caller } from "@/test/api";

let database: Database;
let contributor: Caller, reviewer: Caller;
let published: { id: string; slug: string };

beforeAll(async () => {
  useSearchEngine(postgresEngine);
  database = await createTestDatabase();
  useDatabaseForTests(database);
  contributor = await makeCaller(database.db, "contributor");
  reviewer = await makeCaller(database.db, "reviewer");

  const firm = (await api.createEntity(contributor, {
    kind: "firm", title: "Zanderlight Microsystems", aliases: [{ name: "Зандерлайт", lang: "ru" }], fields: { country: "HK" },
  })).body;
  const claim = (await api.createClaim(contributor, firm.slug, {
    statement: "Zanderlight shipped quadrature modulators to Moscow.", confidence: "probable",
    citations: [{ source: { url: "https://news.example.org/zanderlight", title: "Zanderlight report" } }],
  })).body;
  for (const id of [firm.revision.id, claim.revision.id]) {
    await api.transition(contributor, id, "submit");
    await api.transition(reviewer, id, "approve");
  }
  published = { id: firm.id, slug: firm.slug };
  await api.createEntity(contributor, { kind: "firm", title: "Zanderlight Shadow Holdings", fields: { country: "AE" } });
});
afterAll(async () => {
  useSearchEngine(null);
  await database.close();
});

describe("GET /search", () => {
  it("answers the public with published hits, facets and highlighted snippets", async () => {
    const { status, body, response } = await api.search(null, "?q=Zanderlight");
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(body.scope).toBe("published");
    expect(body.hits[0]).toMatchObject({ type: "entity", id: published.id, slug: published.slug, kind: "firm", title: "Zanderlight Microsystems" });
    expect(body.hits.map((h) => h.type).sort()).toEqual(["claim", "entity", "source"]);
    expect(body.total).toBe(3);
    expect(body.facets).toEqual({ kind: { firm: 1, claim: 1, source: 1 }, country: { HK: 2 }, tier: {} });
    const claim = body.hits.find((h) => h.type === "claim")!;
    expect(claim.snippet).toContain(`${HIGHLIGHT_START}Zanderlight${HIGHLIGHT_END}`);
    expect(JSON.stringify(body)).not.toContain("Shadow");
  });

  it("filters by kind and country", async () => {
    const { body } = await api.search(null, "?q=Zanderlight&kind=claim");
    expect(body.hits.map((h) => h.type)).toEqual(["claim"]);
    expect((await api.search(null, "?q=Zanderlight&country=hk&kind=firm")).body.total).toBe(1);
    expect((await api.search(null, "?q=Zanderlight&country=AE")).body.total).toBe(0);
  });

  it("gives members the workspace, and the public the published edition even when it asks for the workspace", async () => {
    const member = await api.search(contributor, "?q=Zanderlight&scope=workspace");
    expect(member.body.scope).toBe("workspace");
    expect(member.body.hits.map((h) => h.title)).toContain("Zanderlight Shadow Holdings");
    const anonymous = await api.search(null, "?q=Zanderlight&scope=workspace");
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.scope).toBe("published");
    expect(anonymous.body.hits.map((h) => h.title)).not.toContain("Zanderlight Shadow Holdings");
  });

  it("pages with limit and offset", async () => {
    const first = (await api.search(null, "?q=Zanderlight&limit=2")).body;
    const rest = (await api.search(null, "?q=Zanderlight&limit=2&offset=2")).body;
    expect(first.hits).toHaveLength(2);
    expect(rest.hits).toHaveLength(1);
    expect(new Set([...first.hits, ...rest.hits].map((h) => h.id)).size).toBe(3);
  });

  it.each([
    ["", "q"],
    ["?q=", "q"],
    ["?q=%20%20", "q"],
    ["?q=-excluded", "q"],
    ["?q=OR", "q"],
    [`?q=${"a".repeat(201)}`, "q"],
    ["?q=x&kind=person", "kind"],
    ["?q=x&country=XX", "country"],
    ["?q=x&tier=9", "tier"],
    ["?q=x&scope=everything", "scope"],
    ["?q=x&limit=0", "limit"],
    ["?q=x&limit=51", "limit"],
    ["?q=x&limit=ten", "limit"],
    ["?q=x&offset=-1", "offset"],
    ["?q=x&offset=5000", "offset"],
  ])("refuses %s with 400 naming %s", async (query, path) => {
    const { status, body } = await api.search(null, query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: "invalid_input", details: { issues: [expect.objectContaining({ path })] } } });
  });

  it("takes odd input in its stride: quotes, operators, markers and scripts mixed", async () => {
    // The name survives the noise around it; text with no word of ours finds nothing, not everything.
    const findsTheFirm = ["Zanderlight OR OR", "Zanderlight - -", "\uE000Zanderlight\uE001", "Зандерлайт", "Zanderlite", "Zanderlight (("];
    for (const q of ['"unclosed', ...findsTheFirm, "a:b & c | !d"]) {
      const { status, body } = await api.search(null, `?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(body.scope, q).toBe("published");
      const titles = body.hits.map((h) => h.title);
      if (findsTheFirm.includes(q)) expect(titles, q).toContain("Zanderlight Microsystems");
      else expect(body, q).toMatchObject({ hits: [], total: 0 });
      expect(titles.filter((t) => t.includes("Shadow")), q).toEqual([]);
      // Markers sent by the caller are text, never highlights of its own making.
      for (const hit of body.hits) expect(hit.snippet.split(HIGHLIGHT_START).length, q).toBe(hit.snippet.split(HIGHLIGHT_END).length);
    }
    expect((await api.search(null, `?q=${encodeURIComponent("Зандерлайт")}`)).body.hits[0]?.title).toBe("Zanderlight Microsystems");
  });

  it("is in the OpenAPI document with its parameters", async () => {
    const doc = await api.openapi();
    const op = doc.paths["/search"]?.get as { parameters: Array<{ name: string }> } | undefined;
    expect(op).toBeDefined();
    expect(op!.parameters.map((p) => p.name)).toEqual(["q", "kind", "country", "tier", "scope", "limit", "offset"]);
    expect(doc.components.schemas.SearchResult).toBeDefined();
  });
});
