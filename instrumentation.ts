/**
 * Runs once when the server starts, before any request is served: opens the
 * database (taking the embedded folder's lock), migrates and seeds.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    await import("./db/boot");
  }
}
