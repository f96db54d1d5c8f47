import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** An Auth.js OpenID Connect provider, spelled out so that lib needs nothing from next-auth. */
export type OidcProvider = {
  id: string;
  name: string;
  type: "oidc";
  issuer: string;
  clientId: string;
  clientSecret: string;
  profile: (profile: { sub: string; email?: string; name?: string }) => Promise<{ id: string; email: string; name: string }>;
};

/**
 * Optional single sign-on with any OpenID Connect provider, switched on by
 * AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET (AUTH_OIDC_NAME labels the button).
 * Only people who already have an account (same email) may sign in this way:
 * accounts and roles stay with the admins.
 */
export function oidcProviders(db: Db): OidcProvider[] {
  const { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_ID: clientId, AUTH_OIDC_SECRET: clientSecret } = process.env;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: process.env.AUTH_OIDC_NAME || "Single sign-on",
      type: "oidc",
      issuer,
      clientId,
      clientSecret,
      async profile(profile: { sub: string; email?: string; name?: string }) {
        const email = profile.email?.toLowerCase();
        const [user] = email ? await db.select().from(users).where(eq(users.email, email)) : [];
        if (!user || user.disabledAt) throw new Error("No Nexus Watch account for this email; ask an admin.");
        return { id: user.id, email: user.email, name: user.name };
      },
    },
  ];
}

export function oidcEnabled(): { name: string } | null {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET } = process.env;
  return AUTH_OIDC_ISSUER && AUTH_OIDC_ID && AUTH_OIDC_SECRET ? { name: process.env.AUTH_OIDC_NAME || "Single sign-on" } : null;
}
