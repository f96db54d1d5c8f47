import Link from "next/link";

export default function NotFoundPage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-4 text-muted">
        There is no published page at this address. It may not exist, or it may not have passed review yet.
      </p>
      <p className="mt-6"><Link href="/">Back to the home page</Link></p>
    </div>
  );
}
