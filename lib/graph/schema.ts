import { z } from "zod";
import { PREDICATES, type Confidence, type Predicate } from "@/lib/claims/schema";
import { countryCode, ENTITY_KINDS, type EntityKind } from "@/lib/entities/fields";

/** A published entity in the relationship graph. */
export type GraphNode = {
  id: string;
  slug: string;
  kind: EntityKind;
  title: string;
  /** Countries the entity is tied to: a firm's country; a route's origin, transit and destination. */
  countries: string[];
};

/** Published claims from one entity to another with one predicate, merged into one edge. */
export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  predicate: Predicate;
  /** How many published claims make this edge. */
  claims: number;
  /** The firmest confidence among them. */
  confidence: Confidence;
};

export type GraphData = { nodes: GraphNode[]; edges: GraphEdge[] };

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Query of GET /graph and of the /graph page: all optional, an empty value means "any". */
export const graphFilters = z.object({
  /** Only entities of this kind. */
  kind: z.preprocess(blankToUndefined, z.enum(ENTITY_KINDS).optional()),
  /** Only entities tied to this country (ISO 3166-1 alpha-2), and technologies linked to them. */
  country: z.preprocess(blankToUndefined, countryCode.optional()),
  /** Only links with this predicate, and the entities they join. */
  predicate: z.preprocess(blankToUndefined, z.enum(PREDICATES).optional()),
});
export type GraphFilters = z.output<typeof graphFilters>;
