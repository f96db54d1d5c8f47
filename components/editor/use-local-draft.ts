"use client";

import { useEffect, useRef, useState } from "react";

type Stored<T> = { savedAt: string; value: T };

/**
 * Keeps unsaved work in localStorage under a key (entity + the revision it was
 * based on), so a reload, a crash or a failed request loses nothing. Returns a
 * draft found at mount (to offer restoring it), a writer, and a clear() for after a save.
 */
export function useLocalDraft<T>(key: string) {
  const [found, setFound] = useState<Stored<T> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      // localStorage exists only in the browser, after hydration: the server render and the first
      // client render must agree, so the draft is read here, once per key.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFound(raw ? (JSON.parse(raw) as Stored<T>) : null);
    } catch {
      setFound(null);
    }
  }, [key]);

  const write = (value: T) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      try {
        window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), value }));
      } catch {
        /* storage full or disabled: the form still holds the work */
      }
    }, 400);
  };

  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    window.localStorage.removeItem(key);
    setFound(null);
  };

  return { found, write, clear, dismiss: () => setFound(null) };
}
