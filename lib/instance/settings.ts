import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { instanceSettings } from "@/db/schema";

export const DEMO_DATA_KEY = "demo_data";

/** True when this instance holds the fictional demo data set, so every page can say so. */
export async function hasDemoData(db: Db): Promise<boolean> {
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, DEMO_DATA_KEY));
  return row?.value === "true";
}

export async function markDemoData(db: Db): Promise<void> {
  await db.insert(instanceSettings).values({ key: DEMO_DATA_KEY, value: "true" }).onConflictDoNothing();
}
