import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims, entities, entityRevisions, sources, users } from "@/db/schema";
import type { BodyDoc } from "@/lib/editor/body-schema";
import { cyrillicSpelling } from "@/lib/search/transliterate";
import { rng } from "./seed/prng";

/**
 * A deterministic synthetic corpus for the search benchmark: firms with Latin, Cyrillic
 * and Chinese names, routes, technologies, sources, and claims about them, written with
 * bulk inserts (the domain operations would take far longer and measure something else).
 * Same seed, same corpus: figures from two runs compare.
 */

export type CorpusSize = { entities: number; claims: number; sources: number };

export type Corpus = {
  firms: Array<{ id: string; title: string; latinWord: string; cyrillic: string | null; chinese: string | null; country: string; published: boolean }>;
  claimWords: string[][];
};

// The one seeded PRNG of the benchmarks (mulberry32), shared with the bench:seed generator.
export { rng };

const SYLLABLES = ["ka", "ro", "vel", "tan", "mir", "zor", "lin", "dex", "sar", "vok", "pel", "tri", "gan", "mos", "ber", "lux", "nor", "ste", "kra", "vin", "dal", "rem", "fen", "tor", "zha", "qin", "hai", "lun", "ost", "ral"];
const SUFFIXES = ["Trading Co., Ltd.", "LLC", "Components Limited", "Logistics LLP", "Technology Co., Ltd.", "Industrial JSC", "General Trading FZE", "Electronics A.Ş."];
const HAN = "深圳市联芯微电子贸易有限公司东莞华锐精密机械宁波晶远轴承制造厦门浩云无人机科技香港明浪零件银峰广州北京上海天津重庆成都武汉西安南京杭州苏州青岛大连沈阳长沙福州合肥昆明南宁贵阳海口兰州银川西宁拉萨乌鲁木齐哈尔滨长春石家庄太原郑州济南";
const COUNTRIES = ["CN", "CN", "CN", "HK", "HK", "RU", "RU", "RU", "KZ", "KG", "AE", "TR", "AM", "GE", "UZ", "BY"];
const GOODS = ["integrated circuits", "microcontrollers", "FPGAs", "GNSS modules", "ball bearings", "machining centres", "oscilloscopes", "capacitors", "memory chips", "servo drives", "thermal cameras", "radio modules", "lathes", "spectrum analysers"];
const VERBS = ["shipped", "resold", "imported", "declared", "consigned", "forwarded", "invoiced", "trucked", "flew", "cleared"];
const PLACES = ["Moscow", "Yekaterinburg", "Almaty", "Bishkek", "Yerevan", "Dubai", "Istanbul", "Tbilisi", "Khorgos", "Urumqi", "Novosibirsk", "Minsk", "Tashkent", "Shenzhen"];
const FILLER = ["according", "customs", "records", "declared", "value", "through", "intermediary", "payment", "contract", "invoice", "consignee", "warehouse", "transit", "border", "declaration", "agent", "supplier", "buyer", "freight", "container"];
const HS = ["854231", "854232", "854239", "851762", "852691", "853224", "847150", "850440", "854140", "848210", "901310", "848610", "903020", "845710", "845891"];

