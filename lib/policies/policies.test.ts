import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/context";
import { SYSTEM_ACTOR } from "@/lib/context";
import { ACTIONS, authorize, can, isMember, isReviewer, refusal, type Action } from "./index";

const me = "00000000-0000-4000-8000-000000000001";
const someoneElse = "00000000-0000-4000-8000-000000000002";
const as = (role: Actor["role"]): Actor => ({ id: me, role });

type Row = [Action, { public: boolean; contributor: boolean; reviewer: boolean; admin: boolean }];
const yes = true;
const no = false;

/** DESIGN.md's permission table, on someone else's work and on one's own. */
const ON_OTHERS: Row[] = [
  ["read:workspace", { public: no, contributor: yes, reviewer: yes, admin: yes }],
  ["create", { public: no, contributor: yes, reviewer: yes, admin: yes }],
  ["submit", { public: no, contributor: no, reviewer: no, admin: no }],
  ["withdraw", { public: no, contributor: no, reviewer: no, admin: no }],
  ["approve", { public: no, contributor: no, reviewer: yes, admin: yes }],
  ["reject", { public: no, contributor: no, reviewer: yes, admin: yes }],
  ["request_changes", { public: no, contributor: no, reviewer: yes, admin: yes }],
  ["retract", { public: no, contributor: no, reviewer: yes, admin: yes }],
  ["read:audit", { public: no, contributor: no, reviewer: yes, admin: yes }],
  ["manage:users", { public: no, contributor: no, reviewer: no, admin: yes }],
];
const ON_OWN: Row[] = [
  ["submit", { public: no, contributor: yes, reviewer: yes, admin: yes }],
  ["withdraw", { public: no, contributor: yes, reviewer: yes, admin: yes }],
  ["approve", { public: no, contributor: no, reviewer: no, admin: no }],
  ["reject", { public: no, contributor: no, reviewer: no, admin: no }],
  ["request_changes", { public: no, contributor: no, reviewer: no, admin: no }],
  ["retract", { public: no, contributor: no, reviewer: yes, admin: yes }],
];

describe("permissions: roles × actions", () => {
  it("covers every action in the table", () => {
    expect(ON_OTHERS.map(([a]) => a).sort()).toEqual([...ACTIONS].sort());
  });

  for (const [label, rows, authorId] of [["someone else's work", ON_OTHERS, someoneElse], ["one's own work", ON_OWN, me]] as const) {
    describe(`on ${label}`, () => {
      for (const [action, expected] of rows) {
        it(`${action}: public ${expected.public}, contributor ${expected.contributor}, reviewer ${expected.reviewer}, admin ${expected.admin}`, () => {
          expect(can(null, action, { authorId })).toBe(expected.public);
          expect(can(as("contributor"), action, { authorId })).toBe(expected.contributor);
          expect(can(as("reviewer"), action, { authorId })).toBe(expected.reviewer);
          expect(can(as("admin"), action, { authorId })).toBe(expected.admin);
        });
      }
    });
  }
});

describe("why an action is refused", () => {
  it("tells a reviewer to find another reviewer for their own work", () => {
    for (const action of ["approve", "reject", "request_changes"] as const) {
      expect(refusal(as("reviewer"), action, { authorId: me })).toBe("Reviewers cannot review their own work: another reviewer must do it.");
    }
  });

  it("names the author for submitting and withdrawing, the admin for users, and the role otherwise", () => {
    expect(refusal(as("reviewer"), "submit", { authorId: someoneElse })).toBe("Only the author can submit this revision.");
    expect(refusal(as("contributor"), "withdraw", { authorId: someoneElse })).toBe("Only the author can withdraw this revision.");
    expect(refusal(as("reviewer"), "manage:users")).toBe("Only an admin can manage users, roles and tokens.");
    expect(refusal(as("contributor"), "approve", { authorId: someoneElse })).toBe("Your role (contributor) cannot approve.");
    expect(refusal(as("contributor"), "request_changes", { authorId: me })).toBe("Your role (contributor) cannot request changes.");
    expect(refusal(null, "read:audit")).toBe("Your role (public) cannot read audit.");
  });

  it("counts a subject without an author as nobody's own work", () => {
    expect(can(as("contributor"), "submit", {})).toBe(false);
    expect(can(as("contributor"), "withdraw")).toBe(false);
    expect(can(as("reviewer"), "approve", {})).toBe(true);
    expect(refusal(as("reviewer"), "approve", {})).toBe("Your role (reviewer) cannot approve.");
  });
});

describe("who counts as what", () => {
  it("a member is anyone signed in; a reviewer is a reviewer or an admin", () => {
    expect(isMember(null)).toBe(false);
    expect(["contributor", "reviewer", "admin"].map((role) => isMember(as(role as Actor["role"])))).toEqual([true, true, true]);
    expect(isReviewer(null)).toBe(false);
    expect(["contributor", "reviewer", "admin"].map((role) => isReviewer(as(role as Actor["role"])))).toEqual([false, true, true]);
  });
});

describe("several authors", () => {
  // A co-edited page revision lists every contributor; each is its author, so none may review it.
  const coAuthored = { authorIds: [someoneElse, me] };
  for (const [action, expected] of ON_OWN) {
    it(`${action} on work one co-authored: as on one's own`, () => {
      expect(can(null, action, coAuthored)).toBe(expected.public);
      expect(can(as("contributor"), action, coAuthored)).toBe(expected.contributor);
      expect(can(as("reviewer"), action, coAuthored)).toBe(expected.reviewer);
      expect(can(as("admin"), action, coAuthored)).toBe(expected.admin);
    });
  }
});

describe("authorize", () => {
  it("refuses the public with 401, or with 404 for a subject that has a public face", () => {
    expect(() => authorize(null, "read:workspace")).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => authorize(null, "read:workspace", { hiddenAs: "Source" })).toThrow(expect.objectContaining({ status: 404, message: "Source was not found." }));
  });

  it("refuses a member with 403 and the reason, and returns the actor it allows", () => {
    expect(() => authorize(as("reviewer"), "approve", { authorIds: [me] })).toThrow(
      expect.objectContaining({ status: 403, message: "Reviewers cannot review their own work: another reviewer must do it." }),
    );
    expect(authorize(as("reviewer"), "approve", { authorId: someoneElse })).toEqual(as("reviewer"));
  });

  it("lets the system actor of the admin CLI manage users and nothing else", () => {
    expect(authorize(SYSTEM_ACTOR, "manage:users")).toBe(SYSTEM_ACTOR);
    for (const action of ACTIONS.filter((a) => a !== "manage:users")) expect(can(SYSTEM_ACTOR, action)).toBe(false);
  });
});
