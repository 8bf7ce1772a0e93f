// The one-file ESM bundle dist/efa-forms.js: Lit, core's engine and the elements in one module, so a
// plain HTML page needs only `<script type="module" src=".../efa-forms.js"></script>` to use <efa-form>
// with a compiled service (efa compile). No ajv, no `new Function`: it runs under `script-src 'self'`.
// Raw definitions need dist/efa-forms-runtime.js (bundle-runtime.ts).
// Unlike the package's main entry it registers <efa-form> on import.
import './define.js';
export * from './index.js';
