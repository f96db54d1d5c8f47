import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `import "server-only"` marks modules (server/*) that must never reach a browser bundle. Next
      // resolves it to an empty module on the server; plain Node gets its throwing entry, so the
      // tests, which run server code in Node, take the empty one too.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "http/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "db/**/*.test.ts", "test/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.tsx", "components/**/*.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // inlined, it goes through Vite's resolver instead (route handlers import it via http/caller.ts).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite is CPU-bound WASM, more workers only contend.
    maxWorkers: 2,
  },
});
