import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  // The co-editing server (server/collab) runs in this process beside Next: Yjs must be one copy
  // for Hocuspocus and our code alike (its constructor checks fail across copies), and ws and
  // ioredis load optional native parts at run time.
  serverExternalPackages: ["@electric-sql/pglite", "yjs", "y-protocols", "@hocuspocus/server", "@hocuspocus/extension-redis", "ws", "ioredis"],
  poweredByHeader: false,
  // npm test type-checks the whole project with tsc before it builds; checking again inside
  // next build would only repeat that work (and tie the build to test-only files).
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: import.meta.dirname },
};

export default config;
