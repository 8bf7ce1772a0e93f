// `efa types` on every example, spawned as a user runs it, and the generated types checked by tsc: every
// valid sample is accepted, fields that only a conditional branch (`if`/`then`/`else`) declares are
// part of the type, and a wrong type of such a field is rejected.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAt, setAt } from '@efa-forms/core';
import { exampleIds, readExample } from '../../../examples/test-support/read-example.js';
import { exampleUrl } from '../../../examples/load-example.js';
import { repoRoot } from './test-support/fixtures.js';
import { bin, ensureCliBuilt, typeCheck } from './test-support/spawned.js';

/** Per example, string fields that only a conditional branch declares (written by hand, not derived). */
const conditionalFields: Record<string, string[]> = {
  gewerbeanmeldung: [
    '/inhaber/firma',
    '/inhaber/familienname',
    '/betrieb/fruehererInhaber',
    '/erlaubnis/behoerde',
  ],
  gewerbeummeldung: ['/inhaber/firma', '/ummeldung/bisherigeTaetigkeit'],
  gewerbeabmeldung: ['/inhaber/registernummer', '/abmeldung/nachfolger'],
  bewohnerparkausweis: ['/antrag/bisherigeAusweisnummer', '/zahlung/iban'],
  sondernutzung: ['/antragsteller/firma', '/antragsteller/familienname'],
};

/** `gewerbeanmeldung` -> `GewerbeanmeldungData`, the name `efa types` gives the type. */
const typeName = (id: string) =>
  id
    .split('-')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('') + 'Data';

/** A TypeScript expression reading a JSON Pointer with optional chaining. */
const access = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((token) => `?.[${JSON.stringify(token)}]`)
    .join('');

// Inside the repository, so that json-schema-to-ts resolves from its node_modules.
const dir = mkdtempSync(join(fileURLToPath(new URL('node_modules/.cache/', repoRoot)), 'efa-types-'));

beforeAll(ensureCliBuilt, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('efa types on every example (tsc)', () => {
  it('accepts every valid sample, has the conditional fields and rejects a wrong type of them', () => {
    const consumers: string[] = [];
    const ids = exampleIds();
    expect(ids.sort()).toEqual(Object.keys(conditionalFields).sort());
    for (const id of ids) {
      const definition = fileURLToPath(exampleUrl(id));
      const run = spawnSync(process.execPath, [bin, 'types', definition, '-o', join(dir, `${id}.ts`)], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);

      const name = typeName(id);
      const samples = readExample(id).samples.filter(([file]) => file.startsWith('valid-'));
      expect(samples.length).toBeGreaterThanOrEqual(2);
      const lines = [`import type { ${name} } from './${id}.js';`, `declare const data: ${name};`];
      samples.forEach(([file, sample], index) =>
        lines.push(`// ${file}`, `export const valid${index}: ${name} = ${JSON.stringify(sample)};`),
      );
      (conditionalFields[id] ?? []).forEach((pointer, index) => {
        const withField = samples.find(([, sample]) => typeof getAt(sample, pointer) === 'string');
        expect(withField, `${id}: no valid sample has ${pointer}`).toBeDefined();
        const wrong = setAt(withField?.[1], pointer, 42);
        lines.push(
          `export const read${index}: string | undefined = data${access(pointer)};`,
          `// @ts-expect-error ${pointer} is a string, not a number`,
          `export const wrong${index}: ${name} = ${JSON.stringify(wrong)};`,
        );
      });
      writeFileSync(join(dir, `use-${id}.ts`), lines.join('\n') + '\n');
      consumers.push(join(dir, `use-${id}.ts`));
    }
    const check = typeCheck(consumers);
    expect(check.output).toBe('');
    expect(check.status).toBe(0);
  }, 600_000);
});
