import type { sources, users } from "@/db/schema";
import { RELIABILITY_GRADES, SOURCE_TYPES } from "@/lib/sources/schema";
import { idOf, rng, subSeed } from "./prng";
import type { People } from "./plan-entities";
import { CORPUS_EPOCH } from "./plan-entities";
import { cap, GOODS, PLACES, word } from "./vocabulary";

const AUTHORS = 12;
const REVIEWERS = 4;

/** Contributors and reviewers are different accounts, so no one ever reviews their own work. */
export function planPeople(seed: number): { people: People; rows: Array<typeof users.$inferInsert> } {
  const rows: Array<typeof users.$inferInsert> = [];
  for (let i = 0; i < AUTHORS + REVIEWERS; i++) {
    const reviewer = i >= AUTHORS;
    const n = reviewer ? i - AUTHORS + 1 : i + 1;
    rows.push({
      id: idOf(seed, "user", i),
      email: `bench-${reviewer ? "reviewer" : "author"}-${n}@bench.example`,
      name: `Bench ${reviewer ? "Reviewer" : "Author"} ${n}`,
      role: reviewer ? "reviewer" : "contributor",
      passwordHash: null,
      createdAt: new Date(CORPUS_EPOCH),
      disabledAt: null,
    });
  }
  return {
    rows,
    people: { authors: rows.slice(0, AUTHORS).map((u) => u.id!), reviewers: rows.slice(AUTHORS).map((u) => u.id!) },
  };
}

/** Source number `index`. */
export function planSource(seed: number, index: number, people: People): typeof sources.$inferInsert {
  const r = rng(subSeed(seed, "source", index));
  const url = `https://bench.example.org/reports/${index}-${word(r)}`;
  return {
    id: idOf(seed, "source", index),
    url,
    normalizedUrl: url,
    title: `${cap(r.pick(GOODS))} via ${r.pick(PLACES)}: ${cap(word(r))} report ${index}`,
    publisher: `${cap(word(r))} Observatory`,
    author: r.chance(0.5) ? `${cap(word(r, 2))} ${cap(word(r))}` : null,
    publishedAt: `${2020 + r.int(5)}-0${1 + r.int(9)}-1${r.int(10)}`,
    accessedAt: "2024-12-01",
    archiveUrl: r.chance(0.4) ? `https://web.archive.org/web/2024/${url}` : null,
    type: r.pick(SOURCE_TYPES),
    reliability: r.pick(RELIABILITY_GRADES),
    createdBy: r.pick(people.authors),
    createdAt: new Date(CORPUS_EPOCH + r.int(300) * 86_400_000),
  };
}
