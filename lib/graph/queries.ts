import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims, entities, entityRevisions } from "@/db/schema";
import { firmer } from "@/lib/claims/confidence";
import { claimPointer, entityPointer, visibleClaims, visibleEntities } from "@/lib/visibility";
import type { GraphData, GraphEdge, GraphNode } from "./schema";

/** Countries an entity is tied to, from its published fields. */
export function countriesOf(kind: GraphNode["kind"], fields: Record<string, unknown>): string[] {
  const f = fields as { country?: string; origin?: string; destination?: string; transit?: Array<{ country?: string }> };
  const found = kind === "firm" ? [f.country] : kind === "route" ? [f.origin, ...(f.transit ?? []).map((t) => t.country), f.destination] : [];
  return [...new Set(found.filter((c): c is string => typeof c === "string" && c.length === 2))];
}

/**
 * The published relationship graph: every public entity as a node, and every public
 * claim that names a public object entity as an edge (claims with the same subject,
 * predicate and object merged). Both go through the visibility rule.
 */
export async function publishedGraph(db: Db): Promise<GraphData> {
  const [nodeRows, edgeRows] = await Promise.all([
    db
      .select({ id: entities.id, slug: entities.slug, kind: entities.kind, title: entityRevisions.title, fields: entityRevisions.fields })
      .from(entities)
      .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer("published")))
      .where(visibleEntities("published"))
      .orderBy(asc(entities.slug)),
    db
      .select({
        source: claims.subjectEntityId,
        target: claimRevisions.objectEntityId,
        predicate: claimRevisions.predicate,
        confidence: claimRevisions.confidence,
      })
      .from(claims)
      .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer("published")))
      .where(and(visibleClaims("published"), isNotNull(claimRevisions.objectEntityId)))
      .orderBy(asc(claims.createdAt), asc(claims.id)),
  ]);
  const nodes: GraphNode[] = nodeRows.map((r) => ({
    id: r.id, slug: r.slug, kind: r.kind, title: r.title, countries: countriesOf(r.kind, r.fields),
  }));
  // An object the public may not see is no node, so a claim naming it is no edge.
  const visible = new Set(nodes.map((n) => n.id));
  const edges = new Map<string, GraphEdge>();
  for (const r of edgeRows) {
    if (!r.target || !r.predicate || !visible.has(r.target)) continue;
    const id = `${r.source}:${r.predicate}:${r.target}`;
    const found = edges.get(id);
    if (!found) {
      edges.set(id, { id, source: r.source, target: r.target, predicate: r.predicate, claims: 1, confidence: r.confidence });
      continue;
    }
    found.claims += 1;
    found.confidence = firmer(found.confidence, r.confidence);
  }
  return { nodes, edges: [...edges.values()] };
}
