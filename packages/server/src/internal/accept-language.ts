import type { Locale } from '@efa-forms/core';

const SUPPORTED: readonly Locale[] = ['de', 'en'];

/**
 * The locale an `Accept-Language` header prefers among `de` and `en` (RFC 9110 weights; `en-GB`
 * counts as `en`, `*` as the default); `de` when the header is missing or names neither.
 */
export function pickLocale(header: string | undefined): Locale {
  if (!header) return 'de';
  let best: Locale = 'de';
  let bestWeight = 0;
  for (const part of header.slice(0, 1000).split(',')) {
    const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (!(weight > bestWeight)) continue;
    const primary = range.trim().split('-')[0] as string;
    const locale = primary === '*' ? 'de' : SUPPORTED.find((candidate) => candidate === primary);
    if (locale) {
      best = locale;
      bestWeight = weight;
    }
  }
  return best;
}
