import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/db/client";
import { instanceSettings } from "@/db/schema";
import { eq } from "drizzle-orm";

/**
 * The secret that signs session cookies: AUTH_SECRET when set; otherwise one
 * generated once and kept in the data folder (embedded database) or in the
 * database itself (PostgreSQL, so every instance signs with the same secret).
 */
export async function ensureAuthSecret(db: Db, dataDir: string | null): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (dataDir) {
    const file = path.join(dataDir, "auth-secret");
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    return fs.readFileSync(file, "utf8").trim();
  }
  await db.insert(instanceSettings).values({ key: "auth_secret", value: randomBytes(32).toString("base64url") }).onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, "auth_secret"));
  return row!.value;
}
