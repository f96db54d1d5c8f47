// Next's ESLint config (core web vitals + TypeScript), run by `npm test` and `npm run lint`.
// The few adjustments below are scoped to where their reason holds.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore names a parameter a signature needs but the body does not use.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Process-wide state has one home, which says why it must be on globalThis (docs/architecture.md).
    ignores: ["lib/process-state.mjs"],
    rules: {
      "no-restricted-globals": ["error", { name: "globalThis", message: "Keep process-wide state in lib/process-state.mjs (a typed slot)." }],
    },
  },
  {
    // No React outside app/ and components/ (the boundary check forbids it in lib/), so a name
    // starting with `use` there is a plain verb — `useSearchEngine(engine)`, `useTestDatabase()` —
    // not a hook.
    files: ["lib/**", "db/**", "server/**", "scripts/**", "test/**", "bench/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The rule protects the bundler's `module` variable in code Next bundles; tests never are.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "@next/next/no-assign-module-variable": "off" },
  },
  // What .gitignore leaves out (build output, data, test and benchmark artefacts) is not linted either.
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "data/**", "tmp/**", "test-results/**", "playwright-report/**", "public/bench/**"]),
]);
