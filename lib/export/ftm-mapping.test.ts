import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createEntity } from "@/lib/entities/create-entity";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeUser, publish } from "@/test/factories";
import { ftmLines } from "./ftm";
import type { FtmEntity } from "./ftm-types";

/**
 * Each mapping of docs/public-edition.md, property by property, on a small data set made for
 * it: a firm with every kind of registration and a sanctions listing, a route, a technology,
 * and one published claim for each way a claim becomes FtM.
 */
const ORIGIN = "https://nexus.example.org";
let database: Database;
let author: Actor, reviewer: Actor;
let lines: FtmEntity[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  const as = ctxFor(database.db, author);
  const make = async (key: string, input: Record<string, unknown>) => {
    const e = await createEntity(as, input);
    await publish(database.db, author, reviewer, e.revision.id);
    ids[key] = e.id;
    return e.slug;
  };
  const firm = await make("firm", {
    kind: "firm", title: "Kestrel Signal LLC", aliases: [{ name: "ООО Кестрел Сигнал", lang: "ru" }, { name: "Kestrel Signal LLC", lang: "en" }],
    fields: {
      country: "RU", website: "https://kestrel.example.ru",
      registrations: [
        { scheme: "ru_inn", value: "7701234567" }, { scheme: "ru_ogrn", value: "1027700132195" },
        { scheme: "lei", value: "5493001KJTIIGC8Y1R12" }, { scheme: "cn_uscc", value: "91440300MA5DC6QX9X" },
        { scheme: "hk_cr", value: "1234567" }, { scheme: "other", value: "X-99" },
      ],
      roles: ["intermediary", "end_user"],
      sanctions: [{ program: "EU Regulation 833/2014", authority: "EU Council", date: "2023-02-25", reference: "EU.123" }],
    },
  });
  const partner = await make("partner", { kind: "firm", title: "Harbin Relay Trading", fields: { country: "CN" } });
  const plain = await make("plain", { kind: "firm", title: "Plainfield Parts", fields: {} });
  const route = await make("route", {
    kind: "route", title: "Harbin to Moscow by rail",
    fields: { origin: "CN", transit: [{ country: "KZ", hub: "Khorgos" }], destination: "RU", modes: ["rail", "road"] },
  });
  const tech = await make("tech", {
    kind: "technology", title: "Microcontrollers",
    fields: { hsCodes: ["854231"], chplTier: "1", controls: [{ regime: "ear", reference: "3A001" }], category: "microelectronics" },
  });
  void route;
  let n = 0;
  const claim = async (key: string, subject: string, input: Record<string, unknown>) => {
    const c = await createClaim(as, subject, {
      confidence: "probable", citations: [{ source: { url: `https://records.example.org/${++n}`, title: `Record ${n}`, publisher: `Registry ${n}` } }], ...input,
    });
    await publish(database.db, author, reviewer, c.revision.id);
    ids[key] = c.id;
  };
  await claim("owned", firm, { statement: "Harbin Relay owns 51% of Kestrel.", predicate: "owned_by", objectSlug: partner, value: { quantity: 51, unit: "%" } });
  await claim("ownedAmount", plain, { statement: "Kestrel bought Plainfield.", predicate: "owned_by", objectSlug: firm, value: { amount: 2000000, currency: "USD" } });
  await claim("sells", firm, { statement: "Kestrel sells to Harbin Relay.", predicate: "supplies", objectSlug: partner, value: { amount: 5000, currency: "EUR" } });
  await claim("buys", firm, { statement: "Kestrel buys from Harbin Relay.", predicate: "buys_from", objectSlug: partner });
  await claim("sellsGoods", firm, { statement: "Kestrel sells microcontrollers.", predicate: "supplies", objectSlug: tech });
  await claim("buysGoods", firm, { statement: "Kestrel buys microcontrollers.", predicate: "buys_from", objectSlug: tech });
  await claim("ships", firm, { statement: "Kestrel ships by the Harbin route.", predicate: "ships_via", objectSlug: route });
  await claim("sanction", partner, { statement: "Harbin Relay is listed by OFAC.", predicate: "sanctioned_by", objectSlug: plain });
  await claim("dealsIn", firm, { statement: "Kestrel deals in microcontrollers.", predicate: "deals_in", objectSlug: tech });
  await claim("note", firm, {
    statement: "Kestrel moved offices.", value: { quantity: 3, unit: "offices" },
    period: { start: { date: "2022-04-01", precision: "month" }, end: { date: "2023-01-01", precision: "year" } },
  });

  let text = "";
  for await (const chunk of ftmLines(database.db, ORIGIN)) text += chunk;
  lines = text.split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as FtmEntity);
}, 180_000);
afterAll(() => database.close());

