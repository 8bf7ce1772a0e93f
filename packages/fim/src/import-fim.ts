import {
  joinPointer,
  type JsonSchemaObject,
  type ServiceDefinition,
  type StepDefinition,
} from '@efa-forms/core';
import { codeListSchema } from './code-list-schema.js';
import { FimError, type FimWarning } from './fim-error.js';
import { parseGenericode } from './parse-genericode.js';
import { kebabId, propertyKey, unique } from './internal/names.js';
import { parseXml, type XmlNode } from './internal/parse-xml.js';
import {
  XDF2,
  XDF3,
  at,
  childrenNamed,
  codeOf,
  failAt,
  identification,
  multiplicity,
  onlyChildren,
  optionalChild,
  requiredChild,
  textOf,
  type Multiplicity,
} from './internal/xdf-node.js';

/** Options of `importFim`. */
export interface ImportFimOptions {
  /** Code lists for select fields: genericode XML by its `listURI` (genericode `CanonicalUri`). */
  codeLists?: ReadonlyMap<string, string>;
  /** Name of the XML file, put in front of error messages. */
  fileName?: string;
}

/** What `importFim` returns. */
export interface ImportFimResult {
  /** A service definition that `loadDefinition` accepts. */
  definition: ServiceDefinition;
  /** What a person should look at: select fields without code list, rules kept as text, dropped constraints. */
  warnings: FimWarning[];
}

/** A FIM rule kept as text, in `x-fim.regeln`. */
export interface FimRule {
  id: string;
  version?: string;
  name?: string;
  /** The rule in words: XDatenfelder 3 `freitextRegel`, XDatenfelder 2 `definition`. */
  text?: string;
  beschreibung?: string;
  /** The rule's script (XDatenfelder 2 `script`, 3 `skript`), if any. */
  script?: string;
}

interface Context {
  xdf: 2 | 3;
  codeLists: ReadonlyMap<string, string>;
  warnings: FimWarning[];
  defs: Record<string, JsonSchemaObject>;
  /** listURI -> `$defs` name, so a list used by several fields is written once. */
  defNames: Map<string, string>;
}

/** One child of a group or of the Stammdatenschema, converted. */
type Member =
  | {
      kind: 'property';
      key: string;
      schema: JsonSchemaObject;
      required: boolean;
      group: boolean;
      title: string;
    }
  | { kind: 'label'; text: string };

/** Title (`bezeichnungEingabe`, else the required `name`) and hint of a schema, group, field or rule. */
function texts(node: XmlNode): { name: string; title: string; hint?: string } {
  const nameNode = requiredChild(node, 'name');
  const name = textOf(node, 'name') ?? failAt(nameNode, `<${nameNode.name}> is empty`);
  const title = textOf(node, 'bezeichnungEingabe') ?? name;
  const hint = textOf(node, 'hilfetextEingabe');
  return hint ? { name, title, hint } : { name, title };
}

/** `x-fim` last, after the keywords a reader looks for first. */
function fimLast(schema: JsonSchemaObject): JsonSchemaObject {
  const { 'x-fim': fim, ...rest } = schema;
  return fim === undefined ? rest : { ...rest, 'x-fim': fim };
}

const ROOT_CONTENT = ['stammdatenschema', 'datenfeldgruppe', 'datenfeld'] as const;
const SCHEMA_POINTER = '/schema';

/**
 * Converts a FIM XDatenfelder 2 or 3 document (a Stammdatenschema, or a Datenfeldgruppe or Datenfeld
 * message) into a service definition:
 * - Datenfeldgruppe -> object (a fieldset), Datenfeld -> property, in document order; property keys
 *   are camelCase ASCII forms of the FIM `name`.
 * - `datentyp` -> type and format (text, text_latin, date, time, datetime, bool, num, num_int,
 *   num_currency, file, obj); `praezisierung` -> minLength/maxLength/pattern or minimum/maximum.
 * - `anzahl` "min:max" of each `struktur`: `1:1` required, `0:1` optional, more than one an array
 *   with minItems/maxItems.
 * - `feldart` select -> `oneOf: [{const, title}]` from the genericode list in `codeLists` (a `$defs`
 *   entry with `x-xoev.codeList`), or from XDatenfelder 3 `werte`; without either a warning.
 * - `feldart` label -> the text joins the hint (`description`) of the group it is in.
 * - `bezeichnungEingabe` -> title, `hilfetextEingabe` -> description, FIM ids -> `x-fim`,
 *   rules (`regel`) -> `x-fim.regeln` as text (with a warning: a person turns them into conditions).
 * - One step per top-level group; consecutive top-level fields between groups share a step.
 *
 * The XML is untrusted: no DOCTYPE or entities, bounded size and depth.
 * @throws FimError for XML that is malformed, not XDatenfelder 2 or 3, or misses, repeats or misplaces a
 *   required element; the message names the element with line and column
 */
