import Link from "next/link";
import type { AuditRowView } from "@/lib/audit/queries";
import { workspaceEntityPath } from "@/lib/entities/sections";

const VERBS: Record<string, string> = {
  "entity.create": "created the page",
  "entity_revision.create": "saved a new page revision",
  "claim.create": "added a claim",
  "claim_revision.create": "saved a new claim revision",
  "source.create": "added a source",
};

function describe(row: AuditRowView): string {
  if (VERBS[row.action]) return VERBS[row.action]!;
  const [subject, verb] = row.action.split(".");
  const what = subject === "entity_revision" ? "a page revision" : subject === "claim_revision" ? "a claim revision" : subject;
  const done = { submit: "submitted", withdraw: "withdrew", approve: "approved", reject: "rejected", request_changes: "requested changes to", retract: "retracted" }[verb ?? ""];
  return done ? `${done} ${what}` : row.action;
}

const time = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

/** Recent changes and review events: who did what to which page, when, and why. */
export function ActivityList({ rows, compact = false }: { rows: AuditRowView[]; compact?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-muted">No activity yet.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {rows.map((row) => (
        <li key={row.id} className={compact ? "" : "rounded-md border border-line bg-white px-3 py-2"}>
          <span className="font-medium">{row.actorName ?? "System"}</span> {describe(row)}
          {!compact && row.entity && (
            <> on <Link href={workspaceEntityPath(row.entity.slug)}>{row.entity.title}</Link></>
          )}
          {typeof row.details.comment === "string" && <span className="text-muted"> — “{row.details.comment}”</span>}
          <span className="block text-xs text-muted"><time dateTime={row.createdAt}>{time(row.createdAt)}</time></span>
        </li>
      ))}
    </ol>
  );
}
