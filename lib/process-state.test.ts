import { describe, expect, it } from "vitest";
import * as first from "./process-state.mjs";

describe("process-wide state", () => {
  it("is shared by every copy of the module, as Next's bundles and the server script each load their own", async () => {
    // A query string makes Vite load a second, separate instance of the module.
    const copy: string = "./process-state.mjs?second-copy";
    const second = (await import(/* @vite-ignore */ copy)) as typeof first;
    expect(second).not.toBe(first);
    const before = first.publicationGeneration();
    second.bumpPublicationGeneration();
    expect(first.publicationGeneration()).toBe(before + 1);

    const pages = { isPublicPage: (path: string) => path === "/", freshGeneration: async () => 7 };
    first.registerPublicPages(pages);
    expect(second.publicPages()).toBe(pages);
    first.writeSlot("publicPages", undefined);
    expect(second.publicPages()).toBeUndefined();
  });

  it("creates a slot's value once, and refuses a slot it does not know", () => {
    let made = 0;
    const make = () => {
      made += 1;
      return new WeakMap();
    };
    const a = first.slotOrInit("publicCaches", make);
    expect(first.slotOrInit("publicCaches", make)).toBe(a);
    expect(made).toBeLessThanOrEqual(1);
    expect(() => first.readSlot("nonsense" as first.SlotName)).toThrow(/unknown process slot/);
  });
});
