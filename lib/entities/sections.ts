import type { EntityKind } from "./fields";

/** Public URL sections per kind: /firms, /routes, /technologies. */
export const SECTIONS = {
  firms: { kind: "firm", title: "Firms", singular: "Firm", blurb: "Manufacturers, distributors, intermediaries, logistics firms, end users and financiers." },
  routes: { kind: "route", title: "Routes", singular: "Route", blurb: "How goods travel: origin, ordered transit points and destination, with transport modes." },
  technologies: { kind: "technology", title: "Technologies", singular: "Technology", blurb: "Technology types with HS codes, Common High Priority List tiers and export-control references." },
} as const satisfies Record<string, { kind: EntityKind; title: string; singular: string; blurb: string }>;

export type Section = keyof typeof SECTIONS;

export function isSection(value: string): value is Section {
  return Object.hasOwn(SECTIONS, value);
}

export function sectionOf(kind: EntityKind): Section {
  return kind === "firm" ? "firms" : kind === "route" ? "routes" : "technologies";
}

export function entityPath(entity: { kind: EntityKind; slug: string }): string {
  return `/${sectionOf(entity.kind)}/${entity.slug}`;
}

/** The workspace page of an entity: its latest revision, claims in every state, and editing. */
export function workspaceEntityPath(slug: string): string {
  return `/workspace/entities/${slug}`;
}
