import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { api, type OpenApiDocument } from "@/test/api";

/** The API list of DESIGN.md (a contract), as method and path. */
const DESIGN_API = [
  "get /entities", "post /entities", "get /entities/{slug}", "post /entities/{slug}/revisions",
  "get /entities/{slug}/revisions", "post /entities/{slug}/claims", "post /claims/{id}/revisions",
  "post /claims/{id}/retract", "post /sources", "get /sources/{id}",
  "post /revisions/{id}/submit", "post /revisions/{id}/withdraw", "post /revisions/{id}/approve",
  "post /revisions/{id}/reject", "post /revisions/{id}/request-changes", "get /review-queue",
  "get /search", "get /export/entities.ftm.json", "get /export/claims.csv", "get /audit", "get /openapi.json",
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const ROOT = path.resolve(import.meta.dirname);

/** Every route.ts under app/api/v1 but the catch-all, as a URL pattern ([slug] matches any segment). */
function routeFiles() {
  const found: Array<{ file: string; pattern: RegExp }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("[...")) walk(full);
      if (entry.isFile() && entry.name === "route.ts") {
        const route = path.relative(ROOT, dir).split(path.sep).filter(Boolean);
        const source = route.map((s) => (s.startsWith("[") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
        found.push({ file: full, pattern: new RegExp(`^/${source}$`) });
      }
    }
  };
  walk(ROOT);
  return found;
}

/** A concrete URL path for a documented one: {slug} → a sample value. */
const sample = (documented: string) => documented.replace(/\{\w+\}/g, "sample");

describe("the OpenAPI document", () => {
  it("lists every path of DESIGN.md's API list that exists so far, with its method", async () => {
    const doc = await api.openapi();
    expect(doc.openapi).toBe("3.1.0");
    const routes = routeFiles();
    const built = DESIGN_API.filter((entry) => routes.some((r) => r.pattern.test(sample(entry.split(" ")[1]!))));
    // Everything of this change; /search and the exports come with their own routes.
    expect(built.length).toBeGreaterThanOrEqual(18);
    for (const entry of built) {
      const [method, documented] = entry.split(" ") as [string, string];
      expect(doc.paths[documented]?.[method], entry).toBeDefined();
    }
  });

  it("documents every method of every route handler under /api/v1", async () => {
    const doc = await api.openapi();
    for (const { file, pattern } of routeFiles()) {
      const exported = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS.filter((m) => typeof exported[m] === "function")) {
        const documented = Object.keys(doc.paths).filter((p) => pattern.test(sample(p)) && doc.paths[p]![method.toLowerCase()]);
        expect(documented, `${method} ${path.relative(ROOT, file)}`).not.toEqual([]);
      }
    }
  });

  it("resolves every $ref inside the document", async () => {
    const doc = await api.openapi();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) {
      expect(ref, ref).toMatch(/^#\//);
      const target = ref.slice(2).split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
    expect(JSON.stringify(doc)).not.toContain("$defs");
  });

  it("gives the error shape and DESIGN's status codes, and marks member-only operations", async () => {
    const doc = (await api.openapi()) as OpenApiDocument & { components: { responses: Record<string, unknown> } };
    expect(doc.components.schemas.Error).toMatchObject({ required: ["error"] });
    expect(Object.keys(doc.components.responses)).toEqual(
      expect.arrayContaining(["BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "TooLarge", "TooManyRequests"]),
    );
    expect(Object.keys(doc.paths["/entities/{slug}/revisions"]!.post!.responses)).toEqual(
      expect.arrayContaining(["201", "400", "401", "403", "404", "409", "413", "429"]),
    );
    expect(Object.keys(doc.paths["/sources"]!.post!.responses)).toEqual(expect.arrayContaining(["200", "201"]));
    expect(doc.paths["/review-queue"]!.get!.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(doc.paths["/entities"]!.get!.security).toBeUndefined();
  });

  it("describes request bodies with the schemas the handlers parse", async () => {
    const { components } = await api.openapi();
    expect(components.schemas.CreateEntityInput!.required).toEqual(["kind", "title"]);
    expect(components.schemas.CreateClaimInput!.required).toEqual(["statement", "confidence"]);
    expect(Object.keys(components.schemas.SourceInput!.properties!)).toEqual(
      expect.arrayContaining(["url", "title", "publisher", "author", "publishedAt", "archiveUrl", "type", "reliability"]),
    );
    expect(components.schemas.CreateEntityRevisionInput!.required).toEqual(["baseRevisionId"]);
    expect(Object.keys(components.schemas)).toEqual(expect.arrayContaining(["FirmFields", "RouteFields", "TechnologyFields"]));
  });
});
