/**
 * What the public may read, in one module: the views, the where-fragments per resource,
 * the revision pointers a view reads, and the only writes of the published pointers.
 * Whatever reads content goes through here; a function that skips it says so in its
 * name (`unsafe…`). docs/architecture.md, "Visibility", lists who else reads the pointers.
 */
export { viewFor, type View } from "./view";
export { publishedClaimHistory, publishedPageHistory, visibleClaims, visibleEntities, visibleSources } from "./filters";
export { claimPointer, entityPointer, isPublishedRevision, publishedRevisionOf, shownPointers, type RevisionPointers } from "./pointers";
export { publishClaimRevision, publishEntityRevision, publishSourceRevision, publishedClaimRevisionId, unpublishClaim } from "./publish";
