import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDatabase } from "@/server/database";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { oidcProviders } from "@/lib/auth/oidc";
import { RateLimited } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/http/client-address";

class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

/**
 * Auth.js v5: email + password (Credentials, so JWT sessions), plus optional
 * OIDC when configured by environment. The session carries only the user id;
 * the role is read from the database on every request (http/caller.ts, app/_server/actor.ts).
 * Lazy config, so the secret set at boot (server/boot.ts) is read per request.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async (): Promise<NextAuthConfig> => {
  const { db } = await getDatabase();
  return {
    secret: process.env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin" },
    // A wrong password is an answer, not a server error: keep it out of the error log.
    logger: {
      error(error) {
        if (error.name !== "CredentialsSignin" && error.name !== "TooManyAttempts") console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          try {
            const user = await verifyCredentials(db, credentials, clientAddress(request.headers));
            return user ? { id: user.id, email: user.email, name: user.name } : null;
          } catch (err) {
            if (err instanceof RateLimited) throw new TooManyAttempts();
            throw err;
          }
        },
      }),
      ...oidcProviders(db),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
});
