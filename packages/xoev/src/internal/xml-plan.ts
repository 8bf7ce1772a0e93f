import {
  describeObject,
  isArraySchema,
  isObjectSchema,
  isPlainObject,
  joinPointer,
  optionList,
  schemaTypes,
  resolveSchema,
  type CodeListRef,
  type Definition,
  type JsonSchema,
  type JsonSchemaObject,
  type XoevSettings,
} from '@efa-forms/core';
import { XmlError } from '../xml-error.js';
import { decimalLexical, integerLexical } from './lexical.js';
import { translatePattern, type PatternTranslation } from './translate-pattern.js';
import { isNCName } from './xml-name.js';

/**
 * The XML mapping of a definition, derived once from its schema and shared by `toXml`, `fromXml`
 * and `toXsd`, so the three cannot disagree. `$ref`s and conditional branches are read through
 * `@efa-forms/core` (`resolveSchema`, `describeObject`); this module only decides XML names and types.
 */
export interface XmlPlan {
  settings: XoevSettings;
  root: ObjectNode;
  /** Every object type, in the order `toXsd` writes them. */
  objects: ObjectNode[];
  /** Every code list type, in the order `toXsd` writes them. */
  codes: CodeNode[];
}

/** What kind of XML a schema becomes. Adding a kind makes every `switch` over it fail to compile. */
export type Node = ObjectNode | ArrayNode | LeafNode;

export type LeafNode =
  StringNode | DateNode | BinaryNode | IntegerNode | NumberNode | BooleanNode | EnumNode | CodeNode;

export interface ObjectNode {
  kind: 'object';
  /** XSD complex type name (NCName). */
  typeName: string;
  /** Properties in schema order: own, then `allOf` and conditional branches (`describeObject`). */
  properties: PropertyNode[];
  byName: Map<string, PropertyNode>;
  byElement: Map<string, PropertyNode>;
  /** The object schema (resolved), for `describeObject` with data. */
  schema: JsonSchemaObject;
  /** Array properties that must be present now even when empty, decided per data object. */
  hasArrays: boolean;
  title?: string;
  description?: string;
}

export interface ArrayNode {
  kind: 'array';
  items: Node;
  minItems: number;
  maxItems: number;
  /** Element name of the items when the items are arrays themselves (nested lists). */
  itemElement: string;
  itemTags: Tags;
  notes: string[];
}

interface Facets {
  notes: string[];
}

export interface StringNode extends Facets {
  kind: 'string';
  /** XSD base type: `xs:string`, or a DIN 91379 type for the `din-91379-*` formats. */
  base: string;
  minLength?: number;
  maxLength?: number;
  pattern?: PatternTranslation & { source: string };
}

export interface DateNode extends Facets {
  kind: 'date' | 'dateTime' | 'time';
}

export interface BinaryNode extends Facets {
  kind: 'base64';
}

export interface Bounds {
  minInclusive?: string;
  maxInclusive?: string;
  minExclusive?: string;
  maxExclusive?: string;
}

export interface IntegerNode extends Facets, Bounds {
  kind: 'integer';
}

export interface NumberNode extends Facets, Bounds {
  kind: 'number';
}

export interface BooleanNode extends Facets {
  kind: 'boolean';
}

/** One allowed value of an enumeration with its XML spelling and its label. */
export interface EnumOption {
  value: string | number | boolean;
  lexical: string;
  title?: string;
}

export interface EnumNode extends Facets {
  kind: 'enum';
  /** The XSD base type of the enumeration. */
  base: 'xs:string' | 'xs:integer' | 'xs:decimal' | 'xs:boolean';
  options: EnumOption[];
  byLexical: Map<string, EnumOption>;
}

export interface CodeNode extends Facets {
  kind: 'code';
  typeName: string;
  /** JSON Pointer of the first field with this code list type, for errors in its texts. */
  pointer: string;
  codeList: CodeListRef;
  options: EnumOption[];
  byLexical: Map<string, EnumOption>;
  title?: string;
}

