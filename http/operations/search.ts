import { searchInput } from "@/lib/search/schema";
import * as out from "@/http/openapi/response-schemas";
import type { Operation } from "@/http/operation";

/** Full-text search over entities, claims and sources. */
export const searchOperations = {
  search: {
    method: "get", path: "/search", access: "anyone", tag: "Search", summary: "Search entities, claims and sources",
    description:
      "Web-search syntax in `q` (\"a phrase\", OR, -excluded); accents do not matter; Cyrillic names are also found by their Latin " +
      "spelling and the other way round; Chinese by any two consecutive characters; names with a small misspelling still match. " +
      "Snippets mark matched words with U+E000 before and U+E001 after them. Facets count matches per kind, country and CHPL tier, " +
      "each under the other two filters. scope=workspace includes drafts and pending work for members; a signed-out caller always " +
      "gets the published scope, and `scope` in the answer says which was searched.",
    query: searchInput,
    ok: [{ status: 200, description: "A page of hits, the total and the facets.", schema: out.searchResponse }],
    errors: [400],
  },
} satisfies Record<string, Operation>;
