import { describe, expect, test } from 'vitest';
import type { JsonSchemaObject } from '@efa-forms/core';
import { de } from '../locales/de.js';
import { en } from '../locales/en.js';
import { displayValue, fieldOptions, optionIndex, valueText } from './display-value.js';

test('answers as people read them', () => {
  expect(displayValue({ type: 'string', oneOf: [{ const: 'g', title: 'GmbH' }] }, 'g', de, 'de')).toBe(
    'GmbH',
  );
  expect(displayValue({ type: 'boolean' }, true, de, 'de')).toBe('Ja');
  expect(displayValue({ type: 'boolean', const: true, title: 'Zustimmung' }, true, en, 'en')).toBe('Yes');
  expect(displayValue({ type: 'number' }, 1234.5, de, 'de')).toBe('1.234,5');
  expect(displayValue({ type: 'number' }, 1234.5, en, 'en')).toBe('1,234.5');
  expect(displayValue({ type: 'string', format: 'date' }, '2025-03-01', de, 'de')).toBe('01.03.2025');
  expect(displayValue({ type: 'array', items: { enum: ['a', 'b'] } }, ['a', 'b'], de, 'de')).toBe('a, b');
  expect(displayValue({ type: 'string' }, '', de, 'de')).toBe('');
  expect(displayValue({ type: 'object' }, { a: 1 }, de, 'de')).toBe('{"a":1}');
});

describe('displayValue on the review page and in read-only fields', () => {
  test('an empty answer shows nothing', () => {
    for (const empty of [undefined, null, ''])
      expect(displayValue({ type: 'string' }, empty, de, 'de')).toBe('');
    expect(displayValue({ type: 'integer' }, 0, de, 'de')).toBe('0');
    expect(displayValue({ type: 'boolean' }, false, de, 'de')).toBe('Nein');
  });

  test('a yes/no answer reads Ja or Nein, also for a lone consent box', () => {
    expect(displayValue({ type: 'boolean' }, false, en, 'en')).toBe('No');
    expect(displayValue({ const: true, title: 'Ich stimme zu' }, true, de, 'de')).toBe('Ja');
    expect(displayValue({ type: 'boolean', enum: [true] }, false, de, 'de')).toBe('Nein');
    expect(displayValue({ type: 'boolean', enum: [true] }, true, de, 'de')).toBe('Ja');
    // A yes/no answer that is none of the options (a wrong-typed answer) still reads as yes or no.
    expect(displayValue({ enum: ['a', 'b'] }, true, de, 'de')).toBe('Ja');
  });

  test('a yes/no question with titled options reads the option the person chose', () => {
    const schema = {
      oneOf: [
        { const: true, title: 'Ja, per E-Mail' },
        { const: false, title: 'Nein, per Post' },
      ],
    };
    expect(displayValue(schema, false, de, 'de')).toBe('Nein, per Post');
    expect(displayValue(schema, true, de, 'de')).toBe('Ja, per E-Mail');
  });

  test('a chosen option reads its title; a value that is no option reads as it is', () => {
    const schema = { enum: ['a', 'b'], oneOf: undefined } as unknown as JsonSchemaObject;
    expect(displayValue({ oneOf: [{ const: { x: 1 }, title: 'Objekt' }] }, { x: 1 }, de, 'de')).toBe(
      'Objekt',
    );
    expect(displayValue({ enum: ['a', 'b'] }, 'b', de, 'de')).toBe('b');
    expect(displayValue(schema, 'c', de, 'de')).toBe('c');
    expect(displayValue({ enum: [1, 2] }, 3, de, 'de')).toBe('3');
  });

  test('options handed in are used instead of the schema’s', () => {
    const options = [{ value: 'x', label: 'Iks' }];
    expect(displayValue({ type: 'string' }, 'x', de, 'de', options)).toBe('Iks');
    expect(displayValue({ type: 'string' }, 'y', de, 'de', options)).toBe('y');
  });

  test('numbers keep every decimal, with the separators of the language', () => {
    expect(displayValue({ type: 'number' }, 0.123456789, de, 'de')).toBe('0,123456789');
    expect(displayValue({ type: 'number' }, 1234567.5, en, 'en')).toBe('1,234,567.5');
  });

  test('dates and date-times as the language writes them; text that is no date stays as it is', () => {
    const date = { type: 'string', format: 'date' };
    expect(displayValue(date, '2025-03-01', en, 'en')).toBe('1 Mar 2025');
    expect(displayValue(date, '2025-12-31', de, 'de')).toBe('31.12.2025');
    for (const text of ['2025-3-1', 'x2025-03-01', '2025-03-01x', '01.03.2025'])
      expect(displayValue(date, text, de, 'de')).toBe(text);
    const dateTime = { type: 'string', format: 'date-time' };
    expect(displayValue(dateTime, '2025-03-01T10:30:00', de, 'de')).toBe('01.03.2025, 10:30');
    expect(displayValue(dateTime, '2025-03-01T10:30:00', en, 'en')).toBe('1 Mar 2025, 10:30');
    expect(displayValue(dateTime, 'gestern', de, 'de')).toBe('gestern');
  });

  test('an uploaded file reads as a file with its size, not as its content', () => {
    const file = { type: 'string', contentEncoding: 'base64' };
    expect(displayValue(file, 'AAAAAA', de, 'de')).toBe('Eine Datei ist hinterlegt (4 Byte).');
    expect(displayValue(file, 'AAAAAAAA', en, 'en')).toBe('A file is attached (6 bytes).');
    expect(displayValue(file, '', de, 'de')).toBe('');
  });

  test('a list reads as its answers, each as its item schema says', () => {
    const list = {
      type: 'array',
      items: {
        oneOf: [
          { const: 'a', title: 'Alpha' },
          { const: 'b', title: 'Beta' },
        ],
      },
    };
    expect(displayValue(list, ['b', 'a'], de, 'de')).toBe('Beta, Alpha');
    expect(
      displayValue(
        { type: 'array', items: [{ type: 'string' }] } as unknown as JsonSchemaObject,
        ['x', 2],
        de,
        'de',
      ),
    ).toBe('x, 2');
    expect(displayValue({ type: 'array', items: true } as JsonSchemaObject, [true, 'b'], de, 'de')).toBe(
      'Ja, b',
    );
    expect(displayValue({ type: 'array' }, [1.5, null], de, 'de')).toBe('1,5, ');
    expect(displayValue({ type: 'array', items: { type: 'number' } }, [1.5], en, 'en')).toBe('1.5');
  });
});

