import type { Actor, Scope } from "@/lib/context";

/**
 * Every permission of DESIGN.md, in one place. Pure functions: the server checks
 * them before each command, and the UI uses the same answers to hide what a role cannot do.
 */
export const ACTIONS = [
  "read:workspace", "create", "submit", "withdraw", "approve", "reject", "request_changes",
  "retract", "read:audit", "manage:users",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a check may need to know about the object acted on. */
export type Subject = { authorId?: string; authorIds?: readonly string[] };

const REVIEW: ReadonlySet<Action> = new Set(["approve", "reject", "request_changes"]);

export function isMember(actor: Actor | null): actor is Actor {
  return actor !== null;
}

export function isReviewer(actor: Actor | null): boolean {
  return actor?.role === "reviewer" || actor?.role === "admin";
}

/** The token scope each action needs. */
const SCOPE_OF: Record<Action, Scope> = {
  "read:workspace": "read", create: "write", submit: "write", withdraw: "write",
  approve: "review", reject: "review", request_changes: "review", retract: "review", "read:audit": "review",
  "manage:users": "admin",
};

/** Whether a token's scopes cover the action (an actor without scopes is a session: its role decides). */
export function inScope(actor: Actor, action: Action): boolean {
  return !actor.scopes || actor.scopes.includes(SCOPE_OF[action]);
}

export function can(actor: Actor | null, action: Action, subject?: Subject): boolean {
  if (!actor) return false;
  if (!inScope(actor, action)) return false;
  const own = isAuthor(actor, subject);
  switch (action) {
    case "read:workspace":
    case "create":
      return true;
    case "submit":
    case "withdraw":
      return own;
    case "retract":
    case "read:audit":
      return isReviewer(actor);
    case "manage:users":
      return actor.role === "admin";
    default:
      return REVIEW.has(action) && isReviewer(actor) && !own;
  }
}

/** One of the authors: the revision's author, or any contributor of a co-edited snapshot. */
function isAuthor(actor: Actor | null, subject?: Subject): boolean {
  if (!actor || !subject) return false;
  return subject.authorId === actor.id || (subject.authorIds?.includes(actor.id) ?? false);
}

/** Why an action is refused, for a clear 403 message. */
export function refusal(actor: Actor | null, action: Action, subject?: Subject): string {
  if (actor && !inScope(actor, action)) return `This API token lacks the "${SCOPE_OF[action]}" scope (it has: ${actor.scopes?.join(", ") || "none"}).`;
  if (REVIEW.has(action) && isReviewer(actor) && isAuthor(actor, subject)) {
    return "Reviewers cannot review their own work: another reviewer must do it.";
  }
  if (action === "submit" || action === "withdraw") return `Only the author can ${action} this revision.`;
  if (action === "manage:users") return "Only an admin can manage users, roles and tokens.";
  return `Your role (${actor?.role ?? "public"}) cannot ${action.replace(/[:_]/g, " ")}.`;
}
