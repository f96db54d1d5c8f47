import { describe, expect, it } from "vitest";
import type { BodyDoc } from "./body-schema";
import { bodyOf, mergePage, type PageContent } from "./merge3";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...texts: string[]): BodyDoc => ({ type: "doc", content: texts.map(p) });
const page = (body: BodyDoc, over: Partial<PageContent> = {}): PageContent => ({ title: "Firm", aliases: [], fields: { country: "CN" }, body, ...over });

describe("three-way merge of a page", () => {
  const base = page(doc("One.", "Two.", "Three."));

  it("changes to different paragraphs merge by themselves", () => {
    const theirs = page(doc("One, edited by them.", "Two.", "Three."));
    const mine = page(doc("One.", "Two.", "Three, edited by me.", "Four, added by me."));
    const merge = mergePage(base, theirs, mine);
    expect(merge.clean).toBe(true);
    expect(merge.content.body).toEqual(doc("One, edited by them.", "Two.", "Three, edited by me.", "Four, added by me."));
  });

  it("neighbouring paragraphs changed by different people merge too", () => {
    const merge = mergePage(base, page(doc("One, theirs.", "Two.", "Three, theirs.")), page(doc("One.", "Two, mine.", "Three.")));
    expect(merge.clean).toBe(true);
    expect(merge.content.body).toEqual(doc("One, theirs.", "Two, mine.", "Three, theirs."));
  });

  it("key order inside a block does not make it a change", () => {
    const reordered = page({ type: "doc", content: [{ content: [{ text: "One.", type: "text" }], type: "paragraph" }, p("Two."), p("Three, mine.")] as never });
    expect(mergePage(base, page(doc("One, theirs.", "Two.", "Three.")), reordered).clean).toBe(true);
  });

  it("a paragraph both changed is a conflict that keeps both texts available", () => {
    const theirs = page(doc("One.", "Two, their way.", "Three."));
    const mine = page(doc("One.", "Two, my way.", "Three."));
    const merge = mergePage(base, theirs, mine);
    expect(merge.clean).toBe(false);
    const conflict = merge.body.find((s) => "conflict" in s);
    expect(conflict).toEqual({ conflict: { base: [p("Two.")], theirs: [p("Two, their way.")], mine: [p("Two, my way.")] } });
    expect(bodyOf(merge.body, "both")).toEqual(doc("One.", "Two, their way.", "Two, my way.", "Three."));
    expect(bodyOf(merge.body, "mine", ["theirs"])).toEqual(doc("One.", "Two, their way.", "Three."));
  });

  it("parts changed on one side take that side; a part both changed differently is asked about", () => {
    const theirs = page(base.body!, { title: "Renamed by them" });
    const mine = page(base.body!, { fields: { country: "HK" } });
    const clean = mergePage(base, theirs, mine);
    expect(clean.clean).toBe(true);
    expect(clean.content).toMatchObject({ title: "Renamed by them", fields: { country: "HK" } });

    const both = mergePage(base, theirs, page(base.body!, { title: "Renamed by me" }));
    expect(both.clean).toBe(false);
    expect(both.parts).toEqual([{ part: "title", base: "Firm", theirs: "Renamed by them", mine: "Renamed by me" }]);
  });

  it("facts merge key by key", () => {
    const withRoles = { country: "CN", roles: ["distributor"] };
    const merge = mergePage(page(doc(), { fields: withRoles }), page(doc(), { fields: { ...withRoles, website: "https://a.example" } }), page(doc(), { fields: { ...withRoles, country: "HK" } }));
    expect(merge.clean).toBe(true);
    expect(merge.content.fields).toEqual({ country: "HK", roles: ["distributor"], website: "https://a.example" });
  });

  it("the same change on both sides is no conflict", () => {
    const same = page(doc("One.", "Two, fixed.", "Three."));
    expect(mergePage(base, same, same).clean).toBe(true);
  });
});
