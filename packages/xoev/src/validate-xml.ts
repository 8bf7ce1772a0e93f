import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { XmlError } from './xml-error.js';

/** Options of `validateXml`. */
export interface ValidateXmlOptions {
  /**
   * Loads a schema the XSD imports or includes, by absolute URL (relative locations are resolved
   * against the importing schema's URL first). xmllint-wasm does no I/O of its own: map the official
   * XÖV URLs to local copies here. Required as soon as the XSD imports anything.
   */
  resolve?: (url: string) => string | Uint8Array | Promise<string | Uint8Array>;
  /** URL of the main XSD, the base for its relative imports. Default `file:///message.xsd`. */
  baseUrl?: string;
  /** Upper bound of the WebAssembly memory in MiB (large batches need more). Default 1024. */
  maxMemoryMiB?: number;
}

/** One problem xmllint reports. */
export interface XmlValidationProblem {
  /** Index of the document in the batch (0 for a single document). */
  document: number;
  /** 1-based line in that document, when xmllint names one. */
  line?: number;
  message: string;
}

/** What `validateXml` returns. */
export interface XmlValidationResult {
  valid: boolean;
  errors: XmlValidationProblem[];
}

const SCHEMA_REFERENCE = /<(?:[A-Za-z_][\w.-]*:)?(?:import|include|redefine|override)\b[^>]*>/g;
const SCHEMA_LOCATION = /\bschemaLocation\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Validates XML documents against an XSD with libxml2's xmllint compiled to WebAssembly
 * (xmllint-wasm), in Node and in browsers. Several documents are validated in one xmllint run.
 * Imported schemas come from `options.resolve`; nothing is fetched from the network.
 *
 * @param xml one document, or several (a batch)
 * @param xsd the main schema, e.g. from `toXsd`
 * @returns `valid` and xmllint's errors per document; a schema that does not compile throws `XmlError`
 */
export async function validateXml(
  xml: string | readonly string[],
  xsd: string,
  options: ValidateXmlOptions = {},
): Promise<XmlValidationResult> {
  const documents = typeof xml === 'string' ? [xml] : xml;
  if (documents.length === 0) return { valid: true, errors: [] };
  const schemas = await collectSchemas(xsd, options.baseUrl ?? 'file:///message.xsd', options.resolve);
  const [main, ...preload] = schemas;
  const names = documents.map((_, index) => `document-${index}.xml`);
  let result;
  try {
    result = await validateXML({
      xml: documents.map((contents, index) => ({ fileName: names[index] as string, contents })),
      schema: main as XMLFileInfo,
      preload,
      initialMemoryPages: 256,
      maxMemoryPages: Math.min(65536, Math.max(256, Math.round((options.maxMemoryMiB ?? 1024) * 16))),
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new XmlError(
      `efa-forms: xmllint could not validate (schema or memory problem): ${text.trim().split('\n').slice(0, 5).join(' | ')}`,
    );
  }
  if (result.valid) return { valid: true, errors: [] };
  const errors: XmlValidationProblem[] = [];
  for (const error of result.errors) {
    const document = error.loc ? names.indexOf(error.loc.fileName) : -1;
    // Summary lines ("document-0.xml fails to validate") repeat what the errors say.
    if (/ fails to validate$/.test(error.rawMessage.trim())) continue;
    errors.push({
      document: document >= 0 ? document : 0,
      ...(error.loc && Number.isFinite(error.loc.lineNumber) ? { line: error.loc.lineNumber } : {}),
      message: error.message,
    });
  }
  return { valid: false, errors };
}

/** The main schema and every schema it reaches, with locations rewritten to flat in-memory names. */
async function collectSchemas(
  xsd: string,
  baseUrl: string,
  resolve: ValidateXmlOptions['resolve'],
): Promise<XMLFileInfo[]> {
  const byUrl = new Map<string, string>();
  const byContents = new Map<string, string>();
  const files: { fileName: string; url: string; contents: string }[] = [
    { fileName: 'message.xsd', url: baseUrl, contents: xsd },
  ];
  byUrl.set(baseUrl, 'message.xsd');
  for (let index = 0; index < files.length; index++) {
    const file = files[index] as (typeof files)[number];
    const references = [...file.contents.matchAll(SCHEMA_REFERENCE)];
    let rewritten = '';
    let last = 0;
    for (const reference of references) {
      const tag = reference[0];
      const location = SCHEMA_LOCATION.exec(tag);
      if (!location) continue;
      const given = decodeXmlAttribute(location[1] ?? location[2] ?? '');
      const url = new URL(given, file.url).href;
      let fileName = byUrl.get(url);
      if (fileName === undefined) {
        if (!resolve)
          throw new XmlError(`efa-forms: the schema imports ${url}; pass options.resolve to load it`);
        const loaded = await resolve(url);
        const contents = typeof loaded === 'string' ? loaded : new TextDecoder('utf-8').decode(loaded);
        // One file per distinct schema, however many URLs lead to it (libxml2 imports a namespace once).
        fileName = byContents.get(contents);
        if (fileName === undefined) {
          fileName = `schema-${files.length}.xsd`;
          byContents.set(contents, fileName);
          files.push({ fileName, url, contents });
        }
        byUrl.set(url, fileName);
      }
      const at = (reference.index ?? 0) + location.index;
      rewritten += file.contents.slice(last, at) + `schemaLocation="${fileName}"`;
      last = at + location[0].length;
    }
    file.contents = rewritten + file.contents.slice(last);
  }
  return files.map(({ fileName, contents }) => ({ fileName, contents }));
}

function decodeXmlAttribute(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (match, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return entity.startsWith('#x')
          ? String.fromCodePoint(parseInt(entity.slice(2), 16))
          : entity.startsWith('#')
            ? String.fromCodePoint(Number(entity.slice(1)))
            : match;
    }
  });
}
