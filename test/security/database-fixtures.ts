import type { Db } from "@/db/client";
import type { Actor } from "@/lib/context";
import { transitionRevision } from "@/lib/review/transition";
import { createSource } from "@/lib/sources/create-source";
import { createSourceRevision } from "@/lib/sources/create-source-revision";
import { ctxFor, makeClaim, makeEntity } from "@/test/factories";
import type { Fixtures } from "./authorization-table";

/**
 * The in-process runners' fixtures (the authorization and server-action matrices): the domain
 * functions, straight on the database that `db()` gives once the test file's database is open.
 */
export function databaseFixtures(db: () => Db): Fixtures<Actor> {
  return {
    entity: async (owner) => {
      const entity = await makeEntity(db(), owner);
      return { slug: entity.slug, revisionId: entity.revision.id };
    },
    claim: async (owner, slug) => {
      const claim = await makeClaim(db(), owner, slug);
      return { id: claim.id, revisionId: claim.revision.id };
    },
    source: async (owner, input) => ({ id: (await createSource(ctxFor(db(), owner), input)).source.id }),
    proposeSourceChange: async (owner, sourceId, body) => ({ id: (await createSourceRevision(ctxFor(db(), owner), sourceId, body)).id }),
    submit: async (owner, id) => void (await transitionRevision(ctxFor(db(), owner), id, "submit")),
    approve: async (reviewer, id) => void (await transitionRevision(ctxFor(db(), reviewer), id, "approve")),
  };
}
