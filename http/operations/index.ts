import type { Operation } from "@/http/operation";
import { auditOperations } from "./audit";
import { claimOperations } from "./claims";
import { entityOperations } from "./entities";
import { metaOperations } from "./meta";
import { openDataOperations } from "./open-data";
import { reviewOperations } from "./review";
import { searchOperations } from "./search";
import { sourceOperations } from "./sources";

export { auditOperations, claimOperations, entityOperations, metaOperations, openDataOperations, reviewOperations, searchOperations, sourceOperations };

/**
 * Every operation of /api/v1, in the order the OpenAPI document lists them. Each is bound to
 * exactly one route handler (test/security/authorization-matrix.test.ts checks both ways).
 */
export const OPERATIONS: Operation[] = [
  ...Object.values(entityOperations),
  ...Object.values(claimOperations),
  ...Object.values(sourceOperations),
  reviewOperations.revision,
  ...Object.values(reviewOperations.transitions),
  reviewOperations.queue,
  ...Object.values(auditOperations),
  ...Object.values(searchOperations),
  ...Object.values(openDataOperations),
  ...Object.values(metaOperations),
];
