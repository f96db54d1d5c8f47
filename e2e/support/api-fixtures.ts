import { expect, type APIRequestContext } from "@playwright/test";
import type { Fixtures } from "../../test/security/authorization-table";

/** JSON of a 2xx answer, or a failed expectation naming the call and the answer. */
export async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  expect(response.status(), `${what}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(300);
  return (await response.json()) as T;
}

type Created = { id: string; slug: string; revision: { id: string } };

/** The authorization table's fixtures made through the JSON API, as the signed-in owner. */
export function apiFixtures(run: string): Fixtures<APIRequestContext> {
  let n = 0;
  const unique = () => `${run}-${++n}`;
  return {
    entity: async (owner) => {
      const entity = await ok<Created>(await owner.post("/api/v1/entities", { data: { kind: "firm", title: `Authz firm ${unique()}`, fields: { country: "CN" } } }), "create entity");
      return { slug: entity.slug, revisionId: entity.revision.id };
    },
    claim: async (owner, slug) => {
      const claim = await ok<Created>(await owner.post(`/api/v1/entities/${slug}/claims`, {
        data: { statement: `Statement ${unique()}`, confidence: "alleged", citations: [{ source: { url: `https://authz-e2e.example.org/${unique()}`, title: "A story" }, quote: "quoted words", locator: "p. 2" }] },
      }), "create claim");
      return { id: claim.id, revisionId: claim.revision.id };
    },
    source: async (owner, input) => ({ id: (await ok<{ id: string }>(await owner.post("/api/v1/sources", { data: input }), "create source")).id }),
    proposeSourceChange: async (owner, sourceId, body) =>
      ({ id: (await ok<{ id: string }>(await owner.post(`/api/v1/sources/${sourceId}/revisions`, { data: body }), "propose a source change")).id }),
    submit: async (owner, id) => void (await ok(await owner.post(`/api/v1/revisions/${id}/submit`, { data: {} }), "submit")),
    approve: async (reviewer, id) => void (await ok(await reviewer.post(`/api/v1/revisions/${id}/approve`, { data: {} }), "approve")),
  };
}
