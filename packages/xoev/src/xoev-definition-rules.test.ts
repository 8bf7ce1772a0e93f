import { describe, expect, it } from 'vitest';
import { DefinitionError, lintDefinition, loadDefinition } from '@efa-forms/core';
import { toXml } from './to-xml.js';
import { toXsd } from './to-xsd.js';
import { xoevDefinitionRules } from './xoev-definition-rules.js';
import { TEST_TENANT } from './test-support/definitions.js';
import { caught } from './test-support/caught.js';

const xoev = {
  message: 'test.nachricht.0001',
  namespace: 'urn:efa-forms:test:1',
  prefix: 't',
  standard: 'Test',
  version: '1.0',
  nachrichtentyp: { listURI: 'urn:test:nachrichten', listVersionID: '1', code: '0001' },
};
const definition = (properties: Record<string, unknown>, withXoev = true) => ({
  id: 'namen',
  version: '1.0.0',
  title: 'Namen',
  schema: { type: 'object', properties },
  ...(withXoev ? { xoev } : {}),
});
const bad = {
  'mit leerzeichen': { type: 'string', title: 'A' },
  gut: { type: 'string', title: 'B', 'x-xoev': { element: '1x' } },
  gruppe: {
    type: 'object',
    title: 'C',
    properties: { 'ä-ok': { type: 'string', title: 'D' }, 'x:y': { type: 'string', title: 'E' } },
  },
};

describe('xoevDefinitionRules', () => {
  it('reports every property whose XML element name is not an NCName, with code xml-name', () => {
    expect(lintDefinition(definition(bad), { rules: xoevDefinitionRules })).toEqual([
      {
        code: 'xml-name',
        pointer: '/schema/properties/mit leerzeichen',
        message:
          '"mit leerzeichen" is not a valid XML element name; rename the property or set "x-xoev": {"element": "..."}.',
      },
      {
        code: 'xml-name',
        pointer: '/schema/properties/gut/x-xoev/element',
        message: '"1x" is not a valid XML element name.',
      },
      {
        code: 'xml-name',
        pointer: '/schema/properties/gruppe/properties/x:y',
        message: expect.stringMatching(/^"x:y" is not a valid XML element name/),
      },
    ]);
  });

  it('accepts a valid x-xoev element name, even for a property whose own name is none', () => {
    const renamed = definition({
      'mit leerzeichen': { type: 'string', title: 'A', 'x-xoev': { element: 'mitLeerzeichen' } },
    });
    expect(lintDefinition(renamed, { rules: xoevDefinitionRules })).toEqual([]);
  });

  it('checks nothing in a definition without xoev settings, and core alone no longer checks XML names', () => {
    expect(lintDefinition(definition(bad, false), { rules: xoevDefinitionRules })).toEqual([]);
    expect(lintDefinition(definition(bad))).toEqual([]);
  });

  it('makes loadDefinition throw when given as rules', () => {
    try {
      loadDefinition(definition(bad), { rules: xoevDefinitionRules });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DefinitionError);
      expect((error as DefinitionError).problems.map((problem) => problem.code)).toEqual([
        'xml-name',
        'xml-name',
        'xml-name',
      ]);
    }
  });

  it('without the rules, toXml and toXsd refuse the name with an XmlError naming the field pointer', () => {
    const loaded = loadDefinition(definition({ 'mit leerzeichen': { type: 'string', title: 'A' } }), {
      tenant: TEST_TENANT,
    });
    const fromXsd = caught(() => toXsd(loaded));
    expect(fromXsd.pointer).toBe('/mit leerzeichen');
    expect(fromXsd.message).toMatch(
      /"\/mit leerzeichen" has no valid XML element name \("mit leerzeichen"\); set x-xoev\.element/,
    );
    expect(caught(() => toXml(loaded, { 'mit leerzeichen': 'x' }, { tenant: TEST_TENANT })).pointer).toBe(
      '/mit leerzeichen',
    );
  });
});
