import { z } from "zod";

export const transitionInput = z
  .object({
    /** Why: required when rejecting, requesting changes or retracting. */
    comment: z.string().trim().max(5000).optional(),
  })
  .strict();
