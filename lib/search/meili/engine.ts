import { Meilisearch, MeilisearchApiError, type Index, type MultiSearchQuery } from "meilisearch";
import type { Db } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { forEachIdBatch, subjectCounts } from "../batches";
import { rebuildStartMark, replayChangesSince } from "../changed-since";
import { loadDocuments } from "../documents/load";
import { affectedSubjects } from "../expand";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "../highlight";
import { parseQuery, type Clause } from "../query-text";
import { capTotal } from "../result-count";
import { SUBJECT_TYPES, type Facets, type ReindexProgress, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult, type SubjectRef } from "../types";
import { MEILI_SETTINGS, toMeiliDocument, type MeiliDocument } from "./documents";
import { enqueue, type DocumentSink } from "./outbox";

export type MeiliConfig = { host: string; apiKey?: string; indexUid?: string };

const TASK_TIMEOUT_MS = 30_000;

export type MeiliEngine = SearchEngine & {
  readonly name: "meilisearch";
  sink: DocumentSink;
  ensureIndex(): Promise<void>;
  documentCount(): Promise<number>;
};

export function isMeiliEngine(engine: SearchEngine): engine is MeiliEngine {
  return engine.name === "meilisearch" && "sink" in engine;
}

/** Meilisearch has no OR and no stemming config to share; phrases and -exclusions it does support. */
function meiliQuery(clauses: Clause[]): { q: string; hasOr: boolean } {
  const parts = clauses.flatMap((c) => {
    if (c.type === "or") return [];
    const text = c.phrase ? `"${c.text.replace(/"/g, " ")}"` : c.text;
    return [(c.negated ? "-" : "") + text];
  });
  return { q: parts.join(" "), hasOr: clauses.some((c) => c.type === "or") };
}

/** Filter values come from zod enums and country codes; quoted anyway. */
const quote = (v: string) => `"${v.replace(/["\\]/g, "")}"`;

function filters(query: SearchQuery, without?: keyof Facets): string[] {
  const f = [`scope = ${quote(query.view)}`];
  if (without !== "kind" && query.kinds.length) f.push(`kind IN [${query.kinds.map(quote).join(", ")}]`);
  if (without !== "country" && query.country) f.push(`countries = ${quote(query.country)}`);
  if (without !== "tier" && query.tier) f.push(`tiers = ${quote(query.tier)}`);
  return f;
}

const FACET_FIELD: Record<keyof Facets, string> = { kind: "kind", country: "countries", tier: "tiers" };

