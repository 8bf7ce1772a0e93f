import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// Packages import each other by name; tests run against the sources, not a stale dist/.
// Subpath entries first: an alias also matches ids that continue with '/'.
const alias = {
  '@efa-forms/core/engine': fileURLToPath(new URL('./packages/core/src/engine.ts', import.meta.url)),
  '@efa-forms/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
  '@efa-forms/elements/runtime': fileURLToPath(
    new URL('./packages/elements/src/runtime.ts', import.meta.url),
  ),
  '@efa-forms/elements': fileURLToPath(new URL('./packages/elements/src/index.ts', import.meta.url)),
  '@efa-forms/xoev': fileURLToPath(new URL('./packages/xoev/src/index.ts', import.meta.url)),
  '@efa-forms/fim': fileURLToPath(new URL('./packages/fim/src/index.ts', import.meta.url)),
  '@efa-forms/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
  '@efa-forms/cli': fileURLToPath(new URL('./packages/cli/src/index.ts', import.meta.url)),
};

const chromium = playwright({ launchOptions: chromiumLaunchOptions });

// Pre-bundled up front: otherwise vite discovers them during the first browser run on a fresh clone,
// re-optimises and reloads the page mid-test.
const optimizeDeps = {
  include: [
    'ajv',
    'ajv/dist/2020.js',
    'ajv-formats',
    'axe-core',
    'lit',
    'lit/decorators.js',
    'lit/directives/guard.js',
    'lit/directives/if-defined.js',
    'lit/directives/live.js',
    'lit/directives/repeat.js',
    'lit/directives/ref.js',
    'lit/static-html.js',
    'xml-js',
    'xmllint-wasm',
  ],
};

export default defineConfig({
  resolve: { alias },
  optimizeDeps,
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'examples/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        optimizeDeps,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
