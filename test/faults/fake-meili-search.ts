/**
 * The search half of the stand-in Meilisearch (fake-meili.ts): enough of Meilisearch's
 * documented search behaviour for the engine's own code to run under the contract suite.
 * Words match exactly, as a prefix (the last word of the query), or with typos (one from 5
 * letters, two from 9, as the index's typoTolerance says); "phrases" match consecutive
 * words; -word excludes; filters (=, !=, IN, AND) only on filterable attributes; facets,
 * limit/offset, crop and highlight. Ranking follows the index's rules in spirit: matched words,
 * then typos, then the earliest searchable attribute, then exact matches.
 */
export type Doc = Record<string, unknown>;
export type IndexSettings = {
  searchableAttributes: string[];
  filterableAttributes: string[];
  displayedAttributes: string[];
  typoTolerance: { enabled: boolean; minWordSizeForTypos: { oneTypo: number; twoTypos: number } };
};
export type SearchRequest = {
  q?: string; filter?: string | Array<string | string[]>; limit?: number; offset?: number; facets?: string[];
  matchingStrategy?: "all" | "last"; attributesToRetrieve?: string[]; attributesToHighlight?: string[];
  attributesToCrop?: string[]; cropLength?: number; cropMarker?: string; highlightPreTag?: string; highlightPostTag?: string;
};

/** A search error in Meilisearch's own shape, with its HTTP status. */
export class MeiliError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export const DEFAULT_SETTINGS: IndexSettings = {
  searchableAttributes: ["*"], filterableAttributes: [], displayedAttributes: ["*"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
};

const HAN = /\p{Script=Han}/u;
const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Words of a text: letter/digit runs, Han runs cut into overlapping character pairs. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const run of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    for (const part of run.split(/(\p{Script=Han}+)/u).filter(Boolean)) {
      if (!HAN.test(part)) out.push(part);
      else if (part.length === 1) out.push(part);
      else for (let i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
    }
  }
  return out;
}

/** Damerau–Levenshtein distance, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

type Term = { words: string[]; phrase: boolean; negated: boolean; prefix: boolean };

/** Meilisearch's query syntax: words, "phrases" and -exclusions. */
function terms(q: string): Term[] {
  const out: Term[] = [];
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/g)) {
    const phrase = m[2] !== undefined;
    const ws = words(phrase ? m[2]! : m[4]!);
    if (ws.length === 0) continue;
    const negated = (phrase ? m[1] : m[3]) === "-";
    // A word outside a phrase that splits in several (AED-denominated, a Han run) needs all of them.
    if (phrase || negated) out.push({ words: ws, phrase: true, negated, prefix: false });
    else for (const w of ws) out.push({ words: [w], phrase: false, negated, prefix: false });
  }
  const last = out.findLast((t) => !t.negated && !t.phrase);
  if (last && !/\s$/.test(q) && out[out.length - 1] === last) last.prefix = true;
  return out;
}

type Match = { typos: number; attribute: number; exact: boolean };

function matchTerm(term: Term, fields: string[][][], settings: IndexSettings): Match | null {
  let best: Match | null = null;
  const better = (m: Match) => !best || m.typos < best.typos || (m.typos === best.typos && m.attribute < best.attribute);
  fields.forEach((values, attribute) => {
    for (const tokens of values) {
      if (term.phrase) {
        for (let i = 0; i + term.words.length <= tokens.length; i++) {
          if (term.words.every((w, k) => tokens[i + k] === w) && better({ typos: 0, attribute, exact: true })) best = { typos: 0, attribute, exact: true };
        }
        continue;
      }
      const [w] = term.words as [string];
      const { oneTypo, twoTypos } = settings.typoTolerance.minWordSizeForTypos;
      const allowed = !settings.typoTolerance.enabled || HAN.test(w) ? 0 : w.length >= twoTypos ? 2 : w.length >= oneTypo ? 1 : 0;
      for (const t of tokens) {
        let m: Match | null = null;
        if (t === w) m = { typos: 0, attribute, exact: true };
        else if (term.prefix && t.startsWith(w)) m = { typos: 0, attribute, exact: false };
        else if (allowed > 0) {
          const candidate = term.prefix && t.length > w.length ? t.slice(0, w.length) : t;
          const typos = distance(w, candidate, allowed);
          if (typos <= allowed) m = { typos, attribute, exact: false };
        }
        if (m && better(m)) best = m;
      }
    }
  });
  return best;
}

