import type { Role } from "@/db/schema";

/** One demo account per role (two reviewers, so a reviewer's own work can be reviewed by another). */
export const DEMO_USERS: ReadonlyArray<{ key: string; email: string; name: string; role: Role }> = [
  { key: "admin", email: "admin@demo.nexus.example", name: "Ada Admin (demo)", role: "admin" },
  { key: "reviewer", email: "reviewer@demo.nexus.example", name: "Rosa Reviewer (demo)", role: "reviewer" },
  { key: "reviewer2", email: "lawyer@demo.nexus.example", name: "Lev Lawyer (demo)", role: "reviewer" },
  { key: "contributor", email: "contributor@demo.nexus.example", name: "Carla Contributor (demo)", role: "contributor" },
  { key: "contributor2", email: "journalist@demo.nexus.example", name: "Jun Journalist (demo)", role: "contributor" },
];
