// The formats that compiled services validate with, under the names ajv knows them by: ajv-formats'
// full set and the German ones. ajv standalone code refers to this module (see standalone-validators.ts).
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { germanFormats } from './formats/german-formats.js';

/** Every format by name, as ajv standalone code of efa-forms looks them up. */
export const standaloneFormats = { ...fullFormats, ...germanFormats };
