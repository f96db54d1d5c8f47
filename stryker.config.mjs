// @ts-check
/**
 * Mutation testing (npm run test:mutation, docs/testing.md): StrykerJS changes the code that
 * decides what is published and what the public reads, one small change at a time, and runs
 * the tests that defend it against each change; a change no test notices "survives".
 *
 * The modules come in groups, each with only the test files that defend it, so each run stays
 * short; MUTATION_GROUP picks one (scripts/mutation.mjs runs them all in turn). One mutant at a
 * time (concurrency 1): the machine is shared. Incremental: a re-run tests only the mutants
 * whose code or covering tests changed (tmp/mutation/<group>.incremental.json).
 */
export const GROUPS = {
  review: {
    mutate: ["lib/review/state-machine.ts", "lib/review/transition.ts", "lib/review/allowed.ts", "lib/policies/index.ts", "lib/revisions/kinds/*.ts"],
    testFiles: [
      "lib/review/state-table.test.ts", "lib/review/transition.test.ts", "lib/review/transition-effects.test.ts",
      "lib/review/allowed.test.ts", "lib/policies/policies.test.ts", "lib/sources/create-source-revision.test.ts",
    ],
  },
  visibility: {
    mutate: ["lib/visibility/*.ts"],
    testFiles: ["lib/visibility.test.ts", "test/public-edition.test.ts", "lib/export/columns.test.ts", "lib/search/meili/engine.test.ts"],
  },
  "public-reads": {
    mutate: ["lib/public/reads.ts"],
    testFiles: ["test/public-edition.test.ts", "lib/review/transition-effects.test.ts"],
  },
  search: {
    mutate: ["lib/search/search.ts", "lib/search/visible-hits.ts"],
    testFiles: ["lib/search/meili/engine.test.ts", "app/api/v1/search.test.ts", "lib/review/transition-effects.test.ts"],
  },
  exports: {
    mutate: ["lib/export/*.ts", "!lib/export/*.test.ts"],
    testFiles: ["lib/export/columns.test.ts", "lib/export/ftm-mapping.test.ts", "lib/export/stream.test.ts", "lib/export/published-batches.test.ts"],
  },
};

const name = process.env.MUTATION_GROUP ?? "review";
const group = GROUPS[/** @type {keyof typeof GROUPS} */ (name)];
if (!group) throw new Error(`MUTATION_GROUP=${name}: not one of ${Object.keys(GROUPS).join(", ")}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: group.mutate,
  testFiles: group.testFiles,
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  // The first run of the group's tests, with coverage, takes minutes on a busy machine.
  dryRunTimeoutMinutes: 40,
  incremental: true,
  incrementalFile: `tmp/mutation/${name}.incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `tmp/mutation/${name}.html` },
  jsonReporter: { fileName: `tmp/mutation/${name}.json` },
  tempDirName: "tmp/.stryker-tmp",
  cleanTempDir: "always",
  // The sandbox is a copy of the project: leave out what the tests do not read.
  ignorePatterns: ["/tmp", "/.next", "/data", "/e2e", "/bench", "/public/bench", "/test-results", "/playwright-report", "/docs"],
  thresholds: { high: 85, low: 75, break: null },
};
export default config;
