"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTransition as useReviewTransition, type ReviewAction } from "./queries";

export type Allowed = Partial<Record<"submit" | "withdraw" | "approve" | "reject" | "requestChanges" | "retract", boolean>>;

const BUTTONS: Array<{ key: keyof Allowed; action: ReviewAction; label: string; needsComment: boolean; style: string }> = [
  { key: "submit", action: "submit", label: "Submit for review", needsComment: false, style: "bg-accent text-white hover:bg-accent-strong" },
  { key: "approve", action: "approve", label: "Approve and publish", needsComment: false, style: "bg-emerald-700 text-white hover:bg-emerald-800" },
  { key: "requestChanges", action: "request-changes", label: "Request changes", needsComment: true, style: "border border-amber-400 bg-amber-50 text-amber-900 hover:bg-amber-100" },
  { key: "reject", action: "reject", label: "Reject", needsComment: true, style: "border border-rose-300 bg-rose-50 text-rose-800 hover:bg-rose-100" },
  { key: "retract", action: "retract", label: "Retract", needsComment: true, style: "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50" },
  { key: "withdraw", action: "withdraw", label: "Withdraw", needsComment: false, style: "border border-line bg-white hover:bg-slate-50" },
];

/**
 * The workflow buttons a revision allows for this user (as the server computed
 * them; the server checks again). Reject, request changes and retract need a comment.
 */
export function RevisionActions({ revisionId, claimId, allowed, onDone }: { revisionId: string; claimId?: string | null; allowed: Allowed; onDone?: () => void }) {
  const router = useRouter();
  const mutation = useReviewTransition();
  const [comment, setComment] = useState("");
  const [needsComment, setNeedsComment] = useState<ReviewAction | null>(null);
  const commentId = useId();
  const buttons = BUTTONS.filter((b) => allowed[b.key]);
  if (buttons.length === 0) return null;

  const run = (action: ReviewAction, requiresComment: boolean) => {
    if (requiresComment && !comment.trim()) {
      setNeedsComment(action);
      return;
    }
    mutation.mutate(
      { id: revisionId, action, comment: comment.trim() || undefined, claimId },
      {
        onSuccess: () => {
          setComment("");
          setNeedsComment(null);
          onDone?.();
          router.refresh();
        },
      },
    );
  };

  const wantsComment = buttons.some((b) => b.needsComment);
  return (
    <div className="space-y-2">
      {wantsComment && (
        <div>
          <label htmlFor={commentId} className="block text-sm font-medium">Comment for the author</label>
          <textarea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} rows={2}
            aria-invalid={needsComment ? true : undefined}
            placeholder="Required to reject, request changes or retract"
            className="mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm" />
          {needsComment && <p className="text-sm text-rose-700">Write a comment first: the author needs to know why.</p>}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {buttons.map((b) => (
          <button key={b.key} type="button" disabled={mutation.isPending} onClick={() => run(b.action, b.needsComment)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${b.style}`}>
            {b.label}
          </button>
        ))}
      </div>
      {mutation.isError && <p role="alert" className="text-sm text-rose-700">{mutation.error.message}</p>}
    </div>
  );
}
