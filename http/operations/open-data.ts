import { graphFilters } from "@/lib/graph/schema";
import { graphData } from "@/http/openapi/public-response-schemas";
import type { Operation } from "@/http/operation";

/** The public edition's open data: the relationship graph and the two streamed downloads. Published data only, whoever asks. */
export const openDataOperations = {
  graph: {
    method: "get", path: "/graph", access: "anyone", tag: "Open data", summary: "The published relationship graph",
    description:
      "Published entities as nodes and published claims naming a published object entity as edges (claims with the same subject, " +
      "predicate and object merged, with their count and firmest confidence). Always the published graph, whoever asks.",
    query: graphFilters,
    ok: [{ status: 200, description: "Nodes and edges.", schema: graphData }],
    errors: [400],
  },
  ftm: {
    method: "get", path: "/export/entities.ftm.json", access: "anyone", tag: "Open data", summary: "Published data as FollowTheMoney JSON lines",
    description:
      "Streamed, one FtM entity per line: {id, schema, properties (every value a list of strings), provenance}. Company, Sanction, " +
      "Ownership, EconomicActivity, UnknownLink and Note; every reference points at an id in the file. Published data only, whoever asks.",
    ok: [{ status: 200, description: "application/x-ndjson, as a download.", contentType: "application/x-ndjson" }],
    errors: [],
  },
  csv: {
    method: "get", path: "/export/claims.csv", access: "anyone", tag: "Open data", summary: "Published claims with their citations as CSV",
    description: "Streamed RFC 4180 CSV with a header row, one row per citation of each published claim. Published data only, whoever asks.",
    ok: [{ status: 200, description: "text/csv, as a download.", contentType: "text/csv" }],
    errors: [],
  },
} satisfies Record<string, Operation>;
