"use client";

import { useState, useTransition } from "react";

/** Saves an old revision's content as a new draft (a bound server action); history itself is never rewritten. */
export function RestoreButton({ restore, number }: { restore: () => Promise<{ error: string } | void>; number: number }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button type="button" disabled={pending} className="text-sm text-accent hover:underline disabled:opacity-60"
        onClick={() => start(async () => {
          const result = await restore();
          if (result?.error) setError(result.error);
        })}>
        {pending ? "Restoring…" : `Restore revision ${number} as a new draft`}
      </button>
      {error && <span role="alert" className="ml-2 text-sm text-rose-700">{error}</span>}
    </span>
  );
}
