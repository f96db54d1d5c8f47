import type { citations, claimRevisions, claims } from "@/db/schema";
import { CONFIDENCES, PREDICATES } from "@/lib/claims/schema";
import { claimStory, planHistory, type History } from "./history";
import { idOf, idSequence, rng, subSeed } from "./prng";
import type { People, PlannedEntity } from "./plan-entities";
import { SHOWCASE_CLAIMS, SHOWCASE_EVERY } from "./scales";
import { cap, FILLER, GOODS, PLACES, VERBS, word } from "./vocabulary";

export type PlannedClaim = {
  row: typeof claims.$inferInsert;
  revisions: Array<typeof claimRevisions.$inferInsert>;
  citations: Array<typeof citations.$inferInsert>;
  history: History;
};

type Sizes = { entities: number; claimsPerEntity: number; sources: number };

const DAY = 86_400_000;

/** How many claims entity `index` has: the showcase pages exactly 20, the others 1 … 2·mean−1. */
export function claimCount(seed: number, index: number, sizes: Sizes): number {
  if (index % SHOWCASE_EVERY === 0) return SHOWCASE_CLAIMS;
  return 1 + rng(subSeed(seed, "claim-count", index)).int(2 * sizes.claimsPerEntity - 1);
}

/** The claims about one entity, with revisions, citations and review history. Pure. */
export function planClaims(seed: number, entity: PlannedEntity, sizes: Sizes, people: People): PlannedClaim[] {
  const r = rng(subSeed(seed, "claims", entity.index));
  const count = claimCount(seed, entity.index, sizes);
  const subjectName = entity.title.split(" ")[0]!;
  const nextId = idSequence(seed, "claims-of", entity.index);
  const out: PlannedClaim[] = [];
  for (let n = 0; n < count; n++) {
    const id = nextId();
    let objectIndex = r.chance(0.6) ? r.int(sizes.entities) : -1;
    if (objectIndex === entity.index) objectIndex = -1;
    const story = entity.showcase ? (r.chance(0.8) ? "approved" : "approved_twice") : claimStory(r);
    const author = r.pick(people.authors);
    const start = new Date((entity.history.revisions[0]!.createdAt as Date).getTime() + DAY + r.int(200) * DAY);
    const history = planHistory(r, nextId, "claim", id, entity.id, story, start, { author, reviewer: r.pick(people.reviewers) });
    const goods = r.pick(GOODS);
    const place = r.pick(PLACES);
    const year = 2019 + r.int(6);
    const predicate = objectIndex >= 0 ? r.pick(PREDICATES) : r.chance(0.3) ? "deals_in" : null;
    const base = {
      predicate,
      objectEntityId: objectIndex >= 0 ? idOf(seed, "entity", objectIndex) : null,
      period: r.chance(0.5) ? { start: { date: `${year}-0${1 + r.int(9)}-01`, precision: "month" as const } } : null,
      value: r.chance(0.3) ? { amount: 1000 * (1 + r.int(5000)), currency: "USD" } : null,
      confidence: r.pick(CONFIDENCES),
    };
    const statementFor = (number: number) =>
      `${subjectName} ${r.pick(VERBS)} ${1 + r.int(900)} ${goods} to ${place} in ${year}, ${r.pick(FILLER)} ${word(r)} ${r.pick(FILLER)}` +
      (number > 1 ? ` (${cap(r.pick(FILLER))} corrected).` : ".");
    const revisions = history.revisions.map((rev) => ({
      ...rev, claimId: id, summary: rev.number === 1 ? "Created" : "Corrected the quantity", statement: statementFor(rev.number), ...base,
    }));
    const cites = revisions.flatMap((rev) =>
      Array.from({ length: 1 + r.int(3) }, (_, position) => ({
        id: nextId(),
        claimRevisionId: rev.id,
        sourceId: idOf(seed, "source", r.int(sizes.sources)),
        position: position + 1,
        quote: `${cap(r.pick(FILLER))} ${goods} ${r.pick(FILLER)} ${place}`,
        locator: `p. ${1 + r.int(80)}`,
      })),
    );
    const row = {
      id, subjectEntityId: entity.id, createdBy: author, createdAt: history.revisions[0]!.createdAt,
      publishedRevisionId: null, latestRevisionId: null, publishedAt: null,
    };
    out.push({ row, revisions, citations: cites, history });
  }
  return out;
}
