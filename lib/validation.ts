import { z } from "zod";

/** Non-empty single-line text, trimmed. */
export const shortText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: "must be a single line without control characters" });

/** Why an edit was made, for reviewers and history. */
export const editSummary = z.string().trim().max(500);

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.iso.date();

/** An absolute http(s) URL; any other scheme is refused. */
export const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isHttpUrl, { message: "must be an http or https URL" });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The ?view= query parameter: "latest" shows members the newest revisions; the public always gets "published". */
export const viewParam = z.enum(["published", "latest"]).default("published");
