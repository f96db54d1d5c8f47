import { slugify } from "transliteration";

/** A URL slug from a title in any script: Cyrillic and Chinese are transliterated to Latin. */
export function slugFromTitle(title: string, fallback = "entity"): string {
  const slug = slugify(title, { lowercase: true, separator: "-", trim: true })
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 100)
    .replace(/-$/, "");
  return slug || fallback;
}
