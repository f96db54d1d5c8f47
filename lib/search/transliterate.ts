import { transliterate } from "transliteration";

/**
 * Scripts and transliteration for search. Names come in Latin, Cyrillic and Chinese;
 * investigators type whatever spelling they last saw, so a Cyrillic name is indexed
 * with its Latin transliteration too, and a Latin query is also tried in Cyrillic.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
// Latin, digits and Han need no Latin spelling: Han gets bigrams instead (pinyin of a
// whole company name, one syllable per character, would mostly add noise).
const NEEDS_LATIN = /[^\p{Script=Latin}\p{Script=Han}\p{Script=Common}\p{Script=Inherited}]/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** The Latin spelling of a name in another alphabet (Cyrillic, Armenian, …), or null when it has none. */
export function latinSpelling(name: string): string | null {
  if (!NEEDS_LATIN.test(name)) return null;
  // Only the non-Han parts: transliterate() would turn Han into pinyin as well.
  const latin = name
    .split(/(\p{Script=Han}+)/u)
    .map((part) => (/\p{Script=Han}/u.test(part) ? part : transliterate(part)))
    .join("")
    .replace(/<<|>>/g, " ");
  return latin.trim() && latin !== name ? latin : null;
}

// Latin → Russian Cyrillic, longest spellings first (BGN/PCGN and the common informal ones).
const TO_CYRILLIC: Array<[string, string]> = [
  ["shch", "щ"], ["sch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"],
  ["yu", "ю"], ["ju", "ю"], ["ya", "я"], ["ja", "я"], ["yo", "ё"], ["ye", "е"], ["iy", "ий"],
  ["a", "а"], ["b", "б"], ["c", "ц"], ["d", "д"], ["e", "е"], ["f", "ф"], ["g", "г"], ["h", "х"],
  ["i", "и"], ["j", "й"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"],
  ["q", "к"], ["r", "р"], ["s", "с"], ["t", "т"], ["u", "у"], ["v", "в"], ["w", "в"], ["x", "кс"],
  ["y", "ы"], ["z", "з"],
];

/** A Latin word spelled in Russian Cyrillic ("vektor" → "вектор"); other characters pass through. */
export function cyrillicSpelling(word: string): string {
  const lower = word.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; ) {
    const hit = TO_CYRILLIC.find(([latin]) => lower.startsWith(latin, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += lower[i];
      i += 1;
    }
  }
  return out;
}

/** Cyrillic (and other alphabets) spelled in Latin, word by word; Latin passes through. */
export function latinQuerySpelling(word: string): string {
  return latinSpelling(word) ?? word;
}

/**
 * Han runs as overlapping character pairs ("联芯微" → "联芯 芯微"), so that any two or
 * more consecutive characters match: PostgreSQL's parser keeps a Han run as one word.
 */
export function hanBigrams(text: string): string {
  return text.replace(HAN_RUN, (run) => ` ${bigramsOf(run).join(" ")} `);
}

export function bigramsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return [run];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** The Han runs of a text, for marking them in snippets. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}
