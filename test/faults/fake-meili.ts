import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeMode = "up" | "error" | "hang";

/**
 * A stand-in Meilisearch on a local port, just enough of its task API for the outbox:
 * every write under /indexes/… is accepted as an enqueued task, GET /tasks/{uid} says it
 * succeeded, and document additions and deletions are applied to an in-memory index.
 * "error" answers 500 in Meilisearch's error shape; "hang" accepts and never answers.
 * stop() closes the port, so calls are refused (ECONNREFUSED) until start() again.
 */
export async function startFakeMeili() {
  const documents = new Map<string, Record<string, unknown>>();
  const requests: string[] = [];
  let mode: FakeMode = "up";
  let taskUid = 0;
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      requests.push(`${mode} ${req.method} ${path}`);
      if (mode === "hang") return void hanging.add(res);
      const json = (status: number, body: unknown) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
      if (mode === "error") return json(500, { message: "fake internal error", code: "internal", type: "internal", link: "" });

      const now = new Date().toISOString();
      const task = (uid: number) => ({ uid, taskUid: uid, indexUid: path.split("/")[2] ?? null, status: "succeeded", type: "documentAdditionOrUpdate", details: {}, error: null, duration: "PT0S", enqueuedAt: now, startedAt: now, finishedAt: now });
      const taskMatch = /^\/tasks\/(\d+)$/.exec(path);
      if (req.method === "GET" && taskMatch) return json(200, task(Number(taskMatch[1])));
      if (req.method !== "GET" && path.startsWith("/indexes")) {
        const body = raw ? (JSON.parse(raw) as unknown) : null;
        if (/^\/indexes\/[^/]+\/documents$/.test(path) && req.method === "POST" && Array.isArray(body)) {
          for (const doc of body as Record<string, unknown>[]) documents.set(String(doc.id), doc);
        }
        if (/\/documents\/delete-batch$/.test(path) && Array.isArray(body)) for (const id of body) documents.delete(String(id));
        const uid = ++taskUid;
        return json(202, { taskUid: uid, indexUid: path.split("/")[2], status: "enqueued", type: "documentAdditionOrUpdate", enqueuedAt: now });
      }
      json(404, { message: "not in the fake", code: "not_found", type: "invalid_request", link: "" });
    });
  });

  const listen = (port = 0) => new Promise<number>((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  const port = await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    documents,
    requests,
    setMode: (next: FakeMode) => { mode = next; },
    /** Answers nothing to the hanging requests: their sockets are destroyed, as when a server dies. */
    dropHanging: () => { for (const res of hanging) res.socket?.destroy(); hanging.clear(); },
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
    start: async () => { await listen(port); },
  };
}
