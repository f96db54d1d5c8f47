import { auditQueryInput } from "@/lib/audit/queries";
import * as out from "@/http/openapi/response-schemas";
import type { Operation } from "@/http/operation";

/** Who did what, when: the audit log. */
export const auditOperations = {
  list: {
    method: "get", path: "/audit", access: "reviewers", tag: "Audit", summary: "Read the audit log",
    description: "Reviewers and admins. Newest first; page with `before` = the last row's id.",
    query: auditQueryInput,
    ok: [{ status: 200, description: "Audit rows.", schema: out.auditLog }],
    errors: [400, 403],
  },
} satisfies Record<string, Operation>;
