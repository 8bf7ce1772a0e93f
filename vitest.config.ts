import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { sourceAliases } from './scripts/source-aliases.js';
import { browserDependencies, storyDependencies } from './scripts/browser-dependencies.js';

const alias = sourceAliases(fileURLToPath(new URL('.', import.meta.url)));

const chromium = playwright({ launchOptions: chromiumLaunchOptions });
/** Browser mode in Chromium; a fresh object per project, since vitest names the instances in place. */
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: chromium,
  instances: [{ browser: 'chromium' as const }],
});

const optimizeDeps = { include: browserDependencies };

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
          include: ['packages/*/src/**/*.browser.test.ts', 'examples/**/*.browser.test.ts'],
          browser: browser(),
        },
      },
      {
        // Every story is a test (docs/storybook.md): it renders without console errors, passes axe
        // (`parameters.a11y.test = 'error'`) and its play function passes. .storybook/main.ts's
        // viteFinal adds the source aliases and ../shared access.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        optimizeDeps: { include: [...browserDependencies, ...storyDependencies] },
        test: {
          name: 'storybook',
          // The docs pages read packages/elements/custom-elements.json: written fresh before the stories load.
          globalSetup: ['scripts/custom-elements-manifest.js'],
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: browser(),
        },
      },
      {
        // Tests that run stories over every example service, step and sample (composeStories); the
        // storybook plugin takes only story files, so they have their own project with the same setup.
        resolve: { alias },
        optimizeDeps: { include: [...browserDependencies, ...storyDependencies] },
        test: {
          name: 'stories',
          include: ['stories/**/*.test.ts'],
          globalSetup: ['scripts/custom-elements-manifest.js'],
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: browser(),
        },
      },
    ],
  },
});
