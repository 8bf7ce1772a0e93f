/** Property keys and ids made from FIM names ("Natürliche Person (abstrakt)" -> `natuerlichePersonAbstrakt`). */

const UMLAUTS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
};

/** ASCII words of a name: German umlauts spelled out, other accents dropped, punctuation splits. */
function words(name: string): string[] {
  return name
    .replace(/[äöüÄÖÜß]/g, (char) => UMLAUTS[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/**
 * A camelCase ASCII key for a JSON property, which is also an XML NCName (so `@efa-forms/xoev` can
 * use it as an element name): letters and digits, starting with a letter. `fallback` when the name
 * has no usable letters.
 */
export function propertyKey(name: string, fallback: string): string {
  const parts = words(name);
  if (parts.length === 0) return fallback;
  const [first = '', ...rest] = parts;
  const head =
    first === first.toUpperCase() ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  const key = head + rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return /^[A-Za-z]/.test(key) ? key : `${fallback}${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

/** A kebab-case id (`natuerliche-person`), `fallback` when the name has no usable letters. */
export function kebabId(name: string, fallback: string): string {
  const id = words(name)
    .map((part) => part.toLowerCase())
    .join('-');
  return /^[a-z]/.test(id) ? id : fallback;
}

/** `base`, or `base2`, `base3`, ... (joined with `separator`) when taken. */
export function unique(
  base: string,
  taken: ReadonlySet<string> | { has(key: string): boolean },
  separator = '',
): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${separator}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
