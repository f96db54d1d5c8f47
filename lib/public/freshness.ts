import { getDatabase } from "@/db/runtime";
import { publicationGeneration } from "./generation";
import { publicCache } from "./public-cache";

const KEY = Symbol.for("nexus-watch.public-freshness");

/**
 * Lets the production server ask, before it serves a cached page, for the publication
 * generation as of now: the public cache first applies what other instances published
 * (at most one database poll a second, shared by all callers), then the counter is read.
 */
export function registerPublicFreshness(): void {
  (globalThis as { [KEY]?: () => Promise<number> })[KEY] = async () => {
    const { db } = await getDatabase();
    await publicCache(db).catchUp();
    return publicationGeneration();
  };
}
