import type { z } from "zod";
import { Invalid } from "./errors";

export type Issue = { path: string; message: string };

export function formatIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Issue[] {
  return issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** Parses input with a zod schema, or throws Invalid listing every problem by path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = formatIssues(result.error.issues);
  const first = issues[0];
  throw new Invalid(first ? `${first.path || "input"}: ${first.message}` : "Invalid input.", { issues });
}