/** Start, end and empty tag of an element. */
export interface Tags {
  /** The prefixed element name (`xoev:name`). */
  name: string;
  open: string;
  close: string;
  empty: string;
}

/** The tags of a prefixed element name. */
export function tagsOf(qname: string): Tags {
  return { name: qname, open: `<${qname}>`, close: `</${qname}>`, empty: `<${qname}/>` };
}

export interface PropertyNode {
  /** Data key. */
  name: string;
  /** XML local name (the property name, or `x-xoev.element`). */
  element: string;
  /** The tags as written, precomputed for the serialiser: `<gew:x>`, `</gew:x>`, `<gew:x/>`. */
  tags: Tags;
  node: Node;
  /** Present in every valid object (required outside any condition): `minOccurs` is not 0. */
  required: boolean;
  title: string;
  description?: string;
}

const plans = new WeakMap<object, XmlPlan>();

/** The (cached) XML mapping of a definition. Throws `XmlError` for what XML cannot express. */
export function xmlPlan(definition: Definition): XmlPlan {
  let plan = plans.get(definition);
  if (!plan) {
    plan = new PlanBuilder(definition).build();
    plans.set(definition, plan);
  }
  return plan;
}

/** The XÖV settings of a definition, or an `XmlError` when it has none. */
export function xoevSettings(definition: Pick<Definition, 'xoev'>): XoevSettings {
  const settings = definition.xoev;
  if (!settings)
    throw new XmlError('efa-forms: the definition has no "xoev" settings, so it has no XML message', {
      pointer: '/xoev',
    });
  for (const key of ['message', 'prefix'] as const) {
    if (!isNCName(settings[key])) {
      throw new XmlError(`efa-forms: xoev.${key} "${settings[key]}" is not an XML name (NCName)`, {
        pointer: `/xoev/${key}`,
      });
    }
  }
  if (
    ['bn-g2g', 'bn-beh', 'bn-kom', 'xoev-code', 'din91379', 'xs', 'xsi'].includes(settings.prefix) ||
    settings.prefix.toLowerCase().startsWith('xml')
  ) {
    throw new XmlError(`efa-forms: xoev.prefix "${settings.prefix}" is reserved`, {
      pointer: '/xoev/prefix',
    });
  }
  return settings;
}

class PlanBuilder {
  private readonly objects: ObjectNode[] = [];
  private readonly codes: CodeNode[] = [];
  private readonly typeNames = new Set<string>();
  /** Object types by the identity of their `properties` object: `$ref`s to one schema share a type. */
  private readonly objectsByShape = new Map<object, { schema: JsonSchemaObject; node: ObjectNode }[]>();
  private readonly codesByKey = new Map<string, CodeNode>();
  private readonly prefix: string;

  constructor(private readonly definition: Definition) {
    this.prefix = xoevSettings(definition).prefix;
  }

  build(): XmlPlan {
    const settings = xoevSettings(this.definition);
    const schema = resolveSchema(this.definition, this.definition.schema);
    const rootName = settings.message
      .split('.')
      .map((part) => capitalise(part))
      .join('.');
    const root = this.object(schema, `${rootName}Type`, '', '');
    return { settings, root, objects: this.objects, codes: this.codes };
  }

  private object(schema: JsonSchemaObject, typeName: string, pathName: string, pointer: string): ObjectNode {
    const shape = isPlainObject(schema.properties) ? schema.properties : schema;
    const known = this.objectsByShape.get(shape)?.find((entry) => sameObjectSchema(entry.schema, schema));
    if (known) return known.node;
    const node: ObjectNode = {
      kind: 'object',
      typeName: this.uniqueTypeName(typeName),
      properties: [],
      byName: new Map(),
      byElement: new Map(),
      schema,
      // Stryker disable next-line BooleanLiteral: fromXml then looks for empty arrays in every object, finding none where there are no array properties
      hasArrays: false,
      ...(typeof schema.title === 'string' ? { title: schema.title } : {}),
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    };
    // Registered before the properties are built, so recursive schemas end here.
    const entries = this.objectsByShape.get(shape) ?? [];
    entries.push({ schema, node });
    this.objectsByShape.set(shape, entries);
    this.objects.push(node);

