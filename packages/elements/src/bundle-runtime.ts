// The one-file ESM bundle dist/efa-forms-runtime.js: dist/efa-forms.js plus the runtime compiler, for
// pages that hand <efa-form> raw definitions (previews, Storybook; needs 'unsafe-eval'). Like
// dist/efa-forms.js it registers <efa-form> on import.
import './define.js';
export * from './runtime.js';
