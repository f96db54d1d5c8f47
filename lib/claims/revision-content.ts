import type { z } from "zod";
import type { claimRevisions } from "@/db/schema";
import type { createClaimInput } from "./schema";

type ClaimContentInput = Pick<z.output<typeof createClaimInput>, "statement" | "predicate" | "period" | "value" | "confidence">;

/** The content columns of a claim revision, from a create or revise request (the object already resolved to an id). */
export function claimRevisionContent(
  input: ClaimContentInput,
  objectEntityId: string | null,
): Pick<typeof claimRevisions.$inferInsert, "statement" | "predicate" | "objectEntityId" | "period" | "value" | "confidence"> {
  return {
    statement: input.statement,
    predicate: input.predicate ?? null,
    objectEntityId,
    period: input.period ?? null,
    value: input.value ?? null,
    confidence: input.confidence,
  };
}
