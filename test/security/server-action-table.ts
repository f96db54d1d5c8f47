import type { Role, Setup } from "./authorization-table";

/**
 * The server actions' authorization table, read by the in-process run
 * (test/security/server-actions.test.ts: every exported action of a "use server" file needs a row)
 * and by the HTTP run (e2e/authorization-matrix.spec.ts: every action of the build's
 * server-reference manifest, inline ones included, needs a row). Imports nothing from the app.
 */
export type ActionCall = {
  /** The arguments the page binds, in order. */
  args: string[];
  /** A page whose bundle holds the action: the HTTP run posts there, as the browser does. */
  page: string;
  /** The entity whose revisions (and its claims') show whether the action wrote anything. */
  slug: string;
};

export type ActionRow = {
  /** "file#export" under app/; "file#inline:N" for the Nth inline `"use server"` function of a file. */
  action: string;
  /** Why the action is open to everyone; such rows have no cells. */
  public?: string;
  /** Roles that may run it, on their own object and on someone else's. */
  allowed?: Role[];
  prepare?: <U>(setup: Setup<U>) => Promise<ActionCall>;
};

const members: Role[] = ["contributor", "reviewer", "admin"];

export const SERVER_ACTION_TABLE: ActionRow[] = [
  { action: "app/signin/actions.ts#signInAction", public: "signs the caller in; rate limited per account and address (lib/auth/sign-in.ts); its Origin check is in e2e/security.spec.ts" },
  { action: "app/signin/actions.ts#signOutAction", public: "signs the caller out; touches no data" },
  { action: "app/signin/page.tsx#inline:0", public: "starts single sign-on with the configured OIDC provider (rendered only when one is set); touches no data" },
  {
    action: "app/workspace/entities/[slug]/history/actions.ts#restoreRevisionAction",
    allowed: members,
    prepare: async ({ owner, fx }) => {
      const entity = await fx.entity(owner);
      return { args: [entity.slug, entity.revisionId], page: `/workspace/entities/${entity.slug}/history`, slug: entity.slug };
    },
  },
  {
    action: "app/workspace/claims/[id]/history/actions.ts#restoreClaimRevisionAction",
    allowed: members,
    prepare: async ({ owner, fx }) => {
      const entity = await fx.entity(owner);
      const claim = await fx.claim(owner, entity.slug);
      return { args: [claim.id, claim.revisionId], page: `/workspace/claims/${claim.id}/history`, slug: entity.slug };
    },
  },
];

export type ActionCell = { row: ActionRow; role: Role; whose: "own" | "other"; allowed: boolean };

/** Role × own/other for every row with a `prepare` (the public has no own objects). */
export function actionCells(table: ActionRow[] = SERVER_ACTION_TABLE): ActionCell[] {
  return table.filter((row) => row.prepare).flatMap((row) =>
    (["anonymous", "contributor", "reviewer", "admin"] as Role[]).flatMap((role) =>
      (role === "anonymous" ? (["other"] as const) : (["own", "other"] as const)).map((whose) => ({ row, role, whose, allowed: row.allowed!.includes(role) }))));
}
