"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { QueueItem } from "@/lib/review/queue";
import type { RevisionDetail } from "@/lib/review/revision-detail";
import { api } from "@/components/workspace/api-client";

/** Query keys for the review feature, from one factory. */
export const reviewKeys = {
  all: ["review"] as const,
  queue: () => [...reviewKeys.all, "queue"] as const,
  revision: (id: string) => [...reviewKeys.all, "revision", id] as const,
};

export type ReviewAction = "submit" | "withdraw" | "approve" | "reject" | "request-changes" | "retract";

export function useReviewQueue(initialData?: QueueItem[]) {
  return useQuery({ queryKey: reviewKeys.queue(), queryFn: () => api.get<QueueItem[]>("/review-queue"), initialData });
}

export function useRevisionDetail(id: string, enabled = true) {
  return useQuery({ queryKey: reviewKeys.revision(id), queryFn: () => api.get<RevisionDetail>(`/revisions/${id}`), enabled });
}

/**
 * Moves a revision through the workflow. In the queue the item disappears at
 * once (optimistic) and comes back if the server refuses; everything refetches after.
 */
export function useTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, comment, claimId }: { id: string; action: ReviewAction; comment?: string; claimId?: string | null }) =>
      action === "retract"
        ? api.post<{ status: string }>(`/claims/${claimId}/retract`, { comment })
        : api.post<{ status: string }>(`/revisions/${id}/${action}`, comment ? { comment } : {}),
    onMutate: async ({ id }) => {
      await qc.cancelQueries({ queryKey: reviewKeys.queue() });
      const previous = qc.getQueryData<QueueItem[]>(reviewKeys.queue());
      if (previous) qc.setQueryData(reviewKeys.queue(), previous.filter((i) => i.id !== id));
      return { previous };
    },
    onError: (_err, _vars, context) => {
      if (context?.previous) qc.setQueryData(reviewKeys.queue(), context.previous);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}
