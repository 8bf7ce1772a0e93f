// Mutation testing (StrykerJS): `npm run test:mutation`. Not part of CI: a full run takes hours on
// 2 cores. `--incremental` (the default here) reuses earlier results for unchanged code and tests.
// Narrow a run with `npm run test:mutation -- --mutate packages/core/src/prune.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'packages/core/src/**/*.ts',
    'packages/xoev/src/**/*.ts',
    // The logic modules of elements; templates and styles are covered by the browser suite and axe.
    'packages/elements/src/controllers/**/*.ts',
    'packages/elements/src/internal/field-model.ts',
    'packages/elements/src/internal/shown-errors.ts',
    'packages/elements/src/internal/answer-check.ts',
    'packages/elements/src/internal/form-state.ts',
    // Only the submit guard (`#submit`): the rest of the file is fenced off with `// Stryker disable all`.
    'packages/elements/src/efa-form.ts',
    '!**/*.test.ts',
    '!**/*.test-d.ts',
    '!**/test-support/**',
    '!**/index.ts',
    '!**/locales/**',
  ],
  // Vitest does not type-check; keep sources as written (docs-examples.test.ts reads its own text).
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  // The initial run executes the related tests on one thread with coverage per test; on a shared
  // 2-core machine that takes longer than Stryker's default of 5 minutes.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  // Only the sandboxes go; .stryker-tmp/shared (see scripts/test-mutation.js) stays.
  cleanTempDir: true,
};
