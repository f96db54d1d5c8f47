import { auth } from "@/auth";
import type { Db } from "@/db/client";
import { actorForToken, actorForUserId } from "@/lib/auth/tokens";
import type { Actor } from "@/lib/context";
import { Forbidden, Unauthorized } from "@/lib/errors";

const SESSION_COOKIE = /(^|;\s*)(__Secure-)?authjs\.session-token(\.\d+)?=/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who is calling: a bearer token, else the session cookie, else nobody. The role
 * always comes from the database, so a demotion or a disabled account counts at once.
 * A state-changing request made with the session cookie from another origin is refused.
 */
export async function actorFromRequest(db: Db, request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new Unauthorized("Use Authorization: Bearer <personal API token>.");
    return actorForToken(db, match[1]!);
  }
  if (!SESSION_COOKIE.test(request.headers.get("cookie") ?? "")) return null;
  if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  const session = await auth();
  return session?.user?.id ? actorForUserId(db, session.user.id) : null;
}

function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (new URL(origin).host !== host) throw new Forbidden("Cross-origin requests with a session cookie are refused.");
}
