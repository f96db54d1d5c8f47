import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as csvRoute from "@/app/api/v1/export/claims.csv/route";
import * as ftmRoute from "@/app/api/v1/export/entities.ftm.json/route";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { DEMO_CLAIMS, DEMO_ENTITIES } from "@/lib/seed/demo-data";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { Handler } from "@/test/api";
import { createTestDatabase } from "@/test/db";
import { CLAIM_CSV_COLUMNS } from "./claims-csv";
import type { FtmEntity } from "./ftm-types";

let database: Database;
let ftm: { status: number; headers: Headers; text: string };
let csv: { status: number; headers: Headers; text: string };

async function download(handler: Handler, path: string) {
  const response = await handler(new Request(`http://nexus.example.org/api/v1${path}`), { params: Promise.resolve({} as never) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { password: "demo-password" });
  useDatabaseForTests(database);
  ftm = await download(ftmRoute.GET as Handler, "/export/entities.ftm.json");
  csv = await download(csvRoute.GET as Handler, "/export/claims.csv");
}, 180_000);
afterAll(() => database.close());

const published = {
  firms: DEMO_ENTITIES.filter((e) => e.kind === "firm" && e.state === "published"),
  claims: DEMO_CLAIMS.filter((c) => c.state === "published"),
  hiddenTitles: DEMO_ENTITIES.filter((e) => e.state !== "published").map((e) => e.title),
  hiddenStatements: DEMO_CLAIMS.filter((c) => c.state !== "published").map((c) => c.statement),
};

/** FtM property names per schema that the export may use (FollowTheMoney's own names). */
const THING = ["name", "alias", "country", "summary", "description", "notes", "keywords", "topics", "sourceUrl", "publisher", "publisherUrl", "modifiedAt", "retrievedAt"];
const INTERVAL = ["startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl", "publisher", "publisherUrl", "modifiedAt", "retrievedAt"];
const ALLOWED: Record<FtmEntity["schema"], string[]> = {
  Company: [...THING, "jurisdiction", "registrationNumber", "innCode", "ogrnCode", "leiCode", "uscCode", "website"],
  Note: [...THING, "entity"],
  Sanction: [...INTERVAL, "entity", "authority", "authorityId", "program", "listingDate"],
  Ownership: [...INTERVAL, "owner", "asset", "percentage"],
  EconomicActivity: [...INTERVAL, "sender", "receiver", "vedCode", "goodsDescription", "originCountry", "destinationCountry"],
  UnknownLink: [...INTERVAL, "subject", "object", "role"],
};
/** Entity references, and the schemas each may point at. */
const REFERENCES: Record<string, Record<string, Array<FtmEntity["schema"]>>> = {
  Sanction: { entity: ["Company"] },
  Ownership: { owner: ["Company"], asset: ["Company"] },
  EconomicActivity: { sender: ["Company"], receiver: ["Company"] },
  UnknownLink: { subject: ["Company", "Note"], object: ["Company", "Note"] },
  Note: { entity: ["Company", "Note"] },
};

