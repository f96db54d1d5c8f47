import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword, verifyPassword } from "./password";

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword("no such account"));
import { check, hit, reset, SIGN_IN_LIMITS } from "./rate-limit";

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

const accountKey = (email: string) => `sign-in:account:${email}`;
const addressKey = (address: string) => `sign-in:address:${address}`;

/** Throws RateLimited (429) when the account or the address has too many recent failures. */
export async function assertSignInAllowed(db: Db, email: string | null, address: string): Promise<void> {
  await check(db, addressKey(address), SIGN_IN_LIMITS.address);
  if (email) await check(db, accountKey(email.trim().toLowerCase()), SIGN_IN_LIMITS.account);
}

/**
 * Checks an email and password. Failures count against the account and the
 * address; a success clears the account's count. Returns the user or null.
 */
export async function verifyCredentials(db: Db, raw: unknown, address: string): Promise<User | null> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertSignInAllowed(db, email, address);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  // Compare against a dummy hash when there is no such user, so timing does not reveal accounts.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok || user.disabledAt) {
    await hit(db, accountKey(email), SIGN_IN_LIMITS.account);
    await hit(db, addressKey(address), SIGN_IN_LIMITS.address);
    return null;
  }
  await reset(db, accountKey(email));
  await writeAudit(db, { actorId: user.id, action: "user.sign_in", subjectType: "user", subjectId: user.id, details: { address } });
  return user;
}
