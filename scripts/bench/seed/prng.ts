import { createHash } from "node:crypto";

/**
 * mulberry32: a tiny, fast, well-known 32-bit PRNG. Good enough to pick words and shapes;
 * what matters here is that the same seed gives the same corpus on every machine.
 */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => next() < p;
  const u32 = () => Math.floor(next() * 4294967296) >>> 0;
  return { next, int, pick, chance, u32 };
}

export type Rng = ReturnType<typeof rng>;

/** Mixes a seed with a stream name and an index, so every subject gets its own stream. */
export function subSeed(seed: number, stream: string, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}

/**
 * Ids are hashed from (seed, stream, index, n) rather than drawn from a mulberry32 stream:
 * 32-bit streams seeded per subject overlap once there are tens of thousands of them,
 * which repeats content harmlessly but would repeat ids. SHA-1 makes ids as good as random
 * and still the same on every run.
 */
function uuidOf(key: string): string {
  const h = createHash("sha1").update(key).digest("hex");
  const variant = "89ab"[parseInt(h[16]!, 16) & 3];
  const s = `${h.slice(0, 12)}4${h.slice(13, 16)}${variant}${h.slice(17, 32)}`;
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The id of the n-th subject of a stream, computable from anywhere (claims name their objects by index). */
export function idOf(seed: number, stream: string, index: number): string {
  return uuidOf(`${seed}:${stream}:${index}`);
}

/** A sequence of ids belonging to one subject (its revisions, claims, citations). */
export function idSequence(seed: number, stream: string, index: number): () => string {
  let n = 0;
  return () => uuidOf(`${seed}:${stream}:${index}:${n++}`);
}
