import type { Source, SourceRevision } from "@/db/schema";

/** The reviewable details of a source: everything but its URL (its identity) and bookkeeping. */
export type SourceDetails = Pick<
  Source,
  "title" | "publisher" | "author" | "publishedAt" | "accessedAt" | "archiveUrl" | "type" | "reliability"
>;

export function sourceDetails(s: Source | SourceRevision): SourceDetails {
  return {
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    publishedAt: s.publishedAt,
    accessedAt: s.accessedAt,
    archiveUrl: s.archiveUrl,
    type: s.type,
    reliability: s.reliability,
  };
}
