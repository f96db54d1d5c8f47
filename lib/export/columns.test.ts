import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { transitionRevision } from "@/lib/review/transition";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";
import { CLAIM_CSV_COLUMNS, claimsCsv } from "./claims-csv";
import { ftmLines } from "./ftm";
import type { FtmEntity } from "./ftm-types";

/**
 * Column by column, on data made for it: dates at each precision, a money value and a
 * quantity, and pending edits on a published page and a published claim. An export must
 * carry what is published, as precisely as it is known, and not one word of the pending edits.
 */
const ORIGIN = "https://nexus.example.org";
const PENDING = { title: "Qxpendingtitle Optics", statement: "Qxpendingstatement rewording" };

let database: Database;
let author: Actor, reviewer: Actor;
let csvRows: Array<Record<(typeof CLAIM_CSV_COLUMNS)[number], string>>;
let ftmText = "";
let ftm: FtmEntity[] = [];
const ids = { firm: "", buyer: "", sale: "", saleRevision: "", link: "", draft: "" };

async function collect(lines: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of lines) text += chunk;
  return text;
}

/** Splits the RFC 4180 text of claimsCsv; no field of this data holds a comma, quote or line break. */
function rowsOf(text: string) {
  const [header, ...lines] = text.split("\r\n").filter((l) => l.length > 0).map((l) => l.split(","));
  expect(header).toEqual([...CLAIM_CSV_COLUMNS]);
  return lines.map((cells) => Object.fromEntries(CLAIM_CSV_COLUMNS.map((c, i) => [c, cells[i] ?? ""])) as (typeof csvRows)[number]);
}

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  const as = ctxFor(database.db, author);
  const firm = await makeEntity(database.db, author, "firm", "Columbra Optics");
  const buyer = await makeEntity(database.db, author, "firm", "Vostok Lens Works");
  for (const e of [firm, buyer]) await publish(database.db, author, reviewer, e.revision.id);
  ids.firm = firm.id;
  ids.buyer = buyer.id;
  const cite = (n: number) => [{ source: { url: `https://records.example.org/${n}`, title: `Record ${n}` }, quote: `quote ${n}`, locator: `p. ${n}` }];

  const sale = await createClaim(as, firm.slug, {
    statement: "Columbra sold lens assemblies to Vostok.", predicate: "supplies", objectSlug: buyer.slug, confidence: "probable",
    period: { start: { date: "2023-05-17", precision: "year" }, end: { date: "2024-02-09", precision: "month" } },
    value: { amount: 125000, currency: "USD" }, citations: cite(1),
  });
  const link = await createClaim(as, firm.slug, {
    statement: "Columbra and Vostok share a director.", predicate: "other", objectSlug: buyer.slug, confidence: "alleged",
    period: { start: { date: "2022-11-03", precision: "day" }, end: { date: "2022-11-03", precision: "day" } },
    value: { quantity: 40, unit: "shipments" }, citations: cite(2),
  });
  for (const c of [sale, link]) await publish(database.db, author, reviewer, c.revision.id);
  Object.assign(ids, { sale: sale.id, saleRevision: sale.revision.id, link: link.id });

  // Pending edits of both published items, and a claim that was never published.
  const renamed = await createEntityRevision(as, firm.slug, { baseRevisionId: firm.revision.id, title: PENDING.title });
  await transitionRevision(as, renamed.id, "submit");
  const reworded = await createClaimRevision(as, sale.id, {
    baseRevisionId: sale.revision.id, statement: PENDING.statement, predicate: "supplies", objectSlug: buyer.slug, confidence: "confirmed",
    period: { start: { date: "2021-01-01", precision: "day" } }, value: { amount: 999, currency: "EUR" }, citations: cite(3),
  });
  await transitionRevision(as, reworded.id, "submit");
  ids.draft = (await createClaim(as, firm.slug, { statement: "Qxdraftclaim never published.", confidence: "alleged", citations: cite(4) })).id;

  csvRows = rowsOf(await collect(claimsCsv(database.db, ORIGIN)));
  ftmText = await collect(ftmLines(database.db, ORIGIN));
  ftm = ftmText.split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as FtmEntity);
}, 120_000);
afterAll(() => database.close());

