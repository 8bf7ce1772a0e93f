import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by scripts/custom-elements-manifest.js (main.ts runs it before the preview is built).
import manifest from '../packages/elements/custom-elements.json';
import '@efa-forms/elements';

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
