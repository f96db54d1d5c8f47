import http from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_SETTINGS, MeiliError, runSearch, type Doc, type IndexSettings, type SearchRequest } from "./fake-meili-search";

export type FakeMode = "up" | "error" | "hang";

type Index = { uid: string; primaryKey: string | null; docs: Map<string, Doc>; settings: IndexSettings; createdAt: string };
type TaskStatus = "enqueued" | "processing" | "succeeded" | "failed";
type Task = {
  uid: number; indexUid: string | null; type: string; status: TaskStatus; details: Record<string, unknown>;
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string; startedAt: string | null; finishedAt: string | null; duration: string | null;
  /** Applied when the task is processed; throws a MeiliError to fail it. */
  apply: () => void;
};

/**
 * A stand-in Meilisearch on a local port: no Meilisearch server can be installed here, so the
 * engine's own code (lib/search/meili/engine.ts) runs against this. It speaks the parts of the
 * HTTP API the engine and the outbox use, with Meilisearch's shapes:
 *  - writes (index creation and deletion, settings, document additions and deletions, index
 *    swaps) answer 202 with an enqueued task; tasks are processed one at a time, in order, and
 *    go enqueued → processing → succeeded or failed (an index that already exists, or is missing);
 *  - GET /tasks/{uid}, GET /indexes/{uid}/stats and /settings, GET /health;
 *  - POST /multi-search and /indexes/{uid}/search, searching as fake-meili-search.ts says.
 * Modes for fault tests: "error" answers 500 in Meilisearch's error shape; "hang" accepts and
 * never answers. stop() closes the port, so calls are refused (ECONNREFUSED) until start() again.
 */