describe("claims.csv, column by column", () => {
  it("has one row per published claim's citation, and none for the draft", () => {
    expect(csvRows.map((r) => r.claim_id).sort()).toEqual([ids.sale, ids.link].sort());
  });

  it("writes the published revision of a claim with a pending edit, and its subject's published title", () => {
    const sale = csvRows.find((r) => r.claim_id === ids.sale)!;
    expect(sale).toMatchObject({
      claim_revision_id: ids.saleRevision, statement: "Columbra sold lens assemblies to Vostok.", confidence: "probable",
      subject_id: ids.firm, subject_kind: "firm", subject_title: "Columbra Optics", subject_slug: expect.stringMatching(/^columbra-optics/),
      predicate: "supplies", object_id: ids.buyer, object_kind: "firm", object_title: "Vostok Lens Works",
      claim_url: expect.stringMatching(new RegExp(`^${ORIGIN}/firms/columbra-optics[a-z0-9-]*#claim-${ids.sale}$`)),
      citation_number: "1", quote: "quote 1", locator: "p. 1", source_url: "https://records.example.org/1", source_title: "Record 1",
    });
    expect(Date.parse(sale.claim_published_at)).not.toBeNaN();
  });

  it("writes dates as precisely as they are known: a year, a month, a day", () => {
    const sale = csvRows.find((r) => r.claim_id === ids.sale)!;
    const link = csvRows.find((r) => r.claim_id === ids.link)!;
    expect([sale.period_start, sale.period_end]).toEqual(["2023", "2024-02"]);
    expect([link.period_start, link.period_end]).toEqual(["2022-11-03", "2022-11-03"]);
  });

  it("puts a money value and a quantity in their own columns", () => {
    const sale = csvRows.find((r) => r.claim_id === ids.sale)!;
    const link = csvRows.find((r) => r.claim_id === ids.link)!;
    expect([sale.value_amount, sale.value_currency, sale.value_quantity, sale.value_unit]).toEqual(["125000", "USD", "", ""]);
    expect([link.value_amount, link.value_currency, link.value_quantity, link.value_unit]).toEqual(["", "", "40", "shipments"]);
  });
});

describe("the FtM export, property by property", () => {
  const byId = (suffix: string) => ftm.find((e) => e.id.endsWith(suffix));

  it("names the firm by its published title", () => {
    expect(ftm.filter((e) => e.schema === "Company").flatMap((e) => e.properties.name ?? []).sort()).toEqual(["Columbra Optics", "Vostok Lens Works"]);
  });

  it("gives a sale its published statement, its dates at their precision and its amount", () => {
    const sale = byId(ids.sale);
    expect(sale?.schema).toBe("EconomicActivity");
    expect(sale?.properties).toMatchObject({
      startDate: ["2023"], endDate: ["2024-02"], description: ["Columbra sold lens assemblies to Vostok."], recordId: [ids.sale],
    });
    expect(sale?.properties.summary?.[0]).toMatch(/125,000/);
    expect(sale?.properties.date).toBeUndefined();
  });

  it("writes a period of one day as one date", () => {
    const link = byId(ids.link);
    expect(link?.schema).toBe("UnknownLink");
    expect(link?.properties).toMatchObject({ date: ["2022-11-03"], role: ["related to"] });
    expect(link?.properties.startDate).toBeUndefined();
  });

  it("holds nothing of the pending edits and the draft", () => {
    for (const word of [PENDING.title, PENDING.statement, "Qxdraftclaim", "2021-01-01", "EUR"]) expect(ftmText).not.toContain(word);
    expect(ftm.some((e) => e.id.endsWith(ids.draft))).toBe(false);
    expect(csvRows.flatMap((r) => Object.values(r)).filter((v) => /Qx/.test(v))).toEqual([]);
  });
});