export function importFim(xml: string, options: ImportFimOptions = {}): ImportFimResult {
  try {
    return convert(xml, options);
  } catch (error) {
    if (error instanceof FimError && options.fileName) {
      const { line, column, element } = error;
      throw new FimError(`${options.fileName}: ${error.message}`, {
        ...(line !== undefined ? { line } : {}),
        ...(column !== undefined ? { column } : {}),
        ...(element !== undefined ? { element } : {}),
      });
    }
    throw error;
  }
}

function convert(xml: string, options: ImportFimOptions): ImportFimResult {
  const root = parseXml(xml);
  if (root.namespace !== XDF2 && root.namespace !== XDF3) {
    failAt(
      root,
      `root element <${root.name}> is in namespace ${root.namespace ?? '(none)'}; expected XDatenfelder 2 (${XDF2}) or 3 (${XDF3})`,
    );
  }
  const context: Context = {
    xdf: root.namespace === XDF2 ? 2 : 3,
    codeLists: options.codeLists ?? new Map(),
    warnings: [],
    defs: {},
    defNames: new Map(),
  };
  const content = root.children.filter((child) => (ROOT_CONTENT as readonly string[]).includes(child.local));
  if (content.length !== 1) {
    failAt(
      (content[1] as XmlNode | undefined) ?? root,
      content.length === 0
        ? `<${root.name}> holds no <xdf:stammdatenschema>, <xdf:datenfeldgruppe> or <xdf:datenfeld>`
        : `<${root.name}> holds more than one schema, group or field; expected one`,
    );
  }
  const top = content[0] as XmlNode;
  const { id, version } = identification(top);
  const { title } = texts(top);
  const isSchema = top.local === 'stammdatenschema';

  const members: Member[] = isSchema
    ? structureMembers(top, SCHEMA_POINTER, context)
    : [member(top, { min: 1, max: 1 }, SCHEMA_POINTER, new Set(), context)];
  // Top-level labels go into the steps (below), not into the schema as well.
  const schema: JsonSchemaObject = objectSchema(
    members.filter((entry) => entry.kind !== 'label'),
    {},
  );
  const rules = isSchema ? readRules(top, SCHEMA_POINTER, context) : [];
  if (Object.keys(context.defs).length > 0) schema.$defs = context.defs;
  // A group or field message has its ids on the one property; the root only names the standard.
  schema['x-fim'] = {
    ...(isSchema ? { id, ...(version ? { version } : {}) } : {}),
    standard: context.xdf === 2 ? 'XDatenfelder 2.0' : 'XDatenfelder 3.0.0',
    ...(rules.length ? { regeln: rules } : {}),
  };
  if (members.every((entry) => entry.kind === 'label')) {
    context.warnings.push({
      message: `<${top.name}> ${id} has no data fields; the definition asks nothing`,
      element: top.name,
      line: top.line,
      pointer: SCHEMA_POINTER,
    });
  }

  const description = cleanDescription(top);
  const { steps, unplacedLabels } = stepsOf(members, title);
  const allDescription = [description, ...unplacedLabels].filter(Boolean).join('\n\n');
  const definition: ServiceDefinition = {
    id: kebabId(title, kebabId(id, 'fim-import')),
    version: semver(version),
    title,
    ...(allDescription ? { description: allDescription } : {}),
    schema,
    ...(steps.length ? { steps } : {}),
  };
  return { definition, warnings: context.warnings };
}

/** The Stammdatenschema's `beschreibung`: what the service is about. */
function cleanDescription(node: XmlNode): string | undefined {
  return textOf(node, 'beschreibung');
}

/** "1.2" -> "1.2.0"; anything that is not a version -> "0.1.0". */
function semver(version: string | undefined): string {
  const parts = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(version ?? '');
  return parts ? `${parts[1]}.${parts[2] ?? 0}.${parts[3] ?? 0}` : '0.1.0';
}

/** The members of a group or Stammdatenschema: one per `struktur`, in order. */
function structureMembers(node: XmlNode, pointer: string, context: Context): Member[] {
  const keys = new Set<string>();
  return childrenNamed(node, 'struktur').map((structure) => {
    onlyChildren(structure, ['anzahl', 'bezug', 'enthaelt']);
    const count = multiplicity(requiredChild(structure, 'anzahl'));
    const contains = requiredChild(structure, 'enthaelt');
    onlyChildren(contains, ['datenfeld', 'datenfeldgruppe']);
    if (contains.children.length !== 1) {
      failAt(
        contains,
        `<${contains.name}> holds ${contains.children.length} elements; expected one field or group`,
      );
    }
    return member(contains.children[0] as XmlNode, count, pointer, keys, context);
  });
}

