import { z } from "zod";
import { TOKEN_SCOPES } from "@/lib/context";

export const ROLES = ["contributor", "reviewer", "admin"] as const;

export const createUserInput = z
  .object({
    /** Sign-in email, stored lower-case. */
    email: z.string().trim().toLowerCase().email().max(320),
    /** Display name. */
    name: z.string().trim().min(1).max(200),
    /** contributor, reviewer or admin. */
    role: z.enum(ROLES),
    /** At least 10 characters. */
    password: z.string().min(10, "must be at least 10 characters").max(1000),
  })
  .strict();

export const setRoleInput = z.object({ email: z.string().trim().toLowerCase().email(), role: z.enum(ROLES) }).strict();

const DURATION = /^(\d{1,5})([mhdw])$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** A new token's limits as the admin CLI takes them: `--scopes read,write` and `--expires 30d` (m, h, d, w). */
export const tokenLimitsInput = z
  .object({
    /** Comma-separated: read, write, review, admin. Omitted: all the owner's role allows. */
    scopes: z
      .string()
      .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(z.enum(TOKEN_SCOPES, { message: "scopes are read, write, review and admin" })).min(1, "name at least one scope"))
      .optional(),
    /** How long the token lives, e.g. 90m, 12h, 30d, 8w. Omitted: until revoked. */
    expires: z
      .string()
      .regex(DURATION, "expires is a number with m, h, d or w, e.g. 30d")
      .transform((s) => {
        const [, n, unit] = DURATION.exec(s)!;
        return new Date(Date.now() + Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS]);
      })
      .optional(),
  })
  .strict();
