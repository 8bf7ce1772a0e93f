import { describe, expect, it, vi } from 'vitest';
import { LIBRARY_DIR } from '../test-support/intake-server.js';
import { xmllintCommand } from './xmllint-command.js';
import { wasmValidator, XsdChecker } from './xsd-checker.js';

// Real servers, xmllint runs and fsyncs on a shared machine: generous guards, never timed assertions.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const XSD =
  '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="zahl" type="xs:integer"/></xs:schema>';

const engines = [
  ['xmllint-wasm', () => wasmValidator(() => '')],
  ['the xmllint command', () => xmllintCommand('xmllint', LIBRARY_DIR)],
] as const;

describe.each(engines)('XsdChecker with %s', (_name, engine) => {
  it(
    'checks concurrent messages in shared runs and gives each its own problems',
    { timeout: 60_000 },
    async () => {
      const checker = new XsdChecker(
        wasmValidator(() => ''),
        4,
        1,
      );
      const key = {};
      const documents = [
        '<zahl>1</zahl>',
        '<zahl>eins</zahl>',
        '<zahl>3</zahl>',
        '<zahl>',
        '<zahl>5</zahl>',
        '<zahl>x</zahl>',
      ];
      const results = await Promise.all(documents.map((xml) => checker.check(key, XSD, xml)));
      expect(results.map((problems) => problems.length > 0)).toEqual([false, true, false, true, false, true]);
      expect(results[1]?.[0]?.message).toMatch(/eins/);
    },
  );

  it('rejects every waiting message when the schema does not compile', { timeout: 60_000 }, async () => {
    const checker = new XsdChecker(engine());
    const broken =
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="nope"/></xs:schema>';
    const results = await Promise.allSettled([
      checker.check({}, broken, '<a/>'),
      checker.check({}, broken, '<a/>'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('xmllintCommand', () => {
  it('refuses a command that does not run', () => {
    expect(() => xmllintCommand('efa-no-such-xmllint', LIBRARY_DIR)).toThrow(/does not run/);
  });
});