export async function startFakeMeili({ taskMs = 25 }: { taskMs?: number } = {}) {
  const indexes = new Map<string, Index>();
  const tasks = new Map<number, Task>();
  const queue: Task[] = [];
  const requests: string[] = [];
  let mode: FakeMode = "up";
  let taskUid = 0;
  let processing = false;
  const hanging = new Set<http.ServerResponse>();

  const now = () => new Date().toISOString();
  const notFound = (uid: string) => new MeiliError(404, "index_not_found", `Index \`${uid}\` not found.`);
  const existing = (uid: string) => {
    const index = indexes.get(uid);
    if (!index) throw notFound(uid);
    return index;
  };
  const create = (uid: string, primaryKey: string | null = null): Index => {
    const index: Index = { uid, primaryKey, docs: new Map(), settings: structuredClone(DEFAULT_SETTINGS), createdAt: now() };
    indexes.set(uid, index);
    return index;
  };
  const orCreate = (uid: string) => indexes.get(uid) ?? create(uid);

  /**
   * One task at a time, in order, each taking `taskMs`, so a client that does not wait for
   * its task finds the change not yet made (as with a real, busy Meilisearch).
   */
  function processNext(): void {
    if (processing) return;
    const task = queue.shift();
    if (!task) return;
    processing = true;
    setImmediate(() => {
      task.status = "processing";
      task.startedAt = now();
      setTimeout(() => {
        try {
          task.apply();
          task.status = "succeeded";
        } catch (err) {
          const e = err instanceof MeiliError ? err : new MeiliError(500, "internal", String(err));
          task.status = "failed";
          task.error = { message: e.message, code: e.code, type: "invalid_request", link: `https://docs.meilisearch.com/errors#${e.code}` };
        }
        task.finishedAt = now();
        task.duration = "PT0.001S";
        processing = false;
        processNext();
      }, taskMs);
    });
  }

  function enqueue(indexUid: string | null, type: string, details: Record<string, unknown>, apply: () => void) {
    const task: Task = { uid: taskUid++, indexUid, type, status: "enqueued", details, error: null, enqueuedAt: now(), startedAt: null, finishedAt: null, duration: null, apply };
    tasks.set(task.uid, task);
    queue.push(task);
    processNext();
    return { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt };
  }
  const publicTask = ({ apply: _apply, ...task }: Task) => task;

  function addDocuments(uid: string, body: unknown, primaryKeyParam: string | null) {
    if (!Array.isArray(body)) throw new MeiliError(400, "malformed_payload", "The payload must be an array of documents.");
    return enqueue(uid, "documentAdditionOrUpdate", { receivedDocuments: body.length }, () => {
      const index = orCreate(uid);
      index.primaryKey ??= primaryKeyParam ?? "id";
      for (const doc of body as Doc[]) {
        const id = doc[index.primaryKey];
        if (typeof id !== "string" && typeof id !== "number") throw new MeiliError(400, "missing_document_id", `Document doesn't have a \`${index.primaryKey}\` attribute.`);
        index.docs.set(String(id), doc);
      }
    });
  }

  function search(uid: string, req: SearchRequest) {
    const index = existing(uid);
    return { indexUid: uid, query: req.q ?? "", processingTimeMs: 0, limit: req.limit ?? 20, offset: req.offset ?? 0, ...runSearch([...index.docs.values()], index.settings, req) };
  }

  /** Routes a request; returns [status, body]. */
  function route(method: string, path: string, params: URLSearchParams, body: unknown): [number, unknown] {
    const seg = path.split("/").filter(Boolean);
    if (method === "GET" && path === "/health") return [200, { status: "available" }];
    if (method === "GET" && seg[0] === "tasks" && seg.length === 2) {
      const task = tasks.get(Number(seg[1]));
      if (!task) throw new MeiliError(404, "task_not_found", `Task \`${seg[1]}\` not found.`);
      return [200, publicTask(task)];
    }
    if (method === "POST" && path === "/multi-search") {
      const queries = (body as { queries?: Array<SearchRequest & { indexUid: string }> }).queries ?? [];
      const results = queries.map((q, i) => {
        try {
          return search(q.indexUid, q);
        } catch (err) {
          if (err instanceof MeiliError) throw new MeiliError(err.status, err.code, `Inside \`.queries[${i}]\`: ${err.message}`);
          throw err;
        }
      });
      return [200, { results }];
    }
    if (method === "POST" && path === "/swap-indexes") {
      const swaps = body as Array<{ indexes: [string, string] }>;
      return [202, enqueue(null, "indexSwap", { swaps }, () => {
        for (const { indexes: [a, b] } of swaps) {
          const [ia, ib] = [existing(a), existing(b)];
          indexes.set(a, { ...ib, uid: a });
          indexes.set(b, { ...ia, uid: b });
        }
      })];
    }
    if (method === "POST" && path === "/indexes") {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      return [202, enqueue(uid, "indexCreation", { primaryKey }, () => {
        if (indexes.has(uid)) throw new MeiliError(409, "index_already_exists", `Index \`${uid}\` already exists.`);
        create(uid, primaryKey ?? null);
      })];
    }
    if (seg[0] !== "indexes" || !seg[1]) throw new MeiliError(404, "not_found", `${method} ${path} is not in the fake.`);
    const uid = seg[1];
    const rest = seg.slice(2).join("/");
    if (method === "GET" && rest === "") { const i = existing(uid); return [200, { uid, primaryKey: i.primaryKey, createdAt: i.createdAt, updatedAt: i.createdAt }]; }
    if (method === "DELETE" && rest === "") return [202, enqueue(uid, "indexDeletion", {}, () => { existing(uid); indexes.delete(uid); })];
    if (method === "GET" && rest === "stats") return [200, { numberOfDocuments: existing(uid).docs.size, isIndexing: queue.length > 0, fieldDistribution: {} }];
    if (method === "GET" && rest === "settings") return [200, existing(uid).settings];
    if (method === "PATCH" && rest === "settings") {
      return [202, enqueue(uid, "settingsUpdate", body as Record<string, unknown>, () => {
        const index = orCreate(uid);
        const s = body as Partial<IndexSettings>;
        index.settings = { ...index.settings, ...s, typoTolerance: { ...index.settings.typoTolerance, ...s.typoTolerance } };
      })];
    }
    if ((method === "POST" || method === "PUT") && rest === "documents") return [202, addDocuments(uid, body, params.get("primaryKey"))];
    if (method === "POST" && rest === "documents/delete-batch") {
      const ids = (body as unknown[]).map(String);
      return [202, enqueue(uid, "documentDeletion", { providedIds: ids.length }, () => { for (const id of ids) existing(uid).docs.delete(id); })];
    }
    if (method === "POST" && rest === "search") return [200, search(uid, body as SearchRequest)];
    throw new MeiliError(404, "not_found", `${method} ${path} is not in the fake.`);
  }

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      requests.push(`${mode} ${req.method} ${url.pathname}`);
      if (mode === "hang") return void hanging.add(res);
      const json = (status: number, body: unknown) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
      if (mode === "error") return json(500, { message: "fake internal error", code: "internal", type: "internal", link: "" });
      try {
        const [status, body] = route(req.method ?? "GET", url.pathname.replace(/\/$/, "") || "/", url.searchParams, raw ? JSON.parse(raw) : null);
        json(status, body);
      } catch (err) {
        const e = err instanceof MeiliError ? err : new MeiliError(400, "bad_request", (err as Error).message);
        json(e.status, { message: e.message, code: e.code, type: "invalid_request", link: `https://docs.meilisearch.com/errors#${e.code}` });
      }
    });
  });

  const listen = (port = 0) => new Promise<number>((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  const port = await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every document of every index, by id (fault tests use one index). */
    get documents(): Map<string, Doc> {
      return new Map([...indexes.values()].flatMap((i) => [...i.docs]));
    },
    /** The documents of one index, or undefined when there is no such index. */
    index: (uid: string) => indexes.get(uid)?.docs,
    /** Every task so far, as GET /tasks/{uid} answers them. */
    tasks: () => [...tasks.values()].map(publicTask),
    requests,
    setMode: (next: FakeMode) => { mode = next; },
    /** Answers nothing to the hanging requests: their sockets are destroyed, as when a server dies. */
    dropHanging: () => { for (const res of hanging) res.socket?.destroy(); hanging.clear(); },
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
    start: async () => { await listen(port); },
  };
}

export type FakeMeili = Awaited<ReturnType<typeof startFakeMeili>>;
