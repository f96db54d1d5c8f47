/**
 * Runs once when the server starts, before any request is served: server/start.ts opens the
 * database (taking the embedded folder's lock), migrates, seeds and starts search; then the live
 * co-editing server starts, which scripts/server.mjs serves at /collab.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    await import("./server/start");
    await import("./server/collab/start");
  }
}
