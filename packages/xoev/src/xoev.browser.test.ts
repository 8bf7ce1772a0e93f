/**
 * @efa-forms/xoev runs unchanged in the browser: serialise, parse and validate in Chromium, with
 * xmllint-wasm's browser build (a module worker).
 */
import { describe, expect, it } from 'vitest';
import { loadDefinition } from '@efa-forms/core';
import { fromXml, toXml, toXsd, validateXml, XmlError } from './index.js';

const definition = loadDefinition(
  {
    id: 'browser-test',
    version: '1.0.0',
    title: 'Browser',
    schema: {
      type: 'object',
      properties: {
        name: { type: 'string', title: 'Name', minLength: 1 },
        anzahl: { type: 'integer', title: 'Anzahl', minimum: 0 },
        liste: { type: 'array', title: 'Liste', items: { type: 'string', title: 'Eintrag' } },
      },
      required: ['name'],
    },
    xoev: {
      message: 'browser.test.0001',
      namespace: 'urn:efa-forms:browser:1',
      prefix: 'b',
      standard: 'XBrowser',
      version: '1.0',
      nachrichtentyp: { listURI: 'urn:efa-forms:browser:nachrichtentyp', listVersionID: '1', code: '0001' },
    },
  },
  { locale: 'de' },
);
const header = { leser: { kennung: 'ags:1', name: 'Amt' }, autor: { kennung: 'psw:2', name: 'Portal' } };
const data = { name: 'Ä & <b> 😀 \r\n', anzahl: 3, liste: ['x', 'y'] };

describe('@efa-forms/xoev in the browser', () => {
  it('serialises and parses back', () => {
    const xml = toXml(definition, data, { header });
    expect(xml).toContain('<b:name>Ä &amp; &lt;b&gt; 😀 &#13;\n</b:name>');
    expect(fromXml(definition, xml).data).toEqual(data);
    // The same message with a DOCTYPE in front: refused for the DOCTYPE, not for anything else.
    const withDoctype = xml.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}<!DOCTYPE x>`);
    expect(() => fromXml(definition, withDoctype)).toThrow(/a DOCTYPE is not allowed/);
    expect(() => fromXml(definition, withDoctype)).toThrow(XmlError);
  });

  it('validates with xmllint-wasm, resolving imports without network access', async () => {
    const standalone = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:efa-forms:browser:1" elementFormDefault="qualified">
      <xs:element name="name" type="xs:string"/></xs:schema>`;
    expect(await validateXml('<name xmlns="urn:efa-forms:browser:1">x</name>', standalone)).toEqual({
      valid: true,
      errors: [],
    });
    const result = await validateXml('<name xmlns="urn:efa-forms:browser:1"><x/></name>', standalone);
    expect(result.valid).toBe(false);
    // The message XSD imports the official XÖV URLs; a resolver decides where they come from.
    const requested: string[] = [];
    await expect(
      validateXml(toXml(definition, data, { header }), toXsd(definition), {
        resolve: (url) => {
          requested.push(url);
          throw new Error(`offline: ${url}`);
        },
      }),
    ).rejects.toThrow('offline');
    expect(requested[0]).toBe(
      'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-g2g_1.1.xsd',
    );
  });
});
