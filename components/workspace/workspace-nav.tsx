import Link from "next/link";
import { signOutAction } from "@/app/signin/actions";
import type { Role } from "@/lib/context";

const LINKS = [
  { href: "/workspace", label: "My work" },
  { href: "/workspace/review", label: "Review queue" },
  { href: "/workspace/entities", label: "Pages" },
  { href: "/workspace/sources", label: "Sources" },
  { href: "/workspace/activity", label: "Activity" },
];

export function WorkspaceNav({ name, role }: { name: string; role: Role }) {
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4">
      <nav aria-label="Workspace" className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
        {LINKS.map((l) => (
          <Link key={l.href} href={l.href} className="text-muted no-underline hover:text-accent">{l.label}</Link>
        ))}
      </nav>
      <div className="flex items-center gap-3 text-sm">
        <span>
          <span className="font-medium">{name}</span> <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{role}</span>
        </span>
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-line bg-white px-3 py-1 hover:bg-slate-50">Sign out</button>
        </form>
      </div>
    </div>
  );
}
