import { z } from "zod";

export const transitionInput = z
  .object({
    /** Why: required when rejecting, requesting changes or retracting. */
    comment: z.string().trim().max(5000).optional(),
  })
  .strict();

/** Query of GET /review-queue. */
export const reviewQueueInput = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
