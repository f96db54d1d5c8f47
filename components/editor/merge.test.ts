import { describe, expect, it } from "vitest";
import { conflictingParts, defaultChoices, merge } from "./merge";

const doc = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const base = { title: "Acme", aliases: [], fields: { country: "CN" }, body: doc("Old body") };

describe("carrying my changes onto the newest version", () => {
  it("keeps what I changed and takes what they changed", () => {
    const theirs = { ...base, title: "Acme Trading Ltd" };
    const mine = { ...base, body: doc("My new paragraph") };
    expect(conflictingParts(theirs, mine).sort()).toEqual(["body", "title"]);
    const choices = defaultChoices(base, theirs, mine);
    expect(choices).toMatchObject({ title: "theirs", body: "mine" });
    expect(merge(theirs, mine, choices)).toEqual({ ...base, title: "Acme Trading Ltd", body: doc("My new paragraph") });
  });

  it("treats empty inputs in my form as no value", () => {
    const mine = { ...base, fields: { country: "CN", website: "", roles: [] } };
    expect(conflictingParts(base, mine)).not.toContain("fields");
  });
});
