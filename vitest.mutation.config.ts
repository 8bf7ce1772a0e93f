// The vitest configuration StrykerJS runs (stryker.config.mjs): the projects of vitest.config.ts,
// without the story projects and with the browser project narrowed to the elements suite. The other browser suites check that core
// and xoev behave the same in Chromium as in Node (the Node suite already guards every mutant there),
// and xmllint-wasm's worker does not load from Stryker's sandbox.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

type Project = { test?: { name?: string; include?: string[] } };

const projects = (base.test?.projects ?? []) as Project[];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // The story projects test rendering and accessibility, which the elements suite covers for the
    // mutated logic; Stryker runs only the node project and the narrowed browser project.
    projects: projects
      .filter((project) => project.test?.name === 'node' || project.test?.name === 'browser')
      .map((project) =>
        project.test?.name === 'browser'
          ? {
              ...project,
              // The sandbox links node_modules: a cache of its own keeps a test run in the worktree from
              // re-optimising the dependencies under a running mutation test (and the other way round).
              cacheDir: '.vite-mutation',
              test: { ...project.test, include: ['packages/elements/src/**/*.browser.test.ts'] },
            }
          : project,
      ),
  },
});
