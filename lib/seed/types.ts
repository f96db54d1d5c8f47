import type { CreateClaimInput } from "@/lib/claims/schema";
import type { BodyDoc } from "@/lib/editor/body-schema";
import type { Alias } from "@/lib/entities/schema";
import type { EntityKind, FirmFields, RouteFields, TechnologyFields } from "@/lib/entities/fields";
import type { SourceInput } from "@/lib/sources/schema";

/** Where a demo item ends up in the review workflow. */
export type DemoState = "published" | "pending" | "draft" | "changes_requested";

type DemoEntityBase<K extends EntityKind, F> = {
  /** Key other demo rows use to point at this entity. */
  key: string;
  kind: K;
  title: string;
  aliases: Alias[];
  fields: F;
  body: BodyDoc;
  state: DemoState;
};

export type DemoEntity =
  | DemoEntityBase<"firm", FirmFields>
  | DemoEntityBase<"route", RouteFields>
  | DemoEntityBase<"technology", TechnologyFields>;

export type DemoSource = SourceInput & { key: string };

export type DemoClaim = Omit<CreateClaimInput, "citations" | "objectSlug"> & {
  /** Key of the subject entity. */
  subject: string;
  /** Key of the object entity, if any. */
  object?: string;
  citations: Array<{ source: string; quote?: string; locator?: string }>;
  state: DemoState | "retracted";
};