const word = (r: ReturnType<typeof rng>, parts = 2 + r.int(2)) => Array.from({ length: parts }, () => r.pick(SYLLABLES)).join("");
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const paragraph = (text: string): BodyDoc => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function insertBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function generateCorpus(db: Db, size: CorpusSize, progress: (done: number, total: number) => void): Promise<Corpus> {
  const r = rng(20_260_501);
  // Written over the past year, as a real corpus would be: a rebuild then has nothing recent to replay.
  const past = () => new Date(Date.now() - (1 + r.int(365)) * 86_400_000);
  const total = size.entities + size.claims + size.sources;
  const [author, reviewer] = await db
    .insert(users)
    .values([
      { email: "bench-author@bench.example", name: "Bench Author", role: "contributor" },
      { email: "bench-reviewer@bench.example", name: "Bench Reviewer", role: "reviewer" },
    ])
    .returning();

  // Entities: 80% firms, 10% routes, 10% technologies; 90% published, the rest drafts.
  const firms: Corpus["firms"] = [];
  const entityRows: Array<typeof entities.$inferInsert & { id: string }> = [];
  const revisionRows: Array<typeof entityRevisions.$inferInsert> = [];
  for (let i = 0; i < size.entities; i++) {
    const id = crypto.randomUUID();
    const roll = i % 10;
    const kind = roll < 8 ? "firm" : roll === 8 ? "route" : "technology";
    const published = r.next() < 0.9;
    const latinWord = cap(word(r));
    const country = r.pick(COUNTRIES);
    let title: string;
    let fields: Record<string, unknown>;
    const aliases: Array<{ name: string; lang: string }> = [];
    let cyrillic: string | null = null;
    let chinese: string | null = null;
    if (kind === "firm") {
      title = `${latinWord} ${cap(word(r, 2))} ${r.pick(SUFFIXES)}`;
      fields = { country, registrations: [], roles: [], sanctions: [] };
      if (r.next() < 0.5) aliases.push({ name: (cyrillic = `ООО «${cap(cyrillicSpelling(latinWord))}»`), lang: "ru" });
      if (country === "CN" || country === "HK" || r.next() < 0.2) {
        chinese = Array.from({ length: 3 + r.int(4) }, () => HAN[r.int(HAN.length)]).join("") + "有限公司";
        aliases.push({ name: chinese, lang: "zh-Hans" });
      }
    } else if (kind === "route") {
      const via = r.pick(PLACES);
      title = `${r.pick(COUNTRIES)} → ${via} → RU (${latinWord} corridor)`;
      fields = { origin: "CN", transit: [{ country: r.pick(COUNTRIES), hub: via }], destination: "RU", modes: ["road"] };
    } else {
      const goods = r.pick(GOODS);
      title = `${cap(goods)} (${latinWord} class)`;
      fields = { hsCodes: [r.pick(HS)], controls: [], category: goods };
    }
    const body = `${title} is a fictional benchmark ${kind}. ${cap(r.pick(FILLER))} ${r.pick(FILLER)} ${r.pick(PLACES)} ${r.pick(GOODS)} ${r.pick(FILLER)} ${word(r)} ${r.pick(FILLER)}.`;
    const revisionId = crypto.randomUUID();
    entityRows.push({ id, kind, slug: `${kind}-${latinWord.toLowerCase()}-${i}`, createdBy: author!.id });
    revisionRows.push({
      id: revisionId, entityId: id, number: 1, status: published ? "approved" : "draft", authorId: author!.id,
      reviewedBy: published ? reviewer!.id : null, title, aliases, fields, body: paragraph(body), createdAt: past(),
    });
    if (kind === "firm") firms.push({ id, title, latinWord, cyrillic, chinese, country, published });
  }
  await insertBatches(entityRows, 1000, (b) => db.insert(entities).values(b));
  await insertBatches(revisionRows, 500, (b) => db.insert(entityRevisions).values(b));
  await db.execute(sql`update entities e set latest_revision_id = r.id,
    published_revision_id = case when r.status = 'approved' then r.id end,
    published_at = case when r.status = 'approved' then now() end
    from entity_revisions r where r.entity_id = e.id`);
  progress(size.entities, total);

  const sourceIds: string[] = [];
  const sourceRows = Array.from({ length: size.sources }, (_, i) => {
    const id = crypto.randomUUID();
    sourceIds.push(id);
    const url = `https://bench.example.org/reports/${i}-${word(r)}`;
    return { id, url, normalizedUrl: url, createdAt: past(), title: `${cap(r.pick(GOODS))} via ${r.pick(PLACES)}: ${cap(word(r))} report ${i}`, publisher: `${cap(word(r))} Observatory`, createdBy: author!.id };
  });
  await insertBatches(sourceRows, 1000, (b) => db.insert(sources).values(b));
  progress(size.entities + size.sources, total);

  // Claims: 85% published, 10% pending, 5% draft; one citation each.
  const claimWords: string[][] = [];
  for (let start = 0; start < size.claims; start += 2000) {
    const claimRows: Array<typeof claims.$inferInsert> = [];
    const claimRevisionRows: Array<typeof claimRevisions.$inferInsert> = [];
    const citationRows: Array<typeof citations.$inferInsert> = [];
    for (let i = start; i < Math.min(size.claims, start + 2000); i++) {
      const s = r.int(entityRows.length);
      const subject = entityRows[s]!;
      const subjectTitle = revisionRows[s]!.title;
      const object = r.next() < 0.6 ? entityRows[r.int(entityRows.length)]! : null;
      const roll = r.next();
      const status = roll < 0.85 ? "approved" : roll < 0.95 ? "pending" : "draft";
      const goods = r.pick(GOODS);
      const place = r.pick(PLACES);
      const extra = word(r);
      const statement = `${subjectTitle.split(" ")[0]} ${r.pick(VERBS)} ${1 + r.int(900)} ${goods} to ${place} in ${2019 + r.int(7)}, ${r.pick(FILLER)} ${extra} ${r.pick(FILLER)}.`;
      if (claimWords.length < 400) claimWords.push([extra, goods.split(" ").at(-1)!, place]);
      const id = crypto.randomUUID();
      const revisionId = crypto.randomUUID();
      claimRows.push({ id, subjectEntityId: subject.id, createdBy: author!.id });
      claimRevisionRows.push({
        id: revisionId, claimId: id, number: 1, status, authorId: author!.id, reviewedBy: status === "approved" ? reviewer!.id : null,
        statement, predicate: object && object.id !== subject.id ? "supplies" : null, objectEntityId: object && object.id !== subject.id ? object.id : null,
        confidence: r.pick(["confirmed", "probable", "alleged", "disputed"] as const), createdAt: past(),
      });
      citationRows.push({ claimRevisionId: revisionId, sourceId: r.pick(sourceIds), position: 1, quote: `${r.pick(FILLER)} ${goods} ${r.pick(FILLER)}`, locator: `p. ${1 + r.int(80)}` });
    }
    await insertBatches(claimRows, 1000, (b) => db.insert(claims).values(b));
    await insertBatches(claimRevisionRows, 1000, (b) => db.insert(claimRevisions).values(b));
    await insertBatches(citationRows, 1000, (b) => db.insert(citations).values(b));
    progress(size.entities + size.sources + Math.min(size.claims, start + 2000), total);
  }
  await db.execute(sql`update claims c set latest_revision_id = r.id,
    published_revision_id = case when r.status = 'approved' then r.id end,
    published_at = case when r.status = 'approved' then now() end
    from claim_revisions r where r.claim_id = c.id`);
  await db.execute(sql`analyze`);
  return { firms, claimWords };
}