async function waitFor(task: ReturnType<Index["addDocuments"]>): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (done.status !== "succeeded") throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? "no details"}`);
}

export function createMeiliEngine(config: MeiliConfig): MeiliEngine {
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: 10_000 });
  const uid = config.indexUid ?? "nexus_search";
  const index = client.index<MeiliDocument>(uid);

  const sink: DocumentSink = {
    upsert: (docs) => waitFor(index.addDocuments(docs, { primaryKey: "id" })),
    remove: (ids) => waitFor(index.deleteDocuments(ids)),
  };

  async function ensureIndex(name = uid): Promise<void> {
    try {
      await waitFor(client.createIndex(name, { primaryKey: "id" }));
    } catch (err) {
      // Already there is fine; anything else is not.
      if (!(err instanceof Error && /already exists/i.test(err.message))) throw err;
    }
    await waitFor(client.index(name).updateSettings(MEILI_SETTINGS));
  }

  async function search(_db: Db, query: SearchQuery): Promise<SearchResult> {
    const { q, hasOr } = meiliQuery(parseQuery(query.q));
    // Without OR every word must match, as in PostgreSQL; with OR, as many as possible.
    const matchingStrategy = hasOr ? "last" : "all";
    const main: MultiSearchQuery = {
      indexUid: uid, q, matchingStrategy, filter: filters(query), limit: query.limit, offset: query.offset,
      attributesToRetrieve: ["type", "subjectId", "entityKind", "slug", "title", "subtitle"],
      attributesToCrop: ["snippet"], cropLength: 28, cropMarker: "…",
      attributesToHighlight: ["snippet"], highlightPreTag: HIGHLIGHT_START, highlightPostTag: HIGHLIGHT_END,
    };
    const facetQueries: MultiSearchQuery[] = (Object.keys(FACET_FIELD) as Array<keyof Facets>).map((facet) => ({
      indexUid: uid, q, matchingStrategy, filter: filters(query, facet), limit: 0, facets: [FACET_FIELD[facet]],
    }));
    const { results } = await client
      .multiSearch<{ queries: MultiSearchQuery[] }, MeiliDocument>({ queries: [main, ...facetQueries] })
      .catch((err: unknown) => {
        // Edits carry on through an outage (the outbox); a search has nothing to fall back on: 503.
        console.error("[nexus] Meilisearch search failed", err);
        throw new DomainError("unavailable", 503, "Search is unavailable right now. Try again shortly.");
      });
    const [hitsResult, ...facetResults] = results;
    const hits = (hitsResult?.hits ?? []).map(
      (h): SearchHit => ({
        type: h.type,
        id: h.subjectId,
        slug: h.slug,
        kind: h.entityKind as SearchHit["kind"],
        title: h.title,
        subtitle: h.subtitle,
        snippet: h._formatted?.snippet ?? "",
      }),
    );
    const facets: Facets = { kind: {}, country: {}, tier: {} };
    (Object.keys(FACET_FIELD) as Array<keyof Facets>).forEach((facet, i) => {
      Object.assign(facets[facet], facetResults[i]?.facetDistribution?.[FACET_FIELD[facet]] ?? {});
    });
    // Meilisearch estimates totals (and stops at maxTotalHits); past the cap, say "at least".
    return {
      hits,
      ...capTotal(hitsResult?.estimatedTotalHits ?? hitsResult?.totalHits ?? hits.length),
      facets,
      // Its facet distribution counts every candidate, not the first thousand.
      facetsRelation: "eq",
    };
  }

  /** Never calls Meilisearch: the rows go out with the change's commit, or not at all. */
  async function indexChanges(tx: Db, changed: SubjectRef[]): Promise<void> {
    if (changed.length === 0) return;
    await enqueue(tx, await affectedSubjects(tx, changed));
  }

  /** Builds a fresh index beside the live one and swaps them, so searches never see a half-built index. */
  async function reindexAll(db: Db, progress?: ReindexProgress): Promise<void> {
    const building = `${uid}_rebuild`;
    const since = await rebuildStartMark(db);
    await ensureIndex();
    await client.deleteIndexIfExists(building);
    await ensureIndex(building);
    const target = client.index<MeiliDocument>(building);
    const counts = await subjectCounts(db);
    const total = counts.entity + counts.claim + counts.source;
    let done = 0;
    progress?.(0, total);
    for (const type of SUBJECT_TYPES) {
      await forEachIdBatch(db, type, 500, async (ids) => {
        const docs = (await loadDocuments(db, type, ids)).map(toMeiliDocument);
        if (docs.length > 0) await waitFor(target.addDocuments(docs, { primaryKey: "id" }));
        done += ids.length;
        progress?.(Math.min(done, total), total);
      });
    }
    await waitFor(client.swapIndexes([{ indexes: [uid, building], rename: false }]));
    await waitFor(client.deleteIndex(building));
    // Edits the worker sent to the old index while this ran: send them again, to the new one.
    await replayChangesSince(db, since, indexChanges);
  }

  async function documentCount(): Promise<number> {
    try {
      return (await index.getStats()).numberOfDocuments;
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === "index_not_found") return 0;
      throw err;
    }
  }

  return { name: "meilisearch", search, indexChanges, reindexAll, sink, ensureIndex: () => ensureIndex(), documentCount };
}
