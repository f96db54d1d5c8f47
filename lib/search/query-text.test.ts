import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, markTerms, snippetParts } from "./highlight";
import { excludedText, hanTerms, parseQuery, renderWebsearch, trigramText, websearchVariants } from "./query-text";
import { cyrillicSpelling, hanBigrams, latinSpelling } from "./transliterate";

describe("reading what people type into the search box", () => {
  it("keeps phrases, OR and exclusions through every spelling variant", () => {
    const clauses = parseQuery('"Falcon Gate" OR Вектор -drones');
    expect(renderWebsearch(clauses)).toBe('"Falcon Gate" OR Вектор -drones');
    const variants = websearchVariants(clauses);
    expect(variants).toContain('"Falcon Gate" OR Vektor -drones');
    expect(variants).toContain('"фалцон гате" OR Вектор -дронес');
  });

  it("spells a Latin name in Cyrillic and a Cyrillic one in Latin", () => {
    expect(cyrillicSpelling("Vektor")).toBe("вектор");
    expect(cyrillicSpelling("Shchukin")).toBe("щукин");
    expect(latinSpelling("Шэньчжэнь Ляньсинь")).toBe("Shenchzhen Lyansin");
    expect(latinSpelling("Vektor")).toBeNull();
    expect(latinSpelling("深圳市联芯")).toBeNull();
  });

  it("turns Chinese runs into overlapping pairs, kept together as a phrase", () => {
    expect(hanBigrams("深圳市联芯 Ltd")).toBe(" 深圳 圳市 市联 联芯  Ltd");
    expect(renderWebsearch(parseQuery("联芯微"))).toBe('"联芯 芯微"');
    expect(renderWebsearch(parseQuery("-联芯"))).toBe("-联芯");
    expect(hanTerms(parseQuery("联芯 x 微"))).toEqual(["联芯"]);
  });

  it("uses only the included words for misspelled-name matching, and remembers the exclusions", () => {
    const clauses = parseQuery("Brightwawe Kong -Silverpeak OR x");
    expect(trigramText(clauses)).toBe("brightwawe kong x");
    expect(excludedText(clauses)).toBe("Silverpeak");
    expect(trigramText(parseQuery("ab"))).toBeNull();
    expect(trigramText(parseQuery('"Hong Kong" air'))).toBeNull();
    expect(trigramText(parseQuery("one two three four"))).toBeNull();
  });

  it("ignores highlight markers and control characters typed into a query", () => {
    expect(renderWebsearch(parseQuery(`a${S}b${E}\u0007c`))).toBe("ab c");
  });
});

describe("highlighted snippets", () => {
  it("splits on the markers into plain and highlighted parts", () => {
    expect(snippetParts(`one ${S}two${E} three`)).toEqual([
      { text: "one ", highlighted: false },
      { text: "two", highlighted: true },
      { text: " three", highlighted: false },
    ]);
    expect(snippetParts(`${E}stray${S}`)).toEqual([{ text: "stray", highlighted: false }]);
  });

  it("marks Chinese matches without nesting inside existing highlights", () => {
    expect(markTerms(`深圳市联芯微 ${S}Lianxin${E}`, ["联芯"])).toBe(`深圳市${S}联芯${E}微 ${S}Lianxin${E}`);
  });
});
