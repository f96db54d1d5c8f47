import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/context";
import { ACTIONS, can, type Action } from "./index";

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
