// @ts-check
/**
 * Mutation testing (npm run test:mutation, docs/testing.md): StrykerJS changes the code that
 * decides what is published and what the public reads, one small change at a time, and runs
 * the tests of vitest.mutation.config.ts against each; a change no test notices "survives".
 * One mutant at a time (concurrency 1): the machine is shared. Incremental: a re-run only
 * tests mutants whose code or covering tests changed (tmp/mutation/incremental.json).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    // review: state machine, transitions, policies
    "lib/review/state-machine.ts",
    "lib/review/transition.ts",
    "lib/review/allowed.ts",
    "lib/policies/index.ts",
    // visibility
    "lib/visibility.ts",
    // the public reads
    "lib/public/reads.ts",
    // search's visibility re-check
    "lib/search/search.ts",
    "lib/search/visible-hits.ts",
    // exports
    "lib/export/*.ts",
    "!lib/export/*.test.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: "tmp/mutation/incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "tmp/mutation/report.html" },
  jsonReporter: { fileName: "tmp/mutation/report.json" },
  tempDirName: "tmp/.stryker-tmp",
  cleanTempDir: "always",
  // The sandbox is a copy of the project: leave out what the tests do not read.
  ignorePatterns: ["/tmp", "/.next", "/data", "/e2e", "/bench", "/public/bench", "/test-results", "/playwright-report", "/docs"],
  thresholds: { high: 85, low: 75, break: null },
};
export default config;