/** Converts one field or group under the object at `pointer`. */
function member(
  node: XmlNode,
  count: Multiplicity,
  pointer: string,
  keys: Set<string>,
  context: Context,
): Member {
  const { id } = identification(node);
  const { name, title } = texts(node);
  if (node.local === 'datenfeld' && codeOf(node, 'feldart') === 'label') {
    return { kind: 'label', text: textOf(node, 'inhalt') ?? title };
  }
  const key = unique(propertyKey(name, id.toLowerCase()), keys);
  keys.add(key);
  const many = count.max > 1;
  const propertyPointer = joinPointer(joinPointer(pointer, 'properties'), key);
  const itemPointer = many ? `${propertyPointer}/items` : propertyPointer;
  const group = node.local === 'datenfeldgruppe';
  const schema = group ? groupSchema(node, itemPointer, context) : fieldSchema(node, itemPointer, context);
  if (!many) return { kind: 'property', key, schema, required: count.min >= 1, group, title };
  const array: JsonSchemaObject = {
    type: 'array',
    title: typeof schema.title === 'string' ? schema.title : title,
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    items: schema,
    ...(count.min > 0 ? { minItems: count.min } : {}),
    ...(Number.isFinite(count.max) ? { maxItems: count.max } : {}),
  };
  return { kind: 'property', key, schema: array, required: count.min >= 1, group, title };
}

/** An object schema from members; label texts join `description`. */
function objectSchema(members: Member[], base: JsonSchemaObject): JsonSchemaObject {
  const properties: Record<string, JsonSchemaObject> = {};
  const required: string[] = [];
  const labels: string[] = [];
  for (const entry of members) {
    if (entry.kind === 'label') {
      labels.push(entry.text);
      continue;
    }
    properties[entry.key] = entry.schema;
    if (entry.required) required.push(entry.key);
  }
  const description = [base.description, ...labels].filter(Boolean).join('\n\n');
  return {
    ...base,
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    ...(required.length ? { required } : {}),
  };
}

/** Title, hint and `x-fim` of a field or group. */
function common(node: XmlNode, pointer: string, context: Context): JsonSchemaObject {
  const { id, version } = identification(node);
  const { title, hint } = texts(node);
  const rules = readRules(node, pointer, context);
  return {
    title,
    ...(hint ? { description: hint } : {}),
    'x-fim': { id, ...(version ? { version } : {}), ...(rules.length ? { regeln: rules } : {}) },
  };
}

function groupSchema(node: XmlNode, pointer: string, context: Context): JsonSchemaObject {
  const base = common(node, pointer, context);
  return fimLast(objectSchema(structureMembers(node, pointer, context), base));
}