    const required = this.unconditionalRequired(schema, new Set());
    for (const field of describeObject(this.definition, schema)) {
      const fieldPointer = joinPointer(pointer, field.name);
      const hints = field.schema['x-xoev'];
      const element = typeof hints?.element === 'string' ? hints.element : field.name;
      if (!isNCName(element)) {
        throw new XmlError(
          `efa-forms: the field "${fieldPointer}" has no valid XML element name ("${element}"); set x-xoev.element`,
          { pointer: fieldPointer },
        );
      }
      const existing = node.byElement.get(element);
      if (existing) {
        throw new XmlError(
          `efa-forms: the fields "${joinPointer(pointer, existing.name)}" and "${fieldPointer}" both map to the XML element <${element}>`,
          { pointer: fieldPointer },
        );
      }
      const childPath = pathName === '' ? capitalise(element) : `${pathName}.${capitalise(element)}`;
      const property: PropertyNode = {
        name: field.name,
        element,
        tags: tagsOf(`${this.prefix}:${element}`),
        node: this.node(field.schema, childPath, fieldPointer),
        required: required.has(field.name),
        title: field.label,
        ...(typeof field.schema.description === 'string' ? { description: field.schema.description } : {}),
      };
      if (property.node.kind === 'array') node.hasArrays = true;
      node.properties.push(property);
      node.byName.set(property.name, property);
      node.byElement.set(element, property);
    }
    return node;
  }

  /**
   * Names required in every valid object: `required` of the schema and of its `allOf` members (not of
   * conditional branches). `describeObject`'s `required` answers for one data object; the XSD needs
   * the answer for all of them.
   */
  private unconditionalRequired(schema: JsonSchemaObject, seen: Set<object>): Set<string> {
    const names = new Set<string>();
    if (seen.has(schema)) return names;
    seen.add(schema);
    if (Array.isArray(schema.required)) for (const name of schema.required) names.add(String(name));
    if (Array.isArray(schema.allOf)) {
      for (const member of schema.allOf as JsonSchema[]) {
        for (const name of this.unconditionalRequired(resolveSchema(this.definition, member), seen))
          names.add(name);
      }
    }
    return names;
  }

  private node(schema: JsonSchemaObject, pathName: string, pointer: string): Node {
    const options = enumOptions(this.definition, schema, pointer);
    const codeList = schema['x-xoev']?.codeList;
    if (options) {
      if (codeList) return this.code(schema, codeList, options, pointer);
      return this.enumeration(options, pointer);
    }
    if (codeList) {
      throw new XmlError(
        `efa-forms: the field "${pointer}" has x-xoev.codeList but no enum or oneOf/const options`,
        { pointer },
      );
    }
    const types = schemaTypes(schema);
    const type =
      types.length === 0
        ? // An untyped schema is an object or an array by core's reading, as in every other consumer.
          isObjectSchema(schema)
          ? 'object'
          : isArraySchema(schema)
            ? 'array'
            : undefined
        : types.length === 1 || (types.length === 2 && types.includes('integer') && types.includes('number'))
          ? types.includes('number')
            ? 'number'
            : types[0]
          : undefined;
    switch (type) {
      case 'object':
        return this.object(schema, `${pathName}Type`, pathName, pointer);
      case 'array':
        return this.array(schema, pathName, pointer);
      case 'string':
        return stringNode(schema);
      case 'integer':
        return { kind: 'integer', ...bounds(schema, true), notes: multipleOfNotes(schema) };
      case 'number':
        return { kind: 'number', ...bounds(schema, false), notes: multipleOfNotes(schema) };
      case 'boolean':
        return { kind: 'boolean', notes: [] };
      default:
        throw new XmlError(
          `efa-forms: the field "${pointer}" has no XML mapping: ` +
            (types.length > 1
              ? `several types (${types.join(', ')})`
              : types.length === 1
                ? `type "${types[0]}"`
                : 'no type'),
          { pointer },
        );
    }
  }

