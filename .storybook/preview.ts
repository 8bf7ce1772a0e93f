import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Stories hand <efa-form> raw definitions and schemas: the runtime entry checks and compiles them in the page.
import '@efa-forms/elements/runtime';

// Written by scripts/custom-elements-manifest.js (`npm run manifest`, run before Storybook and the story
// tests). A glob rather than an import, so that type-checking a fresh clone does not need the file.
const manifest = Object.values(
  import.meta.glob<unknown>('../packages/elements/custom-elements.json', { eager: true, import: 'default' }),
)[0];
if (manifest === undefined)
  throw new Error('packages/elements/custom-elements.json is missing: run `npm run manifest`.');
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Every story is an accessibility test: a violation fails it (in the UI and in `npm test`).
      test: 'error',
      // WCAG 2.0-2.2 level A and AA: what BITV 2.0 requires (as packages/elements/src/test-support/axe.ts).
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
