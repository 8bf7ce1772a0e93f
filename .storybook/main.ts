import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
// No `.js` suffix: Storybook loads this file as CommonJS through esbuild-register, which does not map
// `.js` to the `.ts` source.
import { sharedDir, sourceAliases } from '../scripts/source-aliases';
import { browserDependencies } from '../scripts/browser-dependencies';

/**
 * Storybook for testers and portal developers (docs/storybook.md). The same `viteFinal` serves
 * `storybook dev`/`build` (@storybook/builder-vite brings vite 7) and the `storybook` vitest project
 * (vitest's vite 8), so it only sets plain options both understand.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig, { configDir }) {
    const repoRoot = resolve(configDir, '..');
    const shared = sharedDir(repoRoot);
    const alias = Object.entries(sourceAliases(repoRoot)).map(([find, replacement]) => ({
      find,
      replacement,
    }));
    const existing = viteConfig.resolve?.alias;
    return {
      ...viteConfig,
      resolve: {
        ...viteConfig.resolve,
        alias: [
          ...(Array.isArray(existing)
            ? existing
            : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
          ...alias,
        ],
      },
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), ...browserDependencies],
      },
      // "Any JSON Schema" stories read ../shared/peer-schemas in place (outside the repository).
      server: {
        ...viteConfig.server,
        fs: { ...viteConfig.server?.fs, allow: [...(viteConfig.server?.fs?.allow ?? []), repoRoot, shared] },
      },
      // Lit decorators are compiled the legacy way, as in rollup.config.js (vite does not lower TC39
      // decorators). Storybook's vite 7 hands them to esbuild; under vitest, vite 8 transforms with oxc,
      // which reads the same settings from tsconfig.base.json (and warns about an `esbuild` option).
      ...(process.env.VITEST
        ? {}
        : {
            esbuild: {
              ...(typeof viteConfig.esbuild === 'object' ? viteConfig.esbuild : {}),
              tsconfigRaw: {
                compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
              },
            },
          }),
    };
  },
};

export default config;
