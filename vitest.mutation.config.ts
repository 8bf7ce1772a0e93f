// The vitest configuration StrykerJS runs (stryker.config.mjs): the projects of vitest.config.ts,
// without the story projects and with the browser project narrowed to the elements suite. The other browser suites check that core
// and xoev behave the same in Chromium as in Node (the Node suite already guards every mutant there),
// and xmllint-wasm's worker does not load from Stryker's sandbox.
//
// `MUTATION_TESTS` (comma-separated globs) narrows the node project to those test files and drops the
// browser project, e.g. `MUTATION_TESTS='packages/core/src/formats/*.test.ts'` for the German
// formats: a core module then runs against its own tests in minutes instead of the whole suite.
// Stryker's own `--testFiles` is not used for this: in 9.6.1 it activates module-level ("static")
// mutants too late, so they are reported as survived although a test kills them
// (stryker-mutator/stryker-js#6144).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

type Project = { test?: { name?: string; include?: string[] } };

const projects = (base.test?.projects ?? []) as Project[];
const narrowed = process.env.MUTATION_TESTS?.split(',')
  .map((glob) => glob.trim())
  .filter(Boolean);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // The story projects test rendering and accessibility, which the elements suite covers for the
    // mutated logic; Stryker runs only the node project and the narrowed browser project.
    projects: projects
      .filter(
        (project) => project.test?.name === 'node' || (project.test?.name === 'browser' && !narrowed?.length),
      )
      .map((project) =>
        project.test?.name === 'browser'
          ? {
              ...project,
              // The sandbox links node_modules: a cache of its own keeps a test run in the worktree from
              // re-optimising the dependencies under a running mutation test (and the other way round).
              cacheDir: '.vite-mutation',
              test: { ...project.test, include: ['packages/elements/src/**/*.browser.test.ts'] },
            }
          : {
              ...project,
              // Instrumented code on a shared 2-core machine is several times slower than usual.
              test: {
                ...project.test,
                testTimeout: 60_000,
                // Tests that read a source file as text (rule codes) skip: Stryker rewrites the strings.
                env: { EFA_MUTATION_RUN: '1' },
                ...(narrowed?.length ? { include: narrowed } : {}),
              },
            },
      ),
  },
});
