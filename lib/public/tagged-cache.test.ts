import { describe, expect, it } from "vitest";
import { TaggedCache } from "./tagged-cache";

const loader = (value: string, tags: string[]) => {
  let calls = 0;
  const load = async () => {
    calls += 1;
    return { value: `${value}#${calls}`, tags };
  };
  return { load, calls: () => calls };
};

describe("the tagged cache", () => {
  it("serves a second read from memory", async () => {
    const cache = new TaggedCache();
    const a = loader("a", ["entity:1"]);
    expect(await cache.read("a", a.load)).toBe("a#1");
    expect(await cache.read("a", a.load)).toBe("a#1");
    expect(a.calls()).toBe(1);
  });

  it("drops exactly the entries carrying an invalidated tag", async () => {
    const cache = new TaggedCache();
    const one = loader("one", ["entity:1", "index:home"]);
    const two = loader("two", ["entity:2"]);
    await cache.read("one", one.load);
    await cache.read("two", two.load);
    expect(cache.invalidate(["entity:1"])).toBe(1);
    expect(await cache.read("one", one.load)).toBe("one#2");
    expect(await cache.read("two", two.load)).toBe("two#1");
  });

  it("does not keep a value loaded while one of its tags was invalidated", async () => {
    const cache = new TaggedCache();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow = async () => {
      calls += 1;
      if (calls === 1) await gate;
      return { value: `v${calls}`, tags: ["entity:1"] };
    };
    const first = cache.read("k", slow);
    cache.invalidate(["entity:1"]); // a publication lands while the old data is being read
    release();
    expect(await first).toBe("v1");
    expect(await cache.read("k", slow)).toBe("v2");
  });

  it("shares one load between concurrent readers", async () => {
    const cache = new TaggedCache();
    const a = loader("a", []);
    const [x, y] = await Promise.all([cache.read("a", a.load), cache.read("a", a.load)]);
    expect([x, y]).toEqual(["a#1", "a#1"]);
    expect(a.calls()).toBe(1);
  });

  it("keeps nothing for a load that says so, nor for one that fails", async () => {
    const cache = new TaggedCache();
    let calls = 0;
    const miss = async () => ({ value: ++calls, tags: null });
    await cache.read("miss", miss);
    await cache.read("miss", miss);
    expect(calls).toBe(2);
    await expect(cache.read("boom", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(cache.size).toBe(0);
  });

  it("evicts the least recently read entry when full, and reloads entries past their age", async () => {
    let now = 0;
    const cache = new TaggedCache({ maxEntries: 2, maxAgeMs: 1_000, now: () => now });
    const a = loader("a", []), b = loader("b", []), c = loader("c", []);
    await cache.read("a", a.load);
    await cache.read("b", b.load);
    await cache.read("a", a.load); // a is now the most recent
    await cache.read("c", c.load); // evicts b
    await cache.read("b", b.load);
    expect(b.calls()).toBe(2);
    now = 5_000;
    await cache.read("b", b.load);
    expect(b.calls()).toBe(3);
  });
});
