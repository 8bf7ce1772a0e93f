import { afterEach, beforeAll } from 'vitest';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import * as projectAnnotations from './preview.js';

const project = setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
beforeAll(project.beforeAll);

/**
 * A story that logs an error or a warning fails: a warning is how Lit reports a wrong binding or an
 * update loop, and a tester would never see it. Lit's one-time dev-mode notice is the only exception.
 */
const ignored = [/^Lit is in dev mode/];
const logged: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args
      .map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg)))
      .join(' ');
    if (!ignored.some((pattern) => pattern.test(text))) logged.push(`console.${level}: ${text}`);
    original(...args);
  };
}
// Not cleared before each story: what a story module logs while it loads fails the first story.
afterEach(() => {
  const found = logged.splice(0);
  if (found.length > 0) throw new Error(`The story logged:\n${found.join('\n')}`);
});