describe('fieldOptions and optionIndex (choice widgets)', () => {
  test('the options of a choice, each titled, else shown as its value', () => {
    expect(
      fieldOptions(
        {
          oneOf: [
            { const: 'g', title: 'GmbH', description: 'mit Haftung' },
            { const: null },
            { const: 3 },
            { const: 'x' },
          ],
        },
        de,
      ),
    ).toEqual([
      { value: 'g', label: 'GmbH', description: 'mit Haftung' },
      { value: null, label: 'null', description: undefined },
      { value: 3, label: '3', description: undefined },
      { value: 'x', label: 'x', description: undefined },
    ]);
    expect(fieldOptions({ type: 'string' }, de)).toBeUndefined();
  });

  test('a lone constant (a consent box) is labelled by the field’s title', () => {
    expect(fieldOptions({ const: true, title: 'Ich stimme zu' }, de)).toEqual([
      { value: true, label: 'Ich stimme zu', description: undefined },
    ]);
    expect(fieldOptions({ const: true }, de)).toEqual([{ value: true, label: 'Ja', description: undefined }]);
    expect(fieldOptions({ enum: ['nur'], title: 'Feld' }, de)).toEqual([
      { value: 'nur', label: 'nur', description: undefined },
    ]);
    expect(fieldOptions({ enum: ['nur'], const: 'nur', title: 'Feld' }, de)?.[0]?.label).toBe('nur');
  });

  test('untitled yes/no options read Ja and Nein (Yes and No), not true and false', () => {
    const question: JsonSchemaObject = { type: 'boolean', enum: [true, false] };
    expect(fieldOptions(question, de)?.map((option) => option.label)).toEqual(['Ja', 'Nein']);
    expect(fieldOptions(question, en)?.map((option) => option.label)).toEqual(['Yes', 'No']);
    expect(displayValue(question, false, de, 'de')).toBe('Nein');
    expect(
      displayValue({ oneOf: [{ const: true }, { const: false, title: 'Lieber nicht' }] }, true, de, 'de'),
    ).toBe('Ja');
    // Only booleans: the string "true" is an answer as typed.
    expect(fieldOptions({ enum: ['true', 'false'] }, de)?.map((option) => option.label)).toEqual([
      'true',
      'false',
    ]);
  });

  test('the option of a value, by deep equality; none for no value', () => {
    const options = [
      { value: { a: 1 }, label: 'A' },
      { value: [1, 2], label: 'B' },
      { value: 'c', label: 'C' },
    ];
    expect(optionIndex(options, { a: 1 })).toBe(0);
    expect(optionIndex(options, [1, 2])).toBe(1);
    expect(optionIndex(options, 'c')).toBe(2);
    expect(optionIndex(options, 'd')).toBe(-1);
    expect(optionIndex([{ value: undefined, label: 'leer' }], undefined)).toBe(-1);
  });

  test('a value as option text', () => {
    expect([valueText('a'), valueText(null), valueText(42), valueText(true), valueText(undefined)]).toEqual([
      'a',
      'null',
      '42',
      'true',
      '',
    ]);
  });
});
