"use client";

import Link from "next/link";
import { useState } from "react";
import type { ClaimView } from "@/lib/claims/queries";
import { PREDICATE_LABELS } from "@/lib/claims/schema";
import type { EntityRef } from "@/lib/entities/titles";
import { workspaceEntityPath } from "@/lib/entities/sections";
import { formatPeriod, formatValue } from "@/lib/format";
import { ConfidenceBadge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { RevisionActions, type Allowed } from "@/components/review/revision-actions";
import { ClaimEditor } from "./claim-editor";
import type { SourceOption } from "./citation-fields";

export type WorkspaceClaim = ClaimView & { allowed: Allowed; lastComment: string | null };

/** Every claim of a page in its latest state, with the actions the user may take, and the editor to add or revise one. */
export function WorkspaceClaims({ entitySlug, claims, objects, sources }: {
  entitySlug: string; claims: WorkspaceClaim[]; objects: EntityRef[]; sources: SourceOption[];
}) {
  const [editing, setEditing] = useState<string | "new" | null>(null);
  return (
    <div className="space-y-4">
      {editing === "new" ? (
        <ClaimEditor entitySlug={entitySlug} objects={objects} sources={sources} onClose={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing("new")} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
          Add a claim
        </button>
      )}
      {claims.length === 0 && <p className="text-muted">No claims yet.</p>}
      <ol className="space-y-3">
        {claims.map((claim) => (
          <li key={claim.id} id={`claim-${claim.id}`} className="rounded-lg border border-line bg-white p-4">
            {editing === claim.id ? (
              <ClaimEditor entitySlug={entitySlug} claim={claim} objects={objects} sources={sources} onClose={() => setEditing(null)} />
            ) : (
              <>
                <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                  <StatusBadge status={claim.revision.status} />
                  <span>revision {claim.revision.number}</span>
                  {claim.publishedRevisionId && claim.publishedRevisionId !== claim.revision.id && <span>(an earlier revision is published)</span>}
                </div>
                <p className="mt-1 font-serif text-[1.05rem] leading-relaxed">{claim.statement}</p>
                <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                  <ConfidenceBadge confidence={claim.confidence} />
                  {claim.predicate && claim.object && (
                    <span>{PREDICATE_LABELS[claim.predicate]} <Link href={workspaceEntityPath(claim.object.slug)}>{claim.object.title}</Link></span>
                  )}
                  {claim.period && <span>{formatPeriod(claim.period)}</span>}
                  {claim.value && <span>{formatValue(claim.value)}</span>}
                  <span>{claim.citations.length} citation{claim.citations.length === 1 ? "" : "s"}</span>
                </div>
                {claim.lastComment && (
                  <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">Reviewer: “{claim.lastComment}”</p>
                )}
                <div className="mt-3 flex flex-wrap items-start gap-3">
                  <button type="button" onClick={() => setEditing(claim.id)} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
                    Revise
                  </button>
                  <Link href={`/workspace/claims/${claim.id}/history`} className="self-center text-sm">Claim history</Link>
                  <RevisionActions revisionId={claim.revision.id} claimId={claim.id} allowed={claim.allowed} />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
