import { z } from "zod";

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