  private array(schema: JsonSchemaObject, pathName: string, pointer: string): ArrayNode {
    if (schema.prefixItems !== undefined || Array.isArray(schema.items)) {
      throw new XmlError(
        `efa-forms: the field "${pointer}" is a tuple (prefixItems); XML has no mapping for it`,
        { pointer },
      );
    }
    if (schema.items === undefined || typeof schema.items === 'boolean') {
      throw new XmlError(`efa-forms: the array "${pointer}" has no items schema`, { pointer });
    }
    const items = resolveSchema(this.definition, schema.items);
    const itemElement = typeof items['x-xoev']?.element === 'string' ? items['x-xoev'].element : 'eintrag';
    if (!isNCName(itemElement))
      throw new XmlError(`efa-forms: "${itemElement}" is not an XML element name`, {
        pointer: `${pointer}/0`,
      });
    const notes: string[] = [];
    if (schema.uniqueItems === true) notes.push('uniqueItems is checked by the JSON Schema only');
    if (schema.contains !== undefined) notes.push('contains is checked by the JSON Schema only');
    return {
      kind: 'array',
      items: this.node(items, pathName, `${pointer}/0`),
      minItems: typeof schema.minItems === 'number' ? schema.minItems : 0,
      maxItems: typeof schema.maxItems === 'number' ? schema.maxItems : Infinity,
      itemElement,
      itemTags: tagsOf(`${this.prefix}:${itemElement}`),
      notes,
    };
  }

