import { createValidator, prune, type Definition, type Validator } from '@efa-forms/core';
import type { Behoerde, HeaderOptions } from '../header.js';
import { headerParties } from './header-parties.js';
import { InvalidDataError, XmlError } from '../xml-error.js';
import { XOEV_NAMESPACES, XOEV_PREFIXES } from '../xoev-schemas.js';
import { timestampLexical } from './lexical.js';
import { checkDatatypeC, checkXmlChars } from './xml-tree.js';
import { xmlPlan, type XmlPlan } from './xml-plan.js';
import type { MessageOptions } from '../to-xml.js';

/** Everything of one message except the body's XML. */
export interface MessageParts {
  plan: XmlPlan;
  /** Pruned, valid data. */
  data: Record<string, unknown>;
  rootName: string;
  rootAttributes: Record<string, string>;
  nachrichtenUUID: string;
  erstellungszeitpunkt: string;
  leser: Behoerde;
  autor: Behoerde;
}

const validators = new WeakMap<object, Validator>();

/** Prunes and validates the data (`InvalidDataError`), and works out root attributes and header. */
export function prepareMessage(definition: Definition, data: unknown, options: MessageOptions): MessageParts {
  const plan = xmlPlan(definition);
  const settings = plan.settings;
  let ready: unknown = data;
  if (!options.prevalidated) {
    ready = prune(definition, data);
    const result = validatorOf(definition).validate(ready);
    if (!result.valid) throw new InvalidDataError(result.errors);
  }
  if (typeof ready !== 'object' || ready === null || Array.isArray(ready)) {
    throw new XmlError('efa-forms: the data is not an object', { pointer: '' });
  }
  const { leser, autor } = headerParties(definition, options.tenant, options.header);
  const now = typeof options.now === 'function' ? options.now() : (options.now ?? new Date());
  return {
    plan,
    data: ready as Record<string, unknown>,
    rootName: `${settings.prefix}:${settings.message}`,
    rootAttributes: rootAttributesOf(definition, plan, options.header ?? NO_HEADER, options.test),
    nachrichtenUUID: typeof options.uuid === 'function' ? options.uuid() : (options.uuid ?? randomUuid()),
    erstellungszeitpunkt: timestampLexical(now, options.timeZone),
    leser,
    autor,
  };
}

const NO_HEADER: HeaderOptions = {};
const attributeCache = new WeakMap<object, WeakMap<HeaderOptions, Map<string, Record<string, string>>>>();

/**
 * Namespace declarations and the root attributes of `Nachricht.G2GType`, checked once per definition,
 * header options object and `test` value (the same for every message; see `headerParties`).
 */
function rootAttributesOf(
  definition: Definition,
  plan: XmlPlan,
  header: HeaderOptions,
  test: boolean | string | undefined,
): Record<string, string> {
  let byHeader = attributeCache.get(definition);
  // Stryker disable next-line ConditionalExpression: a cache miss only computes the same attributes again
  if (!byHeader) attributeCache.set(definition, (byHeader = new WeakMap()));
  let byTest = byHeader.get(header);
  // Stryker disable next-line ConditionalExpression: a cache miss only computes the same attributes again
  if (!byTest) byHeader.set(header, (byTest = new Map()));
  const key = typeof test === 'string' ? 's' + test : String(test);
  let attributes = byTest.get(key);
  if (attributes) return attributes;
  const settings = plan.settings;
  checkXmlChars(settings.namespace, '/xoev/namespace');
  attributes = {
    [`xmlns:${settings.prefix}`]: settings.namespace,
    [`xmlns:${XOEV_PREFIXES.g2g}`]: XOEV_NAMESPACES.g2g,
    [`xmlns:${XOEV_PREFIXES.behoerde}`]: XOEV_NAMESPACES.behoerde,
    [`xmlns:${XOEV_PREFIXES.kommunikation}`]: XOEV_NAMESPACES.kommunikation,
  };
  const values: [string, string | undefined][] = [
    ['produkt', header.produkt ?? settings.produkt ?? 'efa-forms'],
    ['produkthersteller', header.produkthersteller ?? settings.produkthersteller ?? 'efa-forms'],
    ['produktversion', header.produktversion ?? `${definition.id} ${definition.version}`],
    ['standard', settings.standard],
    ['version', settings.version],
    ['test', test === true ? 'true' : test === false ? undefined : test],
  ];
  for (const [name, value] of values) {
    if (value === undefined) continue;
    // Nachricht.G2GType declares them all as DIN 91379 datatype C.
    checkDatatypeC(value, `/header/${name}`);
    attributes[name] = value;
  }
  byTest.set(key, attributes);
  return attributes;
}

function validatorOf(definition: Definition): Validator {
  let validator = validators.get(definition);
  // Stryker disable next-line ConditionalExpression: a cache miss only compiles the same validator again
  if (!validator) {
    validator = createValidator(definition, { locale: definition.locale });
    validators.set(definition, validator);
  }
  return validator;
}

/** RFC 4122 version 4 UUID; `crypto.randomUUID` where available (it needs a secure context in browsers). */
export function randomUuid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
