import type { entities, entityRevisions } from "@/db/schema";
import type { BodyDoc } from "@/lib/editor/body-schema";
import type { EntityKind } from "@/lib/entities/fields";
import { slugFromTitle } from "@/lib/slug";
import { entityStory, planHistory, type History } from "./history";
import { idOf, idSequence, rng, subSeed, type Rng } from "./prng";
import { SHOWCASE_EVERY } from "./scales";
import { cap, chineseName, COUNTRIES, cyrillicName, FILLER, GOODS, HS, PLACES, SUFFIXES, word } from "./vocabulary";

export type PlannedEntity = {
  index: number;
  id: string;
  kind: EntityKind;
  title: string;
  published: boolean;
  showcase: boolean;
  row: typeof entities.$inferInsert;
  revisions: Array<typeof entityRevisions.$inferInsert>;
  history: History;
};

export type People = { authors: string[]; reviewers: string[] };

/** Corpus time starts here, so the same seed writes the same timestamps on any day. */
export const CORPUS_EPOCH = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

function body(r: Rng, title: string, kind: EntityKind): BodyDoc {
  const sentence = () => `${cap(r.pick(FILLER))} ${r.pick(FILLER)} ${r.pick(PLACES)} ${r.pick(GOODS)} ${r.pick(FILLER)} ${word(r)} ${r.pick(FILLER)}.`;
  return {
    type: "doc",
    content: [
      paragraph(`${title} is a fictional benchmark ${kind}. ${sentence()} ${sentence()}`),
      paragraph(`${sentence()} ${sentence()} ${sentence()}`),
    ],
  } as BodyDoc;
}

function firm(r: Rng, showcase: boolean) {
  const latinWord = cap(word(r));
  const country = r.pick(COUNTRIES);
  const latinTitle = `${latinWord} ${cap(word(r, 2))} ${r.pick(SUFFIXES)}`;
  const aliases: Array<{ name: string; lang: string }> = [];
  const cyrillic = cyrillicName(latinWord);
  const chinese = chineseName(r);
  // A third of firms carry their name in the script of their register, the Latin one as alias.
  let title = latinTitle;
  if (!showcase && country === "RU" && r.chance(0.6)) title = cyrillic;
  else if (!showcase && (country === "CN" || country === "HK") && r.chance(0.6)) title = chinese;
  if (title !== latinTitle) aliases.push({ name: latinTitle, lang: "en" });
  if (title !== cyrillic && (country === "RU" || r.chance(0.3))) aliases.push({ name: cyrillic, lang: "ru" });
  if (title !== chinese && (country === "CN" || country === "HK" || r.chance(0.2))) aliases.push({ name: chinese, lang: "zh-Hans" });
  const fields = {
    country,
    registrations: country === "RU" ? [{ scheme: "ru_inn", value: String(7_700_000_000 + r.int(99_999_999)) }] : [],
    roles: [r.pick(["manufacturer", "distributor", "intermediary", "logistics", "end_user", "financial"] as const)],
    sanctions: r.chance(0.1) ? [{ program: "OFAC RUSSIA-EO14024", authority: "US OFAC", date: "2024-02-23" }] : [],
    website: `https://${latinWord.toLowerCase()}.example.com`,
  };
  return { title, aliases, fields };
}

function route(r: Rng) {
  const via = r.pick(PLACES);
  const origin = r.pick(["CN", "HK", "TR", "AE"] as const);
  return {
    title: `${origin} → ${via} → RU (${cap(word(r))} corridor)`,
    aliases: [],
    fields: { origin, transit: [{ country: r.pick(COUNTRIES), hub: via }], destination: "RU", modes: [r.pick(["air", "sea", "rail", "road", "post"] as const)] },
  };
}

function technology(r: Rng) {
  const goods = r.pick(GOODS);
  const [hs, tier] = r.pick(HS);
  return {
    title: `${cap(goods)} (${cap(word(r))} class)`,
    aliases: [],
    fields: { hsCodes: [hs], chplTier: tier, controls: [{ regime: "ear", reference: "3A001" }], category: goods },
  };
}

/** Entity number `index`: its row, its revisions and their review history. Pure: same seed, same entity. */
export function planEntity(seed: number, index: number, people: People): PlannedEntity {
  const r = rng(subSeed(seed, "entity-content", index));
  const id = idOf(seed, "entity", index);
  const showcase = index % SHOWCASE_EVERY === 0;
  const roll = index % 20;
  const kind: EntityKind = showcase || roll < 14 ? "firm" : roll < 17 ? "route" : "technology";
  const content = kind === "firm" ? firm(r, showcase) : kind === "route" ? route(r) : technology(r);
  const story = showcase ? "approved" : entityStory(r);
  const author = r.pick(people.authors);
  const start = new Date(CORPUS_EPOCH + r.int(300) * DAY + r.int(DAY));
  const history = planHistory(r, idSequence(seed, "entity-revisions", index), "entity", id, id, story, start, { author, reviewer: r.pick(people.reviewers) });
  const entityBody = body(r, content.title, kind);
  const revisions = history.revisions.map((rev) => ({
    ...rev,
    entityId: id,
    summary: rev.number === 1 ? "Created" : "Added registration details",
    title: content.title,
    aliases: content.aliases,
    fields: content.fields as Record<string, unknown>,
    body: entityBody,
  }));
  const row = {
    id, kind, slug: `${slugFromTitle(content.title, kind)}-${index}`.replace(/^-/, ""), createdBy: author,
    createdAt: history.revisions[0]!.createdAt, publishedRevisionId: null, latestRevisionId: null, publishedAt: null,
  };
  return { index, id, kind, title: content.title, published: history.publishedRevisionId !== null, showcase, row, revisions, history };
}