  private code(
    schema: JsonSchemaObject,
    codeList: CodeListRef,
    options: EnumOption[],
    pointer: string,
  ): CodeNode {
    if (typeof codeList.listURI !== 'string' || typeof codeList.listVersionID !== 'string') {
      throw new XmlError(`efa-forms: x-xoev.codeList of "${pointer}" needs listURI and listVersionID`, {
        pointer,
      });
    }
    const key = JSON.stringify([
      codeList.listURI,
      codeList.listVersionID,
      options.map((option) => [option.lexical, option.title]),
    ]);
    const known = this.codesByKey.get(key);
    if (known) return known;
    const base = codeList.listURI.split(/[:/#]/).filter(Boolean).pop() ?? 'Code';
    const name = capitalise(base.replace(/[^\p{L}\p{N}._-]/gu, '')) || 'Liste';
    const node: CodeNode = {
      kind: 'code',
      typeName: this.uniqueTypeName(`Code.${name}Type`),
      pointer,
      codeList: { listURI: codeList.listURI, listVersionID: codeList.listVersionID },
      options,
      byLexical: lexicalIndex(options, pointer),
      notes: [],
      ...(typeof schema.title === 'string' ? { title: schema.title } : {}),
    };
    this.codesByKey.set(key, node);
    this.codes.push(node);
    return node;
  }

  private enumeration(options: EnumOption[], pointer: string): EnumNode {
    const values = options.map((option) => option.value);
    // Stryker disable next-line MethodExpression: loadDefinition refuses options of mixed types, so some and every agree
    const base = values.every((value) => typeof value === 'boolean')
      ? 'xs:boolean'
      : values.every((value) => typeof value === 'number' && Number.isInteger(value))
        ? 'xs:integer'
        : // Stryker disable next-line MethodExpression: loadDefinition refuses options of mixed types, so some and every agree
          values.every((value) => typeof value === 'number')
          ? 'xs:decimal'
          : 'xs:string';
    return { kind: 'enum', base, options, byLexical: lexicalIndex(options, pointer), notes: [] };
  }

  private uniqueTypeName(wanted: string): string {
    let name = isNCName(wanted) ? wanted : 'T' + wanted.replace(/[^\p{L}\p{N}._-]/gu, '');
    if (this.typeNames.has(name)) {
      const stem = name.replace(/Type$/, '');
      let counter = 2;
      while (this.typeNames.has(`${stem}${counter}Type`)) counter++;
      name = `${stem}${counter}Type`;
    }
    this.typeNames.add(name);
    return name;
  }
}

const CONDITIONAL_KEYWORDS = [
  'required',
  'allOf',
  'if',
  'then',
  'else',
  'oneOf',
  'anyOf',
  'dependentSchemas',
  'dependentRequired',
  'dependencies',
];

/**
 * Two resolved object schemas with the same `properties` are one XSD type when their rules are the same
 * objects too, and their `title` and `description` agree: the type's documentation is those texts, so
 * a shared block used as "Wohnanschrift" and as "Betriebsstätte" gets a type per role, documented
 * rightly, while uses that keep the block's texts share one.
 */
function sameObjectSchema(a: JsonSchemaObject, b: JsonSchemaObject): boolean {
  return (
    a === b ||
    (CONDITIONAL_KEYWORDS.every((keyword) => a[keyword] === b[keyword]) &&
      a.title === b.title &&
      a.description === b.description)
  );
}

/**
 * The options of an enumeration with their XML spelling: core's `optionList` (`enum`, `oneOf`/`anyOf`
 * of `{const, title}` also through `$ref`, a lone `const`). `undefined` when the schema is not one.
 */
function enumOptions(
  definition: Definition,
  schema: JsonSchemaObject,
  pointer: string,
): EnumOption[] | undefined {
  const raw = optionList(schema, definition);
  if (!raw) return undefined;
  // `null` is pruned before serialisation; objects and arrays as options have no XML spelling.
  return raw
    .filter((option) => option.value !== null)
    .map((option) => {
      const value = option.value;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new XmlError(
          `efa-forms: the option ${JSON.stringify(value)} of "${pointer}" has no XML spelling`,
          {
            pointer,
          },
        );
      }
      const lexical =
        typeof value === 'string'
          ? value
          : typeof value === 'boolean'
            ? String(value)
            : Number.isInteger(value)
              ? integerLexical(value)
              : decimalLexical(value);
      return { value, lexical, ...(option.title !== undefined ? { title: option.title } : {}) };
    });
}

function lexicalIndex(options: EnumOption[], pointer: string): Map<string, EnumOption> {
  const index = new Map<string, EnumOption>();
  for (const option of options) {
    const other = index.get(option.lexical);
    if (other && other.value !== option.value) {
      throw new XmlError(
        `efa-forms: the options ${JSON.stringify(other.value)} and ${JSON.stringify(option.value)} of "${pointer}" are the same in XML`,
        { pointer },
      );
    }
    index.set(option.lexical, option);
  }
  return index;
}

function stringNode(schema: JsonSchemaObject): LeafNode {
  const notes: string[] = [];
  if (schema.contentEncoding === 'base64') {
    if (typeof schema.contentMediaType === 'string')
      notes.push(`media type ${schema.contentMediaType} (contentMediaType)`);
    return { kind: 'base64', notes };
  }
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  notes.push(...formatLimitNotes(schema));
  if (format === 'date') return { kind: 'date', notes };
  if (format === 'date-time') return { kind: 'dateTime', notes };
  if (format === 'time') return { kind: 'time', notes };
  const din = format === undefined ? undefined : DIN_91379_TYPES[format];
  const node: StringNode = { kind: 'string', base: din ?? 'xs:string', notes };
  if (typeof schema.minLength === 'number' && schema.minLength > 0) node.minLength = schema.minLength;
  if (typeof schema.maxLength === 'number') node.maxLength = schema.maxLength;
  // A format with a known XSD pattern stands in when the schema has no pattern of its own.
  const source =
    typeof schema.pattern === 'string'
      ? schema.pattern
      : format === undefined
        ? undefined
        : FORMAT_PATTERNS[format];
  if (source !== undefined) {
    const translation = translatePattern(source);
    node.pattern = { ...translation, source };
    notes.push(...translation.notes);
  }
  if (format !== undefined && din === undefined) {
    notes.push(
      `format "${format}" is checked by the JSON Schema only${FORMAT_PATTERNS[format] && typeof schema.pattern !== 'string' ? ' (the pattern is its outline)' : ''}`,
    );
  }
  return node;
}

const FORMAT_LIMITS = [
  'formatMinimum',
  'formatExclusiveMinimum',
  'formatMaximum',
  'formatExclusiveMaximum',
] as const;

/**
 * `formatMinimum` and its kin (ajv-formats), often with a `$data` reference to another field ("bis" not
 * before "von"): an XSD restriction cannot compare two elements, so they are left to the JSON Schema and
 * named in a comment.
 */
function formatLimitNotes(schema: JsonSchemaObject): string[] {
  return FORMAT_LIMITS.filter((keyword) => schema[keyword] !== undefined).map((keyword) => {
    const limit = schema[keyword];
    const data =
      typeof limit === 'object' && limit !== null && typeof (limit as { $data?: unknown }).$data === 'string'
        ? (limit as { $data: string }).$data
        : undefined;
    return data === undefined
      ? `${keyword} ${JSON.stringify(limit)} is checked by the JSON Schema only`
      : `${keyword} compares with the field ${data} (relative JSON Pointer); checked by the JSON Schema only`;
  });
}

/** The formats of `@efa-forms/core` that are XÖV's DIN 91379 types. */
const DIN_91379_TYPES: Record<string, string> = {
  'din-91379-a': 'din91379:datatypeA',
  'din-91379-b': 'din91379:datatypeB',
  'din-91379-c': 'din91379:datatypeC',
};

/** Outlines of formats as JSON Schema patterns: never stricter than the format itself. */
const FORMAT_PATTERNS: Record<string, string> = {
  'de-postcode': '^[0-9]{5}$',
};

function bounds(schema: JsonSchemaObject, integer: boolean): Bounds {
  const out: Bounds = {};
  const lexical = (value: number) => (integer ? integerLexical(value) : decimalLexical(value));
  const number = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (number(schema.minimum)) {
    out.minInclusive = lexical(integer ? Math.ceil(schema.minimum) : schema.minimum);
  }
  if (number(schema.maximum)) {
    out.maxInclusive = lexical(integer ? Math.floor(schema.maximum) : schema.maximum);
  }
  if (number(schema.exclusiveMinimum)) {
    const value = schema.exclusiveMinimum;
    if (integer && !Number.isInteger(value)) out.minInclusive = lexical(Math.ceil(value));
    else out.minExclusive = lexical(value);
  }
  if (number(schema.exclusiveMaximum)) {
    const value = schema.exclusiveMaximum;
    if (integer && !Number.isInteger(value)) out.maxInclusive = lexical(Math.floor(value));
    else out.maxExclusive = lexical(value);
  }
  // Both an inclusive and an exclusive bound on one side are not allowed in one XSD restriction.
  if (out.minInclusive !== undefined && out.minExclusive !== undefined) {
    if (Number(out.minInclusive) > Number(out.minExclusive)) delete out.minExclusive;
    else delete out.minInclusive;
  }
  if (out.maxInclusive !== undefined && out.maxExclusive !== undefined) {
    if (Number(out.maxInclusive) < Number(out.maxExclusive)) delete out.maxExclusive;
    else delete out.maxInclusive;
  }
  return out;
}

function multipleOfNotes(schema: JsonSchemaObject): string[] {
  return typeof schema.multipleOf === 'number' && schema.multipleOf !== 1
    ? [`multipleOf ${schema.multipleOf} is checked by the JSON Schema only`]
    : [];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
