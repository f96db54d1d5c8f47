import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { DomainError } from "@/lib/errors";

export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number, what = "attempts") {
    super("rate_limited", 429, `Too many ${what}. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, { retryAfterSeconds });
  }
}

export type Limit = { max: number; windowSeconds: number };

/** Sign-in failures allowed per account and per address in a window. */
export const SIGN_IN_LIMITS = {
  account: { max: 10, windowSeconds: 15 * 60 },
  address: { max: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

/**
 * Counts one hit on a key in a fixed window, in the database so that every app
 * instance shares the count. Returns the hits so far and when the window ends.
 */
export async function hit(db: Db, key: string, limit: Limit): Promise<{ hits: number; retryAfterSeconds: number }> {
  const window = `${limit.windowSeconds} seconds`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${rateLimits.windowStart} < now() - ${window}::interval then 1 else ${rateLimits.hits} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} < now() - ${window}::interval then now() else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ hits: rateLimits.hits, retryAfter: sql<number>`extract(epoch from (${rateLimits.windowStart} + ${window}::interval - now()))` });
  return { hits: row!.hits, retryAfterSeconds: Math.max(1, Math.ceil(Number(row!.retryAfter))) };
}

/** Throws RateLimited when the key has already used up its window, without counting a hit. */
export async function check(db: Db, key: string, limit: Limit): Promise<void> {
  const [row] = await db
    .select({
      hits: rateLimits.hits,
      retryAfter: sql<number>`extract(epoch from (${rateLimits.windowStart} + ${`${limit.windowSeconds} seconds`}::interval - now()))`,
    })
    .from(rateLimits)
    .where(eq(rateLimits.key, key));
  if (row && Number(row.retryAfter) > 0 && row.hits >= limit.max) throw new RateLimited(Math.ceil(Number(row.retryAfter)), "sign-in attempts");
}

/** Clears a key, e.g. an account's failures after a successful sign-in. */
export async function reset(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
