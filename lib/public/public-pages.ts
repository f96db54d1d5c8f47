import type { Db } from "@/db/client";
import { isSection } from "@/lib/entities/sections";
import { publicationGeneration, type PublicPages } from "@/lib/process-state.mjs";
import { publicCache } from "./public-cache";

/** An entity slug as the pages take it (the schema allows at most 120 characters). */
const SLUG = /^[a-z0-9-]{1,120}$/;
const SOURCE_ID = /^[0-9a-f-]{36}$/;

/**
 * The public pages whose rendered HTML the production server may keep (scripts/page-cache.mjs):
 * home, each section's list and page (the sections come from lib/entities/sections), and a source.
 */
export function isPublicPagePath(path: string): boolean {
  if (!path.startsWith("/")) return false;
  const [first = "", second, ...rest] = path.slice(1).split("/");
  if (rest.length > 0) return false;
  if (second === undefined) return first === "" || isSection(first);
  if (first === "sources") return SOURCE_ID.test(second);
  return isSection(first) && SLUG.test(second);
}

/**
 * What the server script needs from the app: which paths are public pages, and the publication
 * generation as of now — the public cache first applies what other instances published (at most
 * one database poll a second, shared by all callers), then the counter is read.
 */
export function publicPagesOf(database: () => Promise<Db>): PublicPages {
  return {
    isPublicPage: isPublicPagePath,
    freshGeneration: async () => {
      await publicCache(await database()).catchUp();
      return publicationGeneration();
    },
  };
}