/** JSON Schema type (and format) per XDatenfelder `datentyp`. */
const DATA_TYPES: Readonly<Record<string, JsonSchemaObject>> = {
  text: { type: 'string' },
  // XDatenfelder 3: text restricted to DIN SPEC 91379 (the normative Latin characters, data type C).
  text_latin: { type: 'string', format: 'din-91379-c' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string', format: 'time' },
  datetime: { type: 'string', format: 'date-time' },
  bool: { type: 'boolean' },
  num: { type: 'number' },
  num_int: { type: 'integer' },
  // A decimal amount; no multipleOf 0.01, which floating point division gets wrong (19.99 / 0.01).
  num_currency: { type: 'number', 'x-efa': { inputmode: 'decimal' } },
  file: { type: 'string', contentEncoding: 'base64' },
  obj: { type: 'string', contentEncoding: 'base64' },
};

function fieldSchema(node: XmlNode, pointer: string, context: Context): JsonSchemaObject {
  const base = common(node, pointer, context);
  const fieldType = codeOf(node, 'feldart') ?? 'input';
  const dataType = codeOf(node, 'datentyp') ?? 'text';
  const warn = (message: string) =>
    context.warnings.push({ message, element: node.name, line: node.line, pointer });
  const name = `${base.title as string} (${(base['x-fim'] as { id: string }).id})`;

  let typed = DATA_TYPES[dataType];
  if (!typed) {
    warn(`field ${name} has datentyp "${dataType}", which is unknown; it became a text field`);
    typed = DATA_TYPES['text'] as JsonSchemaObject;
  }
  const schema: JsonSchemaObject = { ...base, ...structuredClone(typed) };
  const mediaType = textOf(node, 'mediaType');
  if (schema.contentEncoding && mediaType) schema.contentMediaType = mediaType;

  if (fieldType === 'select') {
    const select = selectSchema(node, pointer, context, name);
    if (select.codeList) (schema['x-fim'] as Record<string, unknown>).codeList = select.codeList;
    return fimLast({ ...schema, ...select.schema });
  }
  if (fieldType === 'locked' || fieldType === 'hidden') {
    schema.readOnly = true;
    if (fieldType === 'hidden') {
      warn(
        `field ${name} is hidden (feldart "hidden"); it is kept as a read-only field, prefill or remove it`,
      );
    }
  } else if (fieldType !== 'input') {
    warn(`field ${name} has feldart "${fieldType}", which is unknown; it became an input field`);
  }
  applyConstraints(schema, readConstraints(node, context, warn), dataType, warn, name);
  return fimLast(schema);
}

/** `praezisierung`: XDatenfelder 2 a JSON object (values usually strings), 3 attributes. */
function readConstraints(
  node: XmlNode,
  context: Context,
  warn: (message: string) => void,
): Record<string, string> {
  const element = optionalChild(node, 'praezisierung');
  if (!element) return {};
  if (context.xdf === 3) return { ...element.attributes };
  const text = element.text.trim();
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    warn(
      `<${element.name}>${at(element)} is not a JSON object (${text.slice(0, 80)}); its constraints were left out`,
    );
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    warn(`<${element.name}>${at(element)} is not a JSON object; its constraints were left out`);
    return {};
  }
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string' || typeof value === 'number') result[key] = String(value);
  }
  return result;
}

const STRING_TYPES = new Set(['text', 'text_latin']);
const NUMBER_TYPES = new Set(['num', 'num_int', 'num_currency']);

function applyConstraints(
  schema: JsonSchemaObject,
  constraints: Record<string, string>,
  dataType: string,
  warn: (message: string) => void,
  name: string,
): void {
  const number = (key: string, integer: boolean): number | undefined => {
    const raw = constraints[key]?.trim();
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value) || (integer && (!Number.isInteger(value) || value < 0))) {
      warn(
        `field ${name}: praezisierung ${key} "${raw}" is not a ${integer ? 'whole number' : 'number'}; left out`,
      );
      return undefined;
    }
    return value;
  };
  const known = new Set(['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern']);
  for (const key of Object.keys(constraints)) {
    if (!known.has(key)) warn(`field ${name}: praezisierung "${key}" is not known; left out`);
  }
  if (STRING_TYPES.has(dataType) || dataType === 'file' || dataType === 'obj') {
    const minLength = number('minLength', true);
    const maxLength = number('maxLength', true);
    if (minLength !== undefined && minLength > 0) schema.minLength = minLength;
    if (maxLength !== undefined) schema.maxLength = maxLength;
    const pattern = constraints['pattern'];
    if (pattern) {
      // FIM patterns are XML Schema regular expressions, which match the whole value.
      const anchored = `^(?:${pattern})$`;
      try {
        new RegExp(anchored, 'u');
        schema.pattern = anchored;
      } catch {
        warn(
          `field ${name}: pattern "${pattern}" is not a JavaScript regular expression; left out, translate it by hand`,
        );
      }
    }
  }
  if (NUMBER_TYPES.has(dataType)) {
    const minimum = number('minValue', false);
    const maximum = number('maxValue', false);
    if (minimum !== undefined) schema.minimum = minimum;
    if (maximum !== undefined) schema.maximum = maximum;
  } else if ((constraints['minValue'] ?? constraints['maxValue']) !== undefined) {
    warn(
      `field ${name}: praezisierung minValue/maxValue on datentyp "${dataType}" is not checked; kept in x-fim.praezisierung`,
    );
    const fim = schema['x-fim'] as Record<string, unknown>;
    fim.praezisierung = {
      ...(constraints['minValue'] !== undefined ? { minValue: constraints['minValue'] } : {}),
      ...(constraints['maxValue'] !== undefined ? { maxValue: constraints['maxValue'] } : {}),
    };
  }
}

