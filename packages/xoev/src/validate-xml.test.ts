import { describe, expect, it } from 'vitest';
import { XmlError } from './xml-error.js';
import { validateXml } from './validate-xml.js';
import { libraryResolver } from './test-support/library.js';

const standalone = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="a"><xs:complexType><xs:sequence><xs:element name="b" type="xs:integer" maxOccurs="2"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>`;

describe('validateXml', () => {
  it('validates one document', async () => {
    expect(await validateXml('<a><b>1</b></a>', standalone)).toEqual({ valid: true, errors: [] });
    const result = await validateXml('<a>\n<b>x</b>\n</a>', standalone);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        document: 0,
        line: 2,
        message: expect.stringContaining("'x' is not a valid value of the atomic type 'xs:integer'"),
      },
    ]);
  });

  it('validates a batch in one run and says which document failed where', async () => {
    const result = await validateXml(
      ['<a><b>1</b></a>', '<a><b>1</b><b>2</b><b>3</b></a>', '<a/>', '<a><b>2</b></a>'],
      standalone,
    );
    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => error.document)).toEqual([1, 2]);
    expect(await validateXml([], standalone)).toEqual({ valid: true, errors: [] });
  });

  it('reports documents that are not well-formed', async () => {
    const result = await validateXml('<a><b>1</b>', standalone);
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.document).toBe(0);
  });

  it('loads imports through resolve, relative ones resolved against the importing schema first', async () => {
    const requested: string[] = [];
    const xsd = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:g2g="http://xoev.de/schemata/basisnachricht/g2g/1_1">
      <xs:import namespace="http://xoev.de/schemata/basisnachricht/g2g/1_1" schemaLocation="http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-g2g_1.1.xsd"/>
      <xs:element name="kopf" type="g2g:Nachrichtenkopf.G2GType"/>
    </xs:schema>`;
    const resolve = (url: string) => {
      requested.push(url);
      // Bytes work as well as text.
      return new TextEncoder().encode(libraryResolver(url));
    };
    const kopf = `<kopf xmlns:g2g="http://xoev.de/schemata/basisnachricht/g2g/1_1" xmlns:beh="http://xoev.de/schemata/basisnachricht/behoerde/1_1">
      <g2g:identifikation.nachricht><g2g:nachrichtenUUID>0f0e0d0c-0b0a-4908-8706-050403020100</g2g:nachrichtenUUID>
        <g2g:nachrichtentyp listURI="urn:x" listVersionID="1"><code>1</code></g2g:nachrichtentyp>
        <g2g:erstellungszeitpunkt>2025-01-01T00:00:00.000+01:00</g2g:erstellungszeitpunkt></g2g:identifikation.nachricht>
      <g2g:leser><beh:verzeichnisdienst listVersionID="3"><code>DVDV</code></beh:verzeichnisdienst><beh:kennung>ags:1</beh:kennung><beh:name>A</beh:name></g2g:leser>
      <g2g:autor><beh:verzeichnisdienst listVersionID="3"><code>DVDV</code></beh:verzeichnisdienst><beh:kennung>ags:2</beh:kennung><beh:name>B</beh:name></g2g:autor>
    </kopf>`;
    expect(await validateXml(kopf, xsd, { resolve })).toEqual({ valid: true, errors: [] });
    expect(requested).toEqual(
      expect.arrayContaining([
        'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-g2g_1.1.xsd',
        'http://xoev.de/schemata/basisnachricht/g2g/1_1/din-norm-91379-datatypes.xsd',
        'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-behoerde_1.1.xsd',
        'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-kommunikation_1.1.xsd',
        'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-code.xsd',
      ]),
    );
    // Each URL once, however many schemas import it.
    expect(new Set(requested).size).toBe(requested.length);
    const invalid = await validateXml(kopf.replace('<beh:name>A</beh:name>', '<beh:name>Ψ</beh:name>'), xsd, {
      resolve,
    });
    expect(invalid.errors[0]?.message).toMatch(/pattern/);
  });

  it('needs resolve for imports and never goes to the network itself', async () => {
    const xsd = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="urn:x" schemaLocation="http://example.invalid/x.xsd"/></xs:schema>`;
    await expect(validateXml('<a/>', xsd)).rejects.toThrow(/pass options.resolve/);
    await expect(
      validateXml('<a/>', xsd, { resolve: () => Promise.reject(new Error('offline')) }),
    ).rejects.toThrow('offline');
  });

  it('throws XmlError for a schema that does not compile', async () => {
    const broken =
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="nope"/></xs:schema>';
    await expect(validateXml('<a/>', broken)).rejects.toBeInstanceOf(XmlError);
    await expect(validateXml('<a/>', broken)).rejects.toThrow(
      "efa-forms: xmllint could not validate (schema or memory problem): message.xsd:1: element element: Schemas parser error : element decl. 'a', attribute 'type': The QName value 'nope' does not resolve to a(n) type definition. | WXS schema message.xsd failed to compile",
    );
  });

  it('finds every include and import however it is spelled, and decodes the location as XML does', async () => {
    const requested: string[] = [];
    const part = (name: string) =>
      `<schema xmlns="http://www.w3.org/2001/XMLSchema"><element name="${name}" type="string"/></schema>`;
    const parts: Record<string, string> = {
      'file:///schemas/teil-1.xsd': part('b'),
      'file:///schemas/a&b.xsd': part('c'),
      "file:///schemas/%3Cx%3E%22q%22's'.xsd": part('d'),
      'file:///schemas/x.xsd': part('e'),
    };
    const resolve = (url: string) => {
      requested.push(url);
      const contents = parts[url];
      if (contents === undefined) throw new Error(`unexpected ${url}`);
      return contents;
    };
    // A default-namespace include, a prefixed one with spaces around "=", single quotes, and every
    // entity an attribute may hold; the second reference to teil-1.xsd is not loaded again.
    const xsd = `<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:xsd.v1="http://www.w3.org/2001/XMLSchema">
      <include schemaLocation="teil&#45;1.xsd"/>
      <xsd.v1:include schemaLocation = 'a&amp;b.xsd'/>
      <include schemaLocation="&lt;x&gt;&quot;q&quot;&apos;s&apos;.xsd"/>
      <include schemaLocation="&#x78;.xsd"/>
      <include schemaLocation="teil-1.xsd"/>
    </schema>`;
    const result = await validateXml(['<b/>', '<c/>', '<d/>', '<e/>'], xsd, {
      baseUrl: 'file:///schemas/main.xsd',
      resolve,
    });
    expect(result).toEqual({ valid: true, errors: [] });
    expect(requested).toEqual([
      'file:///schemas/teil-1.xsd',
      'file:///schemas/a&b.xsd',
      "file:///schemas/%3Cx%3E%22q%22's'.xsd",
      'file:///schemas/x.xsd',
    ]);
  });
});
