"use client";

import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import * as Y from "yjs";

export type Connection = "connecting" | "live" | "reconnecting" | "offline";
export type Person = { clientId: number; id: string; name: string; color: string; self: boolean };
export type Me = { id: string; name: string; color: string };

/** Close reasons the co-editing server gives (server/collab/collab-server.ts CLOSE), in plain words. */
const CLOSE_MESSAGES: Record<string, string> = {
  "too-large": "This draft has reached its size limit: remove something before adding more. Your last change was not saved.",
  "too-fast": "Too many changes at once: the connection was paused. It resumes by itself.",
};

const AUTH_MESSAGES: Record<string, string> = {
  "sign-in-required": "Your session has ended: sign in again to keep editing.",
  "not-found": "This page no longer exists.",
};

/**
 * The page's shared draft: one Yjs document synced through the co-editing server at /collab
 * (the session cookie authenticates the browser). Gives the document, the provider (for carets),
 * the connection state, who else is here, and any reason the server refused or closed the connection.
 */
export function useSharedDraft(entityId: string, me: Me) {
  const doc = useMemo(() => new Y.Doc(), []);
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [status, setStatus] = useState<Connection>("connecting");
  const [synced, setSynced] = useState(false);
  const [unsaved, setUnsaved] = useState(0);
  const [readOnly, setReadOnly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [online, setOnline] = useState(true);

  useEffect(() => {
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    // The token is not a secret here: the server reads the session cookie sent with the upgrade.
    const provider = new HocuspocusProvider({ url, name: `entity/${entityId}`, document: doc, token: "session" });
    // The provider opens a socket: it is made after mount (never during a server render) and closed on unmount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProvider(provider);
    let everConnected = false;
    const onStatus = ({ status: s }: { status: WebSocketStatus }) => {
      if (s === WebSocketStatus.Connected) {
        everConnected = true;
        setStatus("live");
      } else setStatus(everConnected ? "reconnecting" : "connecting");
    };
    const onSynced = ({ state }: { state: boolean }) => setSynced(state);
    const onAuthenticated = () => setReadOnly(provider.authorizedScope === "readonly");
    const onAuthenticationFailed = ({ reason }: { reason: string }) => setProblem(AUTH_MESSAGES[reason] ?? "The co-editing server refused this page.");
    const onClose = ({ event }: { event: { reason?: string } }) => {
      const message = event.reason ? CLOSE_MESSAGES[event.reason] : undefined;
      if (message) setProblem(message);
    };
    const onUnsynced = ({ number }: { number: number }) => setUnsaved(number);
    provider.on("unsyncedChanges", onUnsynced);
    provider.on("status", onStatus);
    provider.on("synced", onSynced);
    provider.on("authenticated", onAuthenticated);
    provider.on("authenticationFailed", onAuthenticationFailed);
    provider.on("close", onClose);
    const goOnline = () => setOnline(true);
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    setOnline(navigator.onLine);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      provider.destroy();
      setProvider(null);
    };
  }, [doc, entityId]);

  // The same awareness field the body's carets use (CollaborationCaret sets "user" too): one identity.
  const { id, name, color } = me;
  useEffect(() => {
    provider?.setAwarenessField("user", { id, name, color });
  }, [provider, id, name, color]);

  const people = usePeople(provider);
  const connection: Connection = !online ? "offline" : status;
  /** Changes the server has not yet acknowledged (kept here and sent on reconnect). */
  return { doc, provider, connection, synced, unsaved, readOnly, problem, people };
}

/** Everyone on the page now, from the provider's awareness (names and colours each client announces). */
function usePeople(provider: HocuspocusProvider | null): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    // Every change, ours included (our identity is set once the provider exists), comes as an event.
    const update = () => {
      const next: Person[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = state.user as Partial<Me> | undefined;
        if (user?.id && user.name) next.push({ clientId, id: user.id, name: user.name, color: user.color ?? "#475569", self: clientId === awareness.clientID });
      });
      setPeople(next);
    };
    awareness.on("change", update);
    return () => awareness.off("change", update);
  }, [provider]);
  return people;
}

/** One key of the draft's Y.Map "fields" as React state; setting it writes the shared document. */
export function useDraftField<T>(doc: Y.Doc, key: "title" | "aliases" | "facts", fallback: T): [T, (value: T) => void] {
  const map = doc.getMap("fields");
  const subscribe = (notify: () => void) => {
    const observer = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(key)) notify();
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  };
  const value = useSyncExternalStore(subscribe, () => map.get(key) as T | undefined, () => undefined) ?? fallback;
  return [value, (next: T) => map.set(key, next)];
}