describe("the FollowTheMoney export of the demo data", () => {
  const lines = () => ftm.text.split("\n").filter((l) => l.length > 0);
  const entities = () => lines().map((l) => JSON.parse(l) as FtmEntity);

  it("is served to anyone as a JSON-lines download", () => {
    expect(ftm.status).toBe(200);
    expect(ftm.headers.get("content-type")).toContain("application/x-ndjson");
    expect(ftm.headers.get("content-disposition")).toContain("entities.ftm.json");
    expect(ftm.text.endsWith("\n")).toBe(true);
  });

  it("is valid JSON lines: each has an id, a schema, and properties whose values are lists of strings", () => {
    const ids = new Set<string>();
    for (const line of lines()) {
      const entity = JSON.parse(line) as FtmEntity;
      expect(typeof entity.id).toBe("string");
      expect(ids.has(entity.id), `duplicate id ${entity.id}`).toBe(false);
      ids.add(entity.id);
      expect(Object.keys(ALLOWED)).toContain(entity.schema);
      expect(Object.keys(entity.properties).length).toBeGreaterThan(0);
      for (const [name, values] of Object.entries(entity.properties)) {
        expect(ALLOWED[entity.schema], `${entity.schema}.${name}`).toContain(name);
        expect(Array.isArray(values), `${entity.schema}.${name}`).toBe(true);
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect(typeof v).toBe("string");
      }
    }
  });

  it("references only entities present in the file, of a fitting schema", () => {
    const byId = new Map(entities().map((e) => [e.id, e]));
    let references = 0;
    for (const entity of byId.values()) {
      for (const [property, schemas] of Object.entries(REFERENCES[entity.schema] ?? {})) {
        for (const target of entity.properties[property] ?? []) {
          references += 1;
          expect(byId.has(target), `${entity.schema}.${property} → ${target}`).toBe(true);
          expect(schemas).toContain(byId.get(target)!.schema);
        }
      }
    }
    expect(references).toBeGreaterThan(20);
  });

  it("has every published firm as a Company, and sanctions, ownership and trade as their FtM schemas", () => {
    const all = entities();
    const names = all.filter((e) => e.schema === "Company").flatMap((e) => e.properties.name ?? []);
    expect(names.sort()).toEqual(published.firms.map((f) => f.title).sort());
    for (const schema of ["Sanction", "Ownership", "EconomicActivity", "UnknownLink", "Note"] as const) {
      expect(all.some((e) => e.schema === schema), schema).toBe(true);
    }
    const company = all.find((e) => e.schema === "Company" && e.properties.innCode);
    expect(company?.properties.country?.[0]).toMatch(/^[a-z]{2}$/);
    // The demo firms are invented: a screening tool reading the file must be told so.
    for (const e of all.filter((x) => x.schema === "Company")) expect(e.properties.notes?.[0]).toMatch(/^Fictional demo data/);
    // Each firm's listing in its facts is a Sanction with programme and authority.
    expect(all.some((e) => e.schema === "Sanction" && e.properties.program && e.properties.authority)).toBe(true);
  });

  it("says where every statement comes from", () => {
    for (const entity of entities()) {
      expect(entity.provenance.length, entity.id).toBeGreaterThan(0);
      expect(entity.properties.sourceUrl?.length, entity.id).toBeGreaterThan(0);
      const [p] = entity.provenance;
      if (p?.kind === "claim") {
        expect(p.citations.length).toBeGreaterThan(0);
        expect(entity.properties.sourceUrl).toEqual([...new Set(p.citations.map((c) => c.sourceUrl))]);
        expect(p.url).toMatch(/^http:\/\/nexus\.example\.org\/(firms|routes|technologies)\/[a-z0-9-]+#claim-/);
      } else {
        expect(p?.url).toMatch(/^http:\/\/nexus\.example\.org\/(firms|routes|technologies)\/[a-z0-9-]+\?revision=/);
      }
    }
  });

  it("holds nothing unpublished", () => {
    for (const title of published.hiddenTitles) expect(ftm.text).not.toContain(JSON.stringify(title));
    for (const statement of published.hiddenStatements) expect(ftm.text).not.toContain(statement);
  });
});

/** RFC 4180 reader, small and strict: the test must not trust the writer's own splitting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field || row.length) throw new Error("the last line does not end with CRLF");
  return rows;
}

describe("the CSV export of the demo data", () => {
  it("is served to anyone as a CSV download", () => {
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("claims.csv");
  });

  it("has a header and one row per citation of each published claim, quoted so every row splits alike", () => {
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual([...CLAIM_CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CLAIM_CSV_COLUMNS.length);
    expect(rows).toHaveLength(published.claims.reduce((n, c) => n + c.citations.length, 0));
    const col = (name: (typeof CLAIM_CSV_COLUMNS)[number]) => CLAIM_CSV_COLUMNS.indexOf(name);
    expect(new Set(rows.map((r) => r[col("statement")]))).toEqual(new Set(published.claims.map((c) => c.statement)));
    // Quotes with commas and typographic quotes come back exactly as cited.
    const quotes = published.claims.flatMap((c) => c.citations.flatMap((x) => (x.quote ? [x.quote] : [])));
    expect(quotes.some((q) => q.includes(","))).toBe(true);
    for (const quote of quotes) expect(rows.some((r) => r[col("quote")] === quote), quote).toBe(true);
    for (const row of rows) {
      expect(row[col("source_url")]).toMatch(/^https?:\/\//);
      expect(row[col("claim_url")]).toMatch(/^http:\/\/nexus\.example\.org\//);
    }
  });

  it("holds nothing unpublished", () => {
    for (const statement of published.hiddenStatements) expect(csv.text).not.toContain(statement);
  });
});