const entity = (key: string) => lines.find((e) => e.id === `nw-${ids[key]}`);
const claimLine = (key: string) => lines.find((e) => e.id === `nw-claim-${ids[key]}`);
const ref = (key: string) => [`nw-${ids[key]}`];

describe("the FtM export maps", () => {
  it("a firm to a Company with its country, identifiers, roles, aliases and provenance", () => {
    const c = entity("firm");
    expect(c?.schema).toBe("Company");
    expect(c?.properties).toEqual({
      name: ["Kestrel Signal LLC"], alias: ["ООО Кестрел Сигнал"],
      sourceUrl: [expect.stringMatching(new RegExp(`^${ORIGIN}/firms/kestrel-signal-llc[a-z0-9-]*\\?revision=`))],
      publisher: ["Nexus Watch"], publisherUrl: [ORIGIN], modifiedAt: [expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      country: ["ru"], jurisdiction: ["ru"],
      registrationNumber: ["91440300MA5DC6QX9X", "1234567", "X-99"], innCode: ["7701234567"], ogrnCode: ["1027700132195"],
      leiCode: ["5493001KJTIIGC8Y1R12"], uscCode: ["91440300MA5DC6QX9X"], website: ["https://kestrel.example.ru"],
      keywords: ["intermediary", "end user"], topics: ["sanction"],
    });
    expect(c?.provenance).toEqual([{ kind: "page_revision", url: c?.properties.sourceUrl?.[0], revisionId: expect.any(String), revision: 1, publishedAt: expect.any(String) }]);
  });

  it("a firm's sanctions listing to a Sanction on its Company", () => {
    const listing = lines.find((e) => e.schema === "Sanction" && e.properties.entity?.[0] === ref("firm")[0] && e.properties.program);
    expect(listing?.id).toMatch(new RegExp(`^nw-sanction-${ids.firm}-[0-9a-f]{12}$`));
    expect(listing?.properties).toMatchObject({
      entity: ref("firm"), authority: ["EU Council"], program: ["EU Regulation 833/2014"], listingDate: ["2023-02-25"], authorityId: ["EU.123"],
      publisher: ["Nexus Watch"], sourceUrl: entity("firm")?.properties.sourceUrl,
    });
  });

  it("a firm without facts to a Company with its name only, and no sanction topic", () => {
    const c = entity("plain");
    expect(Object.keys(c?.properties ?? {}).sort()).toEqual(["modifiedAt", "name", "publisher", "publisherUrl", "sourceUrl"]);
    expect(entity("partner")?.properties.topics, "a sanctioned_by claim marks its subject").toEqual(["sanction"]);
  });

  it("a route to a Note with its countries in order, modes and hubs", () => {
    expect(entity("route")).toMatchObject({
      schema: "Note",
      properties: { name: ["Harbin to Moscow by rail"], summary: ["Trade route: China → Kazakhstan → Russia"], country: ["cn", "kz", "ru"], keywords: ["trade route", "rail", "road", "Khorgos"] },
    });
  });

  it("a technology to a Note with its HS codes, tier and controls", () => {
    expect(entity("tech")).toMatchObject({
      schema: "Note",
      properties: { name: ["Microcontrollers"], summary: ["Technology type: microelectronics"], keywords: ["technology", "HS 8542.31", "CHPL tier 1", "EAR 3A001"] },
    });
  });

  it("owned_by between firms to an Ownership, with the percentage when the unit is per cent", () => {
    expect(claimLine("owned")).toMatchObject({ schema: "Ownership", properties: { owner: ref("partner"), asset: ref("firm"), percentage: ["51"] } });
    expect(claimLine("owned")?.properties.summary).toBeUndefined();
    expect(claimLine("ownedAmount")).toMatchObject({ schema: "Ownership", properties: { owner: ref("firm"), asset: ref("plain"), summary: [expect.stringContaining("2,000,000")] } });
    expect(claimLine("ownedAmount")?.properties.percentage).toBeUndefined();
  });

  it("supplies and buys_from to an EconomicActivity from sender to receiver", () => {
    expect(claimLine("sells")).toMatchObject({ schema: "EconomicActivity", properties: { sender: ref("firm"), receiver: ref("partner"), summary: [expect.stringContaining("5,000")] } });
    expect(claimLine("buys")).toMatchObject({ schema: "EconomicActivity", properties: { sender: ref("partner"), receiver: ref("firm") } });
  });

  it("trade in a technology to an EconomicActivity with the goods and their HS codes", () => {
    expect(claimLine("sellsGoods")).toMatchObject({ schema: "EconomicActivity", properties: { sender: ref("firm"), goodsDescription: ["Microcontrollers"], vedCode: ["854231"] } });
    expect(claimLine("sellsGoods")?.properties.receiver).toBeUndefined();
    expect(claimLine("buysGoods")).toMatchObject({ schema: "EconomicActivity", properties: { receiver: ref("firm"), goodsDescription: ["Microcontrollers"] } });
    expect(claimLine("buysGoods")?.properties.sender).toBeUndefined();
  });

  it("ships_via a route to an EconomicActivity with the route's end countries", () => {
    expect(claimLine("ships")).toMatchObject({
      schema: "EconomicActivity",
      properties: { sender: ref("firm"), originCountry: ["cn"], destinationCountry: ["ru"], summary: ["Ships via Harbin to Moscow by rail"] },
    });
  });

  it("sanctioned_by to a Sanction naming the authority", () => {
    expect(claimLine("sanction")).toMatchObject({ schema: "Sanction", properties: { entity: ref("partner"), authority: ["Plainfield Parts"] } });
  });

  it("any other claim with an object to an UnknownLink with the predicate as role", () => {
    expect(claimLine("dealsIn")).toMatchObject({ schema: "UnknownLink", properties: { subject: ref("firm"), object: ref("tech"), role: ["deals in"] } });
  });

  it("a claim without an object to a Note on its subject, with its period and value", () => {
    const note = claimLine("note");
    expect(note).toMatchObject({
      schema: "Note",
      properties: { name: ["Kestrel moved offices."], entity: ref("firm"), description: ["Kestrel moved offices."], summary: ["Apr 2022 – 2023", "3 offices"] },
    });
    expect(note?.properties.startDate).toBeUndefined();
  });

  it("every claim with its citations' sources and the claim's provenance", () => {
    const owned = claimLine("owned")!;
    expect(owned.properties).toMatchObject({ sourceUrl: ["https://records.example.org/1"], publisher: ["Registry 1"], recordId: [ids.owned], description: ["Harbin Relay owns 51% of Kestrel."] });
    expect(owned.provenance).toEqual([expect.objectContaining({
      kind: "claim", claimId: ids.owned, confidence: "probable",
      url: expect.stringMatching(new RegExp(`^${ORIGIN}/firms/kestrel-signal-llc[a-z0-9-]*#claim-${ids.owned}$`)),
      citations: [expect.objectContaining({ sourceUrl: "https://records.example.org/1", title: "Record 1", publisher: "Registry 1", sourcePage: expect.stringMatching(new RegExp(`^${ORIGIN}/sources/`)) })],
    })]);
  });

  it("entities before the claims that point at them", () => {
    const firstClaim = lines.findIndex((e) => e.id.startsWith("nw-claim-"));
    expect(lines.slice(firstClaim).every((e) => e.id.startsWith("nw-claim-"))).toBe(true);
    expect(lines.filter((e) => e.id.startsWith("nw-claim-"))).toHaveLength(10);
  });
});
