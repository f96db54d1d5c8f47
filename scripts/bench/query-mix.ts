import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ResultKind } from "@/lib/search/types";
import { rowsOf } from "@/lib/search/rows";
import { hanRuns, latinSpelling } from "@/lib/search/transliterate";
import { rng, type Rng } from "./seed/prng";

/**
 * The fixed query mix of the search benchmarks (from scripts/bench-search.ts): names in
 * three scripts, a transliteration, typos, Chinese pairs, claim words, operators, a filter
 * and broad words. Built from the corpus's published firms with a fixed seed, so the same
 * corpus gives the same queries every run.
 */
export type BenchQuery = { category: string; q: string; kind?: ResultKind; country?: string };

type Firm = { title: string; aliases: Array<{ name: string; lang: string }>; country: string | null };

export async function queryMix(db: Db, perCategory = 10): Promise<BenchQuery[]> {
  const firms = rowsOf<Firm>(await db.execute(sql`
    select r.title, r.aliases, r.fields->>'country' as country
    from entities e join entity_revisions r on r.id = e.published_revision_id
    where e.kind = 'firm' order by e.slug limit 2000`));
  const statements = rowsOf<{ statement: string }>(await db.execute(sql`
    select r.statement from claims c join claim_revisions r on r.id = c.published_revision_id order by c.id limit 500`));
  const r = rng(7);
  const names = (f: Firm) => [f.title, ...f.aliases.map((a) => a.name)];
  const latin = firms.map((f) => names(f).find((n) => /^[A-Z][a-z]+ /.test(n))).filter((n): n is string => !!n);
  const cyrillic = firms.flatMap(names).filter((n) => /[А-Яа-я]/.test(n)).map((n) => n.replace(/ООО|[«»]/g, "").trim());
  // Without the company-form suffix (有限公司, "limited company"), which nearly every Chinese name shares.
  const han = firms.flatMap(names).flatMap(hanRuns).map((run) => run.replace(/(贸易|电子|科技|机械)?有限公司$/, "")).filter((run) => run.length >= 2);
  const typo = (w: string) => oneLetterTypo(r, w);
  const out: BenchQuery[] = [];
  for (let i = 0; i < perCategory; i++) {
    const name = r.pick(latin).split(" ")[0]!;
    const cyr = r.pick(cyrillic);
    const run = r.pick(han);
    const at = r.int(run.length - 1);
    const words = r.pick(statements).statement.replace(/[.,()]/g, "").split(" ");
    const firm = r.pick(firms);
    out.push(
      { category: "firm name (Latin)", q: name },
      { category: "Cyrillic name", q: cyr },
      { category: "Latin transliteration", q: latinSpelling(cyr) ?? cyr },
      { category: "one-letter typo", q: typo(name) },
      { category: "two Chinese characters", q: run.slice(at, at + 2) },
      { category: "claim words", q: `${words.at(-2)} ${words[3]}` },
      { category: "phrase + exclusion", q: `"${words[3]} ${words[4]}" -${r.pick(["lathes", "capacitors", "FPGAs"])}` },
      { category: "OR", q: `${name} OR ${r.pick(latin).split(" ")[0]}` },
      { category: "filtered (firm, country)", q: words[6] ?? "Moscow", kind: "firm", country: firm.country ?? "RU" },
      { category: "broad (common word)", q: r.pick(["Moscow", "integrated circuits", "customs", "Khorgos", "freight"]) },
    );
  }
  return out;
}

/** The word with one letter past the second changed (e ↔ a), as a hurried typist would. */
export function oneLetterTypo(r: Rng, w: string): string {
  const i = 2 + r.int(Math.max(1, w.length - 3));
  return w.slice(0, i) + (w[i] === "e" ? "a" : "e") + w.slice(i + 1);
}

export function searchPath(q: BenchQuery): string {
  const params = new URLSearchParams({ q: q.q, limit: "20" });
  if (q.kind) params.set("kind", q.kind);
  if (q.country) params.set("country", q.country);
  return `/api/v1/search?${params}`;
}