/** The options of a select field: XDatenfelder 3 `werte`, else the referenced genericode list. */
function selectSchema(
  node: XmlNode,
  pointer: string,
  context: Context,
  name: string,
): { schema?: JsonSchemaObject; codeList?: { listURI: string; listVersionID?: string } } {
  const warn = (message: string) =>
    context.warnings.push({ message, element: node.name, line: node.line, pointer });
  const values = optionalChild(node, 'werte');
  if (values) {
    const options = childrenNamed(values, 'wert').map((value) => {
      const code = textOf(value, 'code') ?? failAt(value, `<${value.name}> has no <xdf:code>`);
      return { const: code, title: textOf(value, 'name') ?? code };
    });
    if (options.length) return { schema: { type: 'string', oneOf: options } };
  }
  const reference = optionalChild(node, 'codelisteReferenz');
  const identity = reference && (optionalChild(reference, 'genericodeIdentification') ?? reference);
  const listURI = identity && textOf(identity, 'canonicalIdentification');
  const listVersionID = identity && textOf(identity, 'version');
  if (!listURI) {
    warn(
      `select field ${name} names no code list (codelisteReferenz); any text is accepted until options are added`,
    );
    return {};
  }
  const genericode = context.codeLists.get(listURI);
  if (genericode === undefined) {
    warn(
      `select field ${name} uses code list ${listURI}${listVersionID ? ` version ${listVersionID}` : ''}, but no genericode file was given for it; any text is accepted. Pass the list (efa import-fim --codelists <dir>) to get its options`,
    );
    return { codeList: { listURI, ...(listVersionID ? { listVersionID } : {}) } };
  }
  let defName = context.defNames.get(listURI);
  if (defName === undefined) {
    const list = parseGenericode(genericode, listURI);
    defName = unique(propertyKey(list.shortName, 'codeliste'), new Set(Object.keys(context.defs)));
    context.defNames.set(listURI, defName);
    context.defs[defName] = codeListSchema(genericode, { fileName: listURI });
    if (listVersionID && list.listVersionID !== listVersionID) {
      warn(
        `select field ${name} asks for version ${listVersionID} of ${listURI}; the genericode file given is version ${list.listVersionID}, which was used`,
      );
    }
  }
  // `type` stays on the field for readers that do not follow $ref; the list's title yields to the field's.
  return { schema: { type: 'string', $ref: `#/$defs/${defName}` } };
}

/** The `regel` elements of a node as text, with a warning for each. */
function readRules(node: XmlNode, pointer: string, context: Context): FimRule[] {
  return childrenNamed(node, 'regel').map((rule) => {
    const { id, version } = identification(rule);
    const name = textOf(rule, 'name');
    const text = textOf(rule, context.xdf === 3 ? 'freitextRegel' : 'definition');
    const beschreibung = textOf(rule, 'beschreibung');
    const script = textOf(rule, context.xdf === 3 ? 'skript' : 'script');
    context.warnings.push({
      message: `rule ${id}${name ? ` "${name}"` : ''} is kept as text in x-fim.regeln; if the form must enforce it, express it as a condition (if/then, dependentRequired)`,
      element: rule.name,
      line: rule.line,
      pointer: `${pointer}/x-fim/regeln`,
    });
    return {
      id,
      ...(version ? { version } : {}),
      ...(name ? { name } : {}),
      ...(text ? { text } : {}),
      ...(beschreibung ? { beschreibung } : {}),
      ...(script ? { script } : {}),
    };
  });
}

/** One step per top-level group; consecutive top-level fields share a step; labels describe the next step. */
function stepsOf(members: Member[], title: string): { steps: StepDefinition[]; unplacedLabels: string[] } {
  const steps: StepDefinition[] = [];
  const ids = new Set<string>();
  let pendingLabels: string[] = [];
  let fieldStep: StepDefinition | undefined;
  const addStep = (id: string, stepTitle: string): StepDefinition => {
    const step: StepDefinition = { id: unique(id, ids, '-'), title: stepTitle, fields: [] };
    ids.add(step.id);
    if (pendingLabels.length) step.description = pendingLabels.join('\n\n');
    pendingLabels = [];
    steps.push(step);
    return step;
  };
  for (const entry of members) {
    if (entry.kind === 'label') {
      pendingLabels.push(entry.text);
      continue;
    }
    if (entry.group) {
      addStep(kebabId(entry.title, kebabId(entry.key, 'gruppe')), entry.title).fields.push(`/${entry.key}`);
      fieldStep = undefined;
    } else {
      fieldStep ??= addStep('angaben', 'Angaben');
      fieldStep.fields.push(`/${entry.key}`);
    }
  }
  // A form of loose fields only is one step named like the form.
  if (steps.length === 1 && steps[0]?.id === 'angaben') steps[0].title = title;
  const last = steps[steps.length - 1];
  if (pendingLabels.length && last) {
    last.description = [last.description, ...pendingLabels].filter(Boolean).join('\n\n');
    pendingLabels = [];
  }
  return { steps, unplacedLabels: pendingLabels };
}
