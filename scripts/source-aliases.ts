import { join } from 'node:path';

/**
 * Packages import each other by name; tests and Storybook run against the sources, not a stale
 * dist/, so a fresh clone needs no build. Used by vitest.config.ts and .storybook/main.ts (which is
 * loaded as CommonJS, hence the repository root as a parameter instead of `import.meta.url`).
 */
export function sourceAliases(repoRoot: string): Record<string, string> {
  const source = (name: string, file: string) => join(repoRoot, 'packages', name, 'src', file);
  return {
    // Subpath entries first: an alias also matches ids that continue with '/'.
    '@efa-forms/core/engine': source('core', 'engine.ts'),
    '@efa-forms/elements/runtime': source('elements', 'runtime.ts'),
    '@efa-forms/elements/react': source('elements', 'react.ts'),
    '@efa-forms/elements/en': source('elements', 'en.ts'),
    ...Object.fromEntries(
      ['core', 'elements', 'xoev', 'fim', 'server', 'cli'].map((name) => [
        `@efa-forms/${name}`,
        source(name, 'index.ts'),
      ]),
    ),
  };
}

/** `../shared/` (XÖV schemas, FIM samples, peer schemas): read in place, never copied into the project. */
export function sharedDir(repoRoot: string): string {
  return join(repoRoot, '..', 'shared');
}
