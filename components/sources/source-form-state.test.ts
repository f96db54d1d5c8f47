import { describe, expect, it } from "vitest";
import { changedSinceLoad, conflictingKeys, formValues, mergeSourceValues, revisionInput } from "./source-form-state";

const base = formValues({ title: "Report", publisher: "Agency", author: null, publishedAt: "2023-01-02", accessedAt: null, archiveUrl: null, type: "government", reliability: "C" });

describe("the source edit form's state", () => {
  it("sends emptied optional details as null so they are cleared, and trims", () => {
    expect(revisionInput({ ...base, publisher: "  ", title: " Report 2 " }, null, "")).toEqual({
      baseRevisionId: null, title: "Report 2", publisher: null, author: null, publishedAt: "2023-01-02", accessedAt: null,
      archiveUrl: null, type: "government", reliability: "C",
    });
  });

  it("carries what I changed onto the newest version and takes theirs for the rest", () => {
    const theirs = { ...base, publisher: "Ministry", reliability: "B" as const };
    const mine = { ...base, title: "Report (full title)" };
    expect(conflictingKeys(theirs, mine).sort()).toEqual(["publisher", "reliability", "title"]);
    const merged = mergeSourceValues(theirs, mine, changedSinceLoad(base, mine));
    expect(merged).toMatchObject({ title: "Report (full title)", publisher: "Ministry", reliability: "B" });
  });
});