function valuesOf(doc: Doc, attribute: string): string[] {
  const v = doc[attribute];
  if (v === null || v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function checkFilterable(attribute: string, settings: IndexSettings): void {
  if (!settings.filterableAttributes.includes(attribute)) {
    throw new MeiliError(400, "invalid_search_filter", `Attribute \`${attribute}\` is not filterable. Available filterable attributes are: \`${settings.filterableAttributes.join(", ")}\`.`);
  }
}

/** One filter expression: `attr = "v"`, `attr != "v"`, `attr IN ["a", "b"]`, joined by AND. */
function filterClause(expr: string, settings: IndexSettings): (doc: Doc) => boolean {
  const parts = expr.split(/\s+AND\s+/).map((part) => {
    const m = /^\s*([\w.]+)\s*(=|!=|IN)\s*(.+?)\s*$/.exec(part);
    if (!m) throw new MeiliError(400, "invalid_search_filter", `Was expecting an operation \`=\`, \`!=\` or \`IN\` at \`${part}\`.`);
    const [, attribute, op, raw] = m as unknown as [string, string, string, string];
    checkFilterable(attribute, settings);
    const literal = (s: string) => s.trim().replace(/^"(.*)"$/, "$1");
    const wanted = op === "IN" ? raw.replace(/^\[|\]$/g, "").split(",").map(literal).filter(Boolean) : [literal(raw)];
    return (doc: Doc) => {
      const has = valuesOf(doc, attribute).some((v) => wanted.includes(v));
      return op === "!=" ? !has : has;
    };
  });
  return (doc) => parts.every((p) => p(doc));
}

function filterOf(filter: SearchRequest["filter"], settings: IndexSettings): (doc: Doc) => boolean {
  if (!filter || (Array.isArray(filter) && filter.length === 0)) return () => true;
  const all = (Array.isArray(filter) ? filter : [filter]).map((f) => {
    const any = (Array.isArray(f) ? f : [f]).map((e) => filterClause(e, settings));
    return (doc: Doc) => any.some((p) => p(doc));
  });
  return (doc) => all.every((p) => p(doc));
}

function searchable(doc: Doc, settings: IndexSettings): string[][][] {
  const attributes = settings.searchableAttributes.includes("*") ? Object.keys(doc) : settings.searchableAttributes;
  return attributes.map((a) => valuesOf(doc, a).map(words));
}

/** The text with matched words wrapped and, when asked, cut to `cropLength` words around the first match. */
function format(text: string, positives: Term[], req: SearchRequest, crop: boolean, settings: IndexSettings): string {
  const spans: Array<[number, number]> = [];
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  for (const t of tokens) {
    const start = t.index;
    const pieces = t[0].split(/(\p{Script=Han}+)/u).filter(Boolean);
    let offset = start;
    for (const piece of pieces) {
      const pieceWords = words(piece);
      if (HAN.test(piece)) {
        // A Han pair matched: mark the two characters where they stand.
        pieceWords.forEach((w, i) => {
          if (positives.some((term) => term.words.includes(w))) spans.push([offset + i, offset + i + w.length]);
        });
      } else if (positives.some((term) => term.words.some((w) => matchTerm({ ...term, words: [w], phrase: false }, [[pieceWords]], settings)))) {
        spans.push([offset, offset + piece.length]);
      }
      offset += piece.length;
    }
  }
  const merged = spans.sort((a, b) => a[0] - b[0]).reduce<Array<[number, number]>>((acc, s) => {
    const last = acc[acc.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else acc.push([...s]);
    return acc;
  }, []);
  let from = 0, to = text.length;
  const length = req.cropLength ?? 10;
  if (crop && tokens.length > length) {
    const firstHit = merged.length ? tokens.findIndex((t) => t.index + t[0].length > merged[0]![0]) : 0;
    const startWord = Math.max(0, Math.min(firstHit - Math.floor(length / 4), tokens.length - length));
    from = tokens[startWord]!.index;
    const endToken = tokens[startWord + length - 1]!;
    to = endToken.index + endToken[0].length;
  }
  const [pre, post] = [req.highlightPreTag ?? "<em>", req.highlightPostTag ?? "</em>"];
  let out = "";
  let at = from;
  for (const [s, e] of merged) {
    if (e <= from || s >= to) continue;
    out += text.slice(at, Math.max(s, from)) + pre + text.slice(Math.max(s, from), Math.min(e, to)) + post;
    at = Math.min(e, to);
  }
  out += text.slice(at, to);
  const marker = req.cropMarker ?? "…";
  return (from > 0 ? marker : "") + out + (to < text.length ? marker : "");
}

export type SearchAnswer = { hits: Doc[]; estimatedTotalHits: number; facetDistribution?: Record<string, Record<string, number>> };

export function runSearch(docs: Doc[], settings: IndexSettings, req: SearchRequest): SearchAnswer {
  const all = terms(req.q ?? "");
  const positives = all.filter((t) => !t.negated);
  const negatives = all.filter((t) => t.negated);
  const keep = filterOf(req.filter, settings);
  const strategy = req.matchingStrategy ?? "last";
  const ranked: Array<{ doc: Doc; order: number; matched: number; typos: number; attribute: number; exact: number }> = [];
  docs.forEach((doc, order) => {
    if (!keep(doc)) return;
    const fields = searchable(doc, settings);
    if (negatives.some((t) => matchTerm(t, fields, { ...settings, typoTolerance: { ...settings.typoTolerance, enabled: false } }))) return;
    const matches = positives.map((t) => matchTerm(t, fields, settings));
    // "all": every term; "last": the longest run of terms from the first, dropping from the end.
    let matched = 0;
    while (matched < matches.length && matches[matched]) matched++;
    if (positives.length > 0 && (strategy === "all" ? matched < positives.length : matched === 0)) return;
    const used = matches.slice(0, matched) as Match[];
    ranked.push({
      doc, order, matched,
      typos: used.reduce((n, m) => n + m.typos, 0),
      attribute: used.reduce((n, m) => Math.min(n, m.attribute), Number.MAX_SAFE_INTEGER),
      exact: used.filter((m) => m.exact).length,
    });
  });
  ranked.sort((a, b) => b.matched - a.matched || a.typos - b.typos || a.attribute - b.attribute || b.exact - a.exact || a.order - b.order);

  const facetDistribution = req.facets?.length ? Object.fromEntries(req.facets.map((f) => {
    checkFilterable(f, settings);
    const counts: Record<string, number> = {};
    for (const { doc } of ranked) for (const v of new Set(valuesOf(doc, f))) counts[v] = (counts[v] ?? 0) + 1;
    return [f, counts];
  })) : undefined;

  const offset = req.offset ?? 0;
  const page = ranked.slice(offset, offset + (req.limit ?? 20));
  const displayed = (a: string) => settings.displayedAttributes.includes("*") || settings.displayedAttributes.includes(a);
  const hits = page.map(({ doc }) => {
    const retrieve = (req.attributesToRetrieve ?? ["*"]).includes("*") ? Object.keys(doc) : req.attributesToRetrieve!;
    const hit: Doc = Object.fromEntries(retrieve.filter((a) => a in doc && displayed(a)).map((a) => [a, doc[a]]));
    const formattedKeys = new Set([...(req.attributesToHighlight ?? []), ...(req.attributesToCrop ?? [])]);
    if (formattedKeys.size > 0) {
      const formatted: Doc = { ...hit };
      for (const a of formattedKeys) {
        if (typeof doc[a] === "string" && displayed(a)) formatted[a] = format(doc[a], positives, req, (req.attributesToCrop ?? []).includes(a), settings);
      }
      hit._formatted = formatted;
    }
    return hit;
  });
  return { hits, estimatedTotalHits: ranked.length, ...(facetDistribution ? { facetDistribution } : {}) };
}
