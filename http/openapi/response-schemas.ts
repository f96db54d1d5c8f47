import { z } from "zod";
import { revisionStatusEnum } from "@/db/schema";
import type { AuditRowView } from "@/lib/audit/queries";
import type { RetractResult } from "@/lib/claims/retract-claim";
import type { ClaimView } from "@/lib/claims/queries";
import { CONFIDENCES, PREDICATES, claimValue, period } from "@/lib/claims/schema";
import { ENTITY_KINDS } from "@/lib/entities/fields";
import type { EntitySummary, EntityView, listEntityRevisions } from "@/lib/entities/queries";
import { alias } from "@/lib/entities/schema";
import type { ErrorCode } from "@/lib/errors";
import type { RevisionView } from "@/lib/review/present-revision";
import type { QueueItem } from "@/lib/review/queue";
import type { RevisionDetail } from "@/lib/review/revision-detail";
import type { listSourceRevisions } from "@/lib/sources/source-revisions";
import type { TransitionResult } from "@/lib/review/transition";
import type { presentSourceWithClaims, SourceView } from "@/lib/sources/present-source";
import { RELIABILITY_GRADES, SOURCE_TYPES } from "@/lib/sources/schema";
import { CHPL_TIERS } from "@/lib/reference/chpl";
import type { SearchResponse } from "@/lib/search/search";
import { RESULT_KINDS, SUBJECT_TYPES } from "@/lib/search/types";

/**
 * What the API answers, as zod schemas: they feed the OpenAPI document, and the
 * compile-time checks at the bottom fail the type check when a lib result type
 * drifts from the schema that documents it.
 */

const id = z.uuid();
const timestamp = z.iso.datetime();
const status = z.enum(revisionStatusEnum.enumValues);
const kind = z.enum(ENTITY_KINDS);

const ERROR_CODES = [
  "invalid_input", "unauthorized", "forbidden", "not_found", "conflict",
  "invalid_transition", "too_large", "rate_limited", "unavailable", "internal",
] as const satisfies ReadonlyArray<ErrorCode | "internal">;

export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export const revisionRef = z.object({ id, number: z.int(), status });

export const entityRef = z.object({ id, slug: z.string(), kind, title: z.string() });

export const sourceSummary = z.object({
  id,
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.iso.date().nullable(),
  accessedAt: z.iso.date().nullable(),
  archiveUrl: z.string().nullable(),
  type: z.enum(SOURCE_TYPES),
  reliability: z.enum(RELIABILITY_GRADES),
});

export const sourceView = sourceSummary.extend({ createdAt: timestamp });

export const citationView = z.object({ source: sourceSummary, quote: z.string().nullable(), locator: z.string().nullable() });

export const claimView = z.object({
  id,
  subjectId: id,
  statement: z.string(),
  predicate: z.enum(PREDICATES).nullable(),
  object: entityRef.nullable(),
  period: period.nullable(),
  value: claimValue.nullable(),
  confidence: z.enum(CONFIDENCES),
  publishedRevisionId: id.nullable(),
  latestRevisionId: id.nullable(),
  publishedAt: timestamp.nullable(),
  revision: revisionRef.extend({ createdAt: timestamp }),
  citations: z.array(citationView),
});

export const entityView = z.object({
  id,
  slug: z.string(),
  kind,
  title: z.string(),
  aliases: z.array(alias),
  fields: z.record(z.string(), z.unknown()),
  body: z.object({ type: z.literal("doc"), content: z.array(z.unknown()) }).nullable(),
  publishedRevisionId: id.nullable(),
  latestRevisionId: id.nullable(),
  publishedAt: timestamp.nullable(),
  revision: revisionRef.extend({ createdAt: timestamp, summary: z.string() }),
  claims: z.array(claimView),
});

export const entitySummary = z.object({
  id,
  slug: z.string(),
  kind,
  title: z.string(),
  aliases: z.array(alias),
  country: z.string().nullable(),
  publishedAt: timestamp.nullable(),
  revision: revisionRef,
});

export const entityPage = z.object({ items: z.array(entitySummary), nextCursor: z.string().nullable() });

export const revisionView = z.object({
  id,
  number: z.int(),
  status,
  baseRevisionId: id.nullable(),
  authorId: id,
  createdAt: timestamp,
  summary: z.string(),
});

/** A snapshot of the shared draft: every contributor is an author. */
export const submittedDraft = revisionView.extend({ authors: z.array(id) });

const participant = z.object({ id, name: z.string(), color: z.string(), readOnly: z.boolean() });
export const draftView = z.object({
  entityId: id,
  slug: z.string(),
  title: z.string(),
  aliases: z.array(z.object({ name: z.string(), lang: z.string().optional() })),
  facts: z.record(z.string(), z.unknown()),
  fields: z.record(z.string(), z.unknown()),
  body: z.unknown().nullable(),
  baseRevisionId: id.nullable(),
  updatedAt: timestamp.nullable(),
  connected: z.array(participant),
});

