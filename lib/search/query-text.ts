import { stripMarkers } from "./highlight";
import { cyrillicSpelling, hanBigrams, hanRuns, hasHan, latinQuerySpelling } from "./transliterate";

/**
 * The web-search syntax users type (words, "quoted phrases", OR, -excluded), parsed once
 * so each engine can render it its own way and each spelling variant keeps the operators.
 */
export type Clause =
  | { type: "term"; text: string; phrase: boolean; negated: boolean }
  | { type: "or" };

const MAX_CLAUSES = 32;

export function parseQuery(raw: string): Clause[] {
  const q = stripMarkers(raw).replace(/[\u0000-\u001f\u007f]/g, " ");
  const clauses: Clause[] = [];
  let i = 0;
  while (i < q.length && clauses.length < MAX_CLAUSES) {
    if (/\s/.test(q[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if (q[i] === "-" && i + 1 < q.length && !/\s/.test(q[i + 1]!)) {
      negated = true;
      i++;
    }
    if (q[i] === '"') {
      const end = q.indexOf('"', i + 1);
      const text = q.slice(i + 1, end < 0 ? q.length : end).trim();
      i = end < 0 ? q.length : end + 1;
      if (text) clauses.push({ type: "term", text, phrase: true, negated });
      continue;
    }
    let end = i;
    while (end < q.length && !/[\s"]/.test(q[end]!)) end++;
    const text = q.slice(i, end);
    i = end;
    if (!negated && text.toLowerCase() === "or") clauses.push({ type: "or" });
    else clauses.push({ type: "term", text, phrase: false, negated });
  }
  return clauses;
}

type WordMap = (word: string) => string;

/** Renders clauses back into websearch_to_tsquery syntax, each word passed through `map`. */
export function renderWebsearch(clauses: Clause[], map: WordMap = (w) => w): string {
  return clauses
    .map((c) => {
      if (c.type === "or") return "OR";
      const mapped = c.text.split(/\s+/).map(map).join(" ");
      const text = hanBigrams(mapped).trim().replace(/\s+/g, " ");
      // Several bigrams from one Han word must stay adjacent: a phrase keeps their order.
      const quoted = c.phrase || /\s/.test(text) ? `"${text.replace(/"/g, " ")}"` : text;
      return (c.negated ? "-" : "") + quoted;
    })
    .join(" ");
}

const LATIN_WORD = /^[a-z]+(-[a-z]+)*$/i;
const OTHER_ALPHABET = /[^\p{Script=Latin}\p{Script=Han}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The spellings to look for, as websearch strings: the query itself, its Latin spelling
 * when it has Cyrillic (or another alphabet), and its Cyrillic spelling when it has Latin
 * words. The variants are OR-ed, so "Vektor" also finds "Вектор" in a page body.
 */
export function websearchVariants(clauses: Clause[]): string[] {
  const variants = [renderWebsearch(clauses)];
  const words = clauses.flatMap((c) => (c.type === "term" ? c.text.split(/\s+/) : []));
  if (words.some((w) => OTHER_ALPHABET.test(w))) variants.push(renderWebsearch(clauses, latinQuerySpelling));
  if (words.some((w) => LATIN_WORD.test(w))) {
    variants.push(renderWebsearch(clauses, (w) => (LATIN_WORD.test(w) ? cyrillicSpelling(w) : w)));
  }
  return [...new Set(variants.filter((v) => v.trim()))];
}

const TRIGRAM_MAX_WORDS = 3;

/**
 * The words a misspelled name may be: the included terms, for trigram matching. Only for
 * name-like queries (a few words, no phrase): a typo hides in a name, and trigrams of a long
 * query cost much and find little.
 */
export function trigramText(clauses: Clause[]): string | null {
  const included = clauses.flatMap((c) => (c.type === "term" && !c.negated ? [c] : []));
  if (included.some((c) => c.phrase)) return null;
  const words = included.flatMap((c) => c.text.split(/\s+/)).filter(Boolean);
  if (words.length > TRIGRAM_MAX_WORDS) return null;
  const text = words.join(" ").toLowerCase();
  const letters = text.replace(/[^\p{L}\p{N}]/gu, "");
  // Trigrams of one or two letters match nearly everything; Han is served by bigrams.
  if (letters.length < 4 || hasHan(text)) return null;
  return text;
}

/** The excluded terms as one websearch string ("a OR b"), or null: they also bar trigram matches. */
export function excludedText(clauses: Clause[]): string | null {
  const excluded = clauses.flatMap((c) =>
    c.type === "term" && c.negated ? [renderWebsearch([{ ...c, negated: false }])] : [],
  );
  return excluded.length ? excluded.join(" OR ") : null;
}

/** Han runs of the included terms, to mark in snippets (ts_headline cannot). */
export function hanTerms(clauses: Clause[]): string[] {
  return clauses.flatMap((c) => (c.type === "term" && !c.negated ? hanRuns(c.text).filter((r) => [...r].length >= 2) : []));
}

/** True when the query has at least one included term, i.e. something to look for. */
export function hasIncludedTerm(clauses: Clause[]): boolean {
  return clauses.some((c) => c.type === "term" && !c.negated && /[\p{L}\p{N}]/u.test(c.text));
}
