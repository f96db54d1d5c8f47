import { isSystemActor, type Actor, type Scope, type SystemActor } from "@/lib/context";
import { Forbidden, NotFound, Unauthorized } from "@/lib/errors";

/**
 * Every permission of DESIGN.md, in one place. Pure functions: the server checks
 * them before each command (`authorize`), and the UI uses the same answers (`can`)
 * to hide what a role cannot do.
 */
export const ACTIONS = [
  "read:workspace", "create", "submit", "withdraw", "approve", "reject", "request_changes",
  "retract", "read:audit", "manage:users",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a check may need to know about the object acted on. */
export type Subject = {
  /** The one author of a revision. */
  authorId?: string;
  /** Every author of a revision several people wrote: each counts as its author. */
  authorIds?: readonly string[];
  /**
   * Set when the object also has a public face (a page, a source): the public is then
   * refused with NotFound(hiddenAs), exactly as for an object that does not exist, so
   * a refusal never tells that unpublished work is there. See docs/architecture.md.
   */
  hiddenAs?: string;
};

const REVIEW: ReadonlySet<Action> = new Set(["approve", "reject", "request_changes"]);

export function isMember(actor: Actor | null): actor is Actor {
  return actor !== null;
}

export function isReviewer(actor: Actor | null): boolean {
  return actor?.role === "reviewer" || actor?.role === "admin";
}

/** Whether the actor wrote the subject, alone or with others. */
function isOwn(actor: Actor, subject?: Subject): boolean {
  if (!subject) return false;
  return subject.authorId === actor.id || (subject.authorIds?.includes(actor.id) ?? false);
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

export function can(actor: Actor | SystemActor | null, action: Action, subject?: Subject): boolean {
  if (!actor) return false;
  if (isSystemActor(actor)) return action === "manage:users";
  if (!inScope(actor, action)) return false;
  const own = isOwn(actor, subject);
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

/** Why an action is refused, for a clear 403 message. */
export function refusal(actor: Actor | null, action: Action, subject?: Subject): string {
  if (actor && !inScope(actor, action)) return `This API token lacks the "${SCOPE_OF[action]}" scope (it has: ${actor.scopes?.join(", ") || "none"}).`;
  if (REVIEW.has(action) && actor && isReviewer(actor) && isOwn(actor, subject)) {
    return "Reviewers cannot review their own work: another reviewer must do it.";
  }
  if (action === "submit" || action === "withdraw") return `Only the author can ${action} this revision.`;
  if (action === "manage:users") return "Only an admin can manage users, roles and tokens.";
  if (action === "read:audit" && actor) return "Only reviewers and admins can read the audit log.";
  return `Your role (${actor?.role ?? "public"}) cannot ${action.replace(/[:_]/g, " ")}.`;
}

/**
 * The one server-side check before a command: returns the actor when `can` allows the
 * action, and otherwise throws. The rule for the status, the same everywhere:
 * - nobody signed in: 401 (Unauthorized), or 404 when the subject has a public face
 *   (`hiddenAs`), so the public cannot tell unpublished work from none;
 * - signed in but not allowed: 403 (Forbidden) with the reason.
 */
export function authorize(actor: Actor | null, action: Action, subject?: Subject): Actor;
export function authorize(actor: Actor | SystemActor | null, action: Action, subject?: Subject): Actor | SystemActor;
export function authorize(actor: Actor | SystemActor | null, action: Action, subject?: Subject): Actor | SystemActor {
  if (!actor) throw subject?.hiddenAs ? new NotFound(subject.hiddenAs) : new Unauthorized();
  if (can(actor, action, subject)) return actor;
  throw new Forbidden(isSystemActor(actor) ? `The system actor cannot ${action.replace(/[:_]/g, " ")}.` : refusal(actor, action, subject));
}

/**
 * Signed in, whatever the role or a token's scopes: the first step of a members-only
 * command before it has loaded what it acts on (it then calls `authorize` for the action).
 * Refuses by the same rule: 401, or 404 for a subject with a public face (`hiddenAs`).
 */
export function requireMember(actor: Actor | null, subject?: Pick<Subject, "hiddenAs">): Actor {
  if (!actor) throw subject?.hiddenAs ? new NotFound(subject.hiddenAs) : new Unauthorized();
  return actor;
}
