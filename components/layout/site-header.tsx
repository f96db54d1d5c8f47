import Link from "next/link";
import { QueryProvider } from "@/components/providers/query-provider";
import { SearchBox } from "@/components/search/search-box";

const NAV = [
  { href: "/firms", label: "Firms" },
  { href: "/routes", label: "Routes" },
  { href: "/technologies", label: "Technologies" },
  { href: "/graph", label: "Graph" },
  { href: "/workspace", label: "Workspace" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-ink no-underline hover:text-ink">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 text-accent" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="5" cy="6" r="2.5" /><circle cx="19" cy="6" r="2.5" /><circle cx="12" cy="18" r="2.5" />
            <path d="M7.3 7.2 10.5 16M16.7 7.2 13.5 16M7.5 6h9" />
          </svg>
          <span className="text-lg font-semibold tracking-tight">Nexus Watch</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="text-muted no-underline hover:text-accent">
              {item.label}
            </Link>
          ))}
        </nav>
        <QueryProvider>
          <SearchBox />
        </QueryProvider>
      </div>
    </header>
  );
}
