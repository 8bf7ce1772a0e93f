// The vitest configuration StrykerJS runs (stryker.config.mjs): the projects of vitest.config.ts,
// with the browser project narrowed to the elements suite. The other browser suites check that core
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
    projects: projects.map((project) =>
      project.test?.name === 'browser'
        ? { ...project, test: { ...project.test, include: ['packages/elements/src/**/*.browser.test.ts'] } }
        : project,
    ),
  },
});
