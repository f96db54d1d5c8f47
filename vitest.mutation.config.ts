import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The tests StrykerJS runs against each mutant (stryker.config.mjs): only the files that
 * defend the modules it mutates, so a mutation run stays within an hour or so on two cores.
 */
// Spread, not mergeConfig: that would append these files to the whole suite's list.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      // review: state machine, transitions, policies
      "lib/review/transition.test.ts",
      "lib/review/state-table.test.ts",
      "lib/review/transition-effects.test.ts",
      "lib/review/allowed.test.ts",
      "lib/policies/policies.test.ts",
      "lib/sources/create-source-revision.test.ts",
      // visibility and the public reads
      "test/public-edition.test.ts",
      // search's visibility re-check
      "lib/search/meili/engine.test.ts",
      "app/api/v1/search.test.ts",
      // exports
      "lib/export/columns.test.ts",
      "lib/export/ftm-mapping.test.ts",
      "lib/export/stream.test.ts",
      "lib/export/published-batches.test.ts",
    ],
  },
});
