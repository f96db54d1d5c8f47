// The layer boundaries (docs/architecture.md, "Layers and boundaries"), checked by `npm test`
// (scripts/lint.mjs). Each rule's name is what a violation prints. Type-only imports count too
// (tsPreCompilationDeps), since a type drags its module's meaning along even when erased.
//
// Tests (*.test.ts[x]) are left out of the `from` side: they exercise a layer with the project's
// fixtures (test/factories.ts builds through lib), which is not what ships.
const TESTS = "\\.test\\.tsx?$";

/**
 * Imports that break a rule today and are being moved by other work in progress, each with the
 * reason. Keep this list empty: an entry is a debt with a name on it, never a way around a rule.
 */
const KNOWN_EXCEPTIONS = [
  // Issue #13 item 8 (struct-http): server actions reach components as props, not imports from app/.
  "^components/auth/sign-in-form\\.tsx$",
  "^components/workspace/workspace-nav\\.tsx$",
];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "db-imports-nothing-above",
      severity: "error",
      comment: "db/ is the data layer: schema, driver, migrations, backup. It knows nothing of the domain, the server, HTTP or the UI.",
      from: { path: "^db/", pathNot: [TESTS, ...KNOWN_EXCEPTIONS] },
      to: { path: "^(lib|app|components|server|http)/" },
    },
    {
      name: "lib-imports-no-ui-or-framework",
      severity: "error",
      comment:
        "lib/ is the domain: plain functions over the database that the app, the CLI scripts and the tests all call. " +
        "It imports nothing from app/, components/, http/ or server/, nor React or Next (next, next-auth, @next/*).",
      from: { path: "^lib/", pathNot: [TESTS, ...KNOWN_EXCEPTIONS] },
      to: {
        path: [
          "^(app|components|server|http)/",
          "^node_modules/(react|react-dom|next|next-auth|@next/[^/]+|@types/react|@types/react-dom)/",
        ],
      },
    },
    {
      name: "components-import-no-app-or-db",
      severity: "error",
      comment:
        "components/ render what they are given: data through props and lib's types, server actions as props. " +
        "They never reach into app/ (routes, server actions), http/ (the API's server side), db/ or server/.",
      from: { path: "^components/", pathNot: [TESTS, ...KNOWN_EXCEPTIONS] },
      to: { path: "^(app|db|server|http)/" },
    },
    {
      name: "no-unresolvable-import",
      severity: "error",
      comment: "An import the checker cannot resolve could hide a forbidden one.",
      from: { path: "^(app|components|http|lib|db|server)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^\\.next/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".d.ts", ".d.mts", ".json"],
    },
  },
};
