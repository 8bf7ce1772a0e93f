// @efa-forms/elements/en: English for <efa-form>. Importing this module adds the English UI strings and
// core's English validation messages (`addLocale`); without it a form asked for `locale="en"` shows
// German. The one-file `dist/efa-forms-en.js` is this module, built against `dist/efa-forms.js`.
import { enMessages } from '@efa-forms/core/engine';
import { addLocale } from './locales/index.js';
import { en } from './locales/en.js';

addLocale('en', { strings: en, messages: enMessages });

export { en as enStrings };
