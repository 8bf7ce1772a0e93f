/**
 * Dependencies vite pre-bundles up front for the browser: otherwise it discovers them during the first
 * run on a fresh clone, re-optimises and reloads the page mid-test, and Lit ends up loaded twice.
 * Used by vitest.config.ts and .storybook/main.ts.
 */
export const browserDependencies = [
  'ajv',
  'ajv/dist/2020.js',
  'ajv-formats',
  'axe-core',
  'lit',
  'lit/decorators.js',
  // Imported by @storybook/web-components, which vite leaves unbundled: without this it loads a second lit-html.
  'lit/directive-helpers.js',
  'lit/directives/guard.js',
  'lit/directives/if-defined.js',
  'lit/directives/live.js',
  'lit/directives/ref.js',
  'lit/directives/repeat.js',
  'lit/static-html.js',
  'xml-js',
  'xmllint-wasm',
];

/** What the stories import besides: Storybook's test and preview modules. */
export const storyDependencies = [
  'storybook/test',
  'storybook/preview-api',
  '@storybook/web-components-vite',
  '@storybook/addon-a11y/preview',
];
