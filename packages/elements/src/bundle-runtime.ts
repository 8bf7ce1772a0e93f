// The one-file ESM bundle dist/efa-forms-runtime.js: dist/efa-forms.js plus the runtime compiler, for
// pages that hand <efa-form> raw definitions (previews, Storybook; needs 'unsafe-eval').
export * from './runtime.js';
