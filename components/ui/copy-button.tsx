"use client";

import { useEffect, useState } from "react";

/** Copies a text to the clipboard. Shown only where JavaScript runs; the text itself stays selectable. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the clipboard exists only in the browser: shown after hydration, never in the server render
  useEffect(() => setReady(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  if (!ready) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" onClick={copy} className="rounded border border-line px-2 py-0.5 text-xs font-medium text-muted hover:border-accent hover:text-accent">
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </button>
  );
}
