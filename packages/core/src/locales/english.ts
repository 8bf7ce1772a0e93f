// Loads the English messages (a side effect): the full `@efa-forms/core` imports this module, the
// engine does not, so a German page built on the engine leaves them out.
import { en } from './en.js';
import { addMessageLocale } from './index.js';

addMessageLocale('en', en);
