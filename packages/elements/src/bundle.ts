// The one-file ESM bundle dist/efa-forms.js: Lit, core and the elements in one module, so a plain
// HTML page needs only `<script type="module" src=".../efa-forms.js"></script>` to use <efa-form>.
// Unlike the package's main entry it registers <efa-form> on import.
import './define.js';
export * from './index.js';
