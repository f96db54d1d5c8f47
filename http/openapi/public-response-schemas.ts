import { z } from "zod";
import { CONFIDENCES, PREDICATES } from "@/lib/claims/schema";
import { ENTITY_KINDS } from "@/lib/entities/fields";
import type { GraphData } from "@/lib/graph/schema";

/**
 * Answers of the public edition's endpoints (graph), documented like the others in
 * response-schemas.ts and checked against the lib type at compile time.
 */
export const graphNode = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: z.enum(ENTITY_KINDS),
  title: z.string(),
  countries: z.array(z.string()),
});

export const graphEdge = z.object({
  id: z.string(),
  source: z.uuid(),
  target: z.uuid(),
  predicate: z.enum(PREDICATES),
  claims: z.int(),
  confidence: z.enum(CONFIDENCES),
});

export const graphData = z.object({ nodes: z.array(graphNode), edges: z.array(graphEdge) });

type Fits<T, S extends z.ZodType> = [T] extends [z.output<S>] ? true : false;
export const graphDataFits: Fits<GraphData, typeof graphData> = true;
