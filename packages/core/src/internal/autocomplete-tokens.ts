/** Autofill field names of the HTML standard (the WCAG 1.3.5 input purposes plus `on`/`off`). */
const FIELD_NAMES = new Set(
  (
    'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username ' +
    'new-password current-password one-time-code organization-title organization street-address ' +
    'address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 ' +
    'country country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number ' +
    'cc-exp cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday ' +
    'bday-day bday-month bday-year sex url photo tel tel-country-code tel-national tel-area-code tel-local ' +
    'tel-local-prefix tel-local-suffix tel-extension email impp on off'
  ).split(' '),
);
const CONTACT_FIELDS = new Set([
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-local-prefix',
  'tel-local-suffix',
  'tel-extension',
  'email',
  'impp',
]);
const CONTACT_KINDS = new Set(['home', 'work', 'mobile', 'fax', 'pager']);

/** Whether `value` is a valid `autocomplete` attribute value (`section-x shipping work tel` and the like). */
export function isAutocompleteValue(value: string): boolean {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  const field = tokens.pop();
  if (!field || !FIELD_NAMES.has(field)) return false;
  // Read from the end. Once all tokens are read, the last one is `undefined`, which no check accepts
  // (`/^section-/` tests it as the text "undefined").
  if (CONTACT_KINDS.has(tokens[tokens.length - 1] as string)) {
    if (!CONTACT_FIELDS.has(field)) return false;
    tokens.pop();
  }
  if (tokens[tokens.length - 1] === 'shipping' || tokens[tokens.length - 1] === 'billing') tokens.pop();
  if (/^section-/.test(tokens[tokens.length - 1] as string)) tokens.pop();
  return tokens.length === 0;
}
