// The Gewerbeummeldung (GewA 2) through @efa-forms/core and @efa-forms/xoev: the checks every example
// passes, and the conditions of this form.
import { describe, expect, it } from 'vitest';
import { activeFields, createValidator } from '@efa-forms/core';
import { describeServiceExample } from '../test-support/service-example.js';

const example = describeServiceExample(new URL('./', import.meta.url));

describe('gewerbeummeldung conditions', () => {
  const definition = example.de;
  const fields = (ummeldung: Record<string, unknown>) => activeFields(definition, { ummeldung });

  it('asks for the previous premises only when the business moves', () => {
    expect(fields({ gruende: ['wechsel'] }).visible.has('/ummeldung/fruehereBetriebsstaette')).toBe(false);
    const moved = fields({ gruende: ['wechsel', 'verlegung'] });
    expect(moved.required.has('/ummeldung/fruehereBetriebsstaette')).toBe(true);
    expect(moved.required.has('/ummeldung/fruehereBetriebsstaette/postleitzahl')).toBe(true);
  });

  it('asks for the activity registered so far only when the activity changes', () => {
    expect(fields({ gruende: ['verlegung'] }).visible.has('/ummeldung/bisherigeTaetigkeit')).toBe(false);
    for (const grund of ['wechsel', 'ausdehnung', 'einschraenkung'])
      expect(fields({ gruende: [grund] }).required.has('/ummeldung/bisherigeTaetigkeit'), grund).toBe(true);
  });

  it('reports an empty choice of reasons with the field label, also in English', () => {
    const english = createValidator(definition, { locale: 'en' });
    const error = english
      .validate({ ummeldung: { gruende: [] } })
      .errors.find((e) => e.pointer === '/ummeldung/gruende');
    expect(error?.keyword).toBe('minItems');
    expect(error?.params['label']).toBe('Grund der Ummeldung');
  });
});
