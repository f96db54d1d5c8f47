/**
 * Who may call an operation: declared once, on the operation a route handler is bound to
 * (`apiRoute(operation, handler)`). The OpenAPI document marks the member-only ones from it, and
 * the authorization matrix (test/security/authorization-table.ts) derives every role's expected
 * status from it. The rule itself is enforced in lib/ (the policies), where server actions and
 * the admin CLI meet it too; the matrix checks that enforcement against this declaration.
 */
export const ACCESS = {
  anyone: "Anyone. The public gets the published view.",
  published: "Anyone may read what is published; members also what is not. The public gets 404 for unpublished objects.",
  members: "Signed-in members. The public gets 401.",
  membersElse404: "Signed-in members. The public gets 404, so it does not even learn that the object exists.",
  reviewers: "Reviewers and admins. The public gets 401, contributors 403.",
  author: "The author of the revision. Other members get 403, the public 401.",
  review: "Reviewers and admins, on someone else's work. Authors and contributors get 403, the public 401.",
} as const;

export type Access = keyof typeof ACCESS;

/** Levels that answer 401 to a caller without a credential: the document lists their security schemes. */
export const SIGNED_IN_ONLY: ReadonlySet<Access> = new Set<Access>(["members", "reviewers", "author", "review"]);