export const revisionWithAuthor = revisionView.extend({ authorName: z.string() });
/** A revision in an entity's history: with its author's name and the title it gave the page. */
export const revisionListItem = revisionWithAuthor.extend({ title: z.string() });

/** What a revision changes: a page, a claim, or a source's details. */
const revisionType = z.enum(["entity", "claim", "source"]);
/** The source a source revision proposes to change. */
const sourceRef = z.object({ id, title: z.string(), url: z.string() });

/** entityId is null for source revisions. */
export const transitionResult = z.object({ id, type: revisionType, status, entityId: id.nullable() });

export const retractResult = transitionResult.extend({ claimId: id });

export const sourceWithClaims = sourceView.extend({
  claims: z.array(claimView.extend({ subject: entityRef.nullable() })),
});

export const queueItem = z.object({
  id,
  type: revisionType,
  number: z.int(),
  status: z.literal("pending"),
  authorId: id,
  authorName: z.string(),
  summary: z.string(),
  submittedAt: timestamp,
  /** The page (or the claim's page); null for source revisions. */
  entity: entityRef.nullable(),
  /** The source, for source revisions. */
  source: sourceRef.nullable(),
  statement: z.string().nullable(),
  canReview: z.boolean(),
});

export const auditRow = z.object({
  id: z.int(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: id,
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  entity: entityRef.nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
});

export const revisionDetail = z.object({
  type: revisionType,
  revision: revisionWithAuthor,
  entity: entityRef.nullable(),
  source: sourceRef.nullable(),
  claimId: id.nullable(),
  comparedTo: revisionView.nullable(),
  changes: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      before: z.string(),
      after: z.string(),
      parts: z.array(z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() })),
    }),
  ),
  citations: z.array(citationView),
  events: z.array(
    z.object({
      id: z.int(),
      action: z.string(),
      fromStatus: z.string(),
      toStatus: z.string(),
      actorId: id,
      actorName: z.string(),
      comment: z.string().nullable(),
      createdAt: timestamp,
    }),
  ),
  allowed: z.record(z.string(), z.boolean()),
  isLatest: z.boolean(),
});

export const revisionList = z.array(revisionListItem);
export const reviewQueue = z.array(queueItem);
export const auditLog = z.array(auditRow);

// Compile-time drift guards: each line fails `tsc` if the lib type no longer fits its schema.
type Fits<T, S extends z.ZodType> = [T] extends [z.output<S>] ? true : false;
type MissingErrorCode = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
export const responseSchemasFit: [
  Fits<EntityView, typeof entityView>,
  Fits<EntitySummary, typeof entitySummary>,
  Fits<ClaimView, typeof claimView>,
  Fits<RevisionView, typeof revisionView>,
  Fits<Awaited<ReturnType<typeof listEntityRevisions>>, typeof revisionList>,
  Fits<Awaited<ReturnType<typeof listSourceRevisions>>, typeof revisionList>,
  Fits<SourceView, typeof sourceView>,
  Fits<ReturnType<typeof presentSourceWithClaims>, typeof sourceWithClaims>,
  Fits<TransitionResult, typeof transitionResult>,
  Fits<RetractResult, typeof retractResult>,
  Fits<QueueItem, typeof queueItem>,
  Fits<AuditRowView, typeof auditRow>,
  Fits<RevisionDetail, typeof revisionDetail>,
  [MissingErrorCode] extends [never] ? true : false,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];

// Search (lib/search/search.ts), checked against its result type like the schemas above.
export const searchHit = z.object({
  type: z.enum(SUBJECT_TYPES),
  id,
  slug: z.string().nullable(),
  kind: kind.nullable(),
  title: z.string(),
  subtitle: z.string().nullable(),
  snippet: z.string(),
});

const relation = z.enum(["eq", "gte"]);

export const searchResponse = z.object({
  hits: z.array(searchHit),
  /** Matches, counted up to 1,000. */
  total: z.int(),
  /** "eq": total is exact; "gte": there are at least that many (counting stopped at 1,000). */
  totalRelation: relation,
  facets: z.object({
    kind: z.partialRecord(z.enum(RESULT_KINDS), z.int()),
    country: z.record(z.string(), z.int()),
    tier: z.partialRecord(z.enum(CHPL_TIERS), z.int()),
  }),
  /** "gte" when the facets were counted over the first 1,000 matches only. */
  facetsRelation: relation,
  scope: z.enum(["published", "workspace"]),
  /** While the search index is being built: subjects done of total. Results may be incomplete. */
  indexing: z.object({ done: z.int(), total: z.int() }).nullable(),
});

export const searchResponseFits: Fits<SearchResponse, typeof searchResponse> = true;
