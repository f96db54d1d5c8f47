import { handlers } from "@/auth";
import { getDatabase } from "@/server/database";
import { assertSignInAllowed } from "@/lib/auth/sign-in";
import { RateLimited } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/http/client-address";
import { errorResponse } from "@/http/errors";

export const GET = handlers.GET;

/** Credential posts are refused with 429 once the account or address has too many recent failures. */
export async function POST(request: Request) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    try {
      const { db } = await getDatabase();
      await assertSignInAllowed(db, typeof email === "string" ? email : null, clientAddress(request.headers));
    } catch (err) {
      if (err instanceof RateLimited) return errorResponse(err);
      throw err;
    }
  }
  return handlers.POST(request as Parameters<typeof handlers.POST>[0]);
}
