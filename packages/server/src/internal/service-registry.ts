import { createHash } from 'node:crypto';
import {
  createValidator,
  isPlainObject,
  loadDefinition,
  parseJson,
  type Definition,
  type Locale,
  type Validator,
  type ValidatorOptions,
} from '@efa-forms/core';
import { behoerdeFromTenant, toXsd, type HeaderOptions } from '@efa-forms/xoev';
import { compareVersions } from './compare-versions.js';

const LOCALES: readonly Locale[] = ['de', 'en'];

/** One version of one service, as the intake serves and accepts it. */
export class Service {
  readonly id: string;
  readonly version: string;
  /** The definition in its source language (German): XML is always written from it. */
  readonly definition: Definition;
  /** The tenant configuration, or `undefined` when the service needs one and none was given. */
  readonly tenant: Record<string, unknown> | undefined;
  /** Whether the service can take submissions (it has its tenant, or needs none). */
  readonly offered: boolean;
  readonly #source: unknown;
  readonly #loaded = new Map<Locale, Definition>();
  readonly #validators = new Map<Locale, Validator>();
  readonly #limits: ValidatorOptions['limits'];
  #xsd: string | undefined;
  #published: { body: string; etag: string } | undefined;

  constructor(
    source: unknown,
    tenant: Record<string, unknown> | undefined,
    limits: ValidatorOptions['limits'],
  ) {
    this.#source = source;
    this.#limits = limits;
    if (isLoadedDefinition(source)) {
      // A loaded definition is served as loaded: its tenant and its texts; messages follow the request.
      this.definition = source;
      this.tenant = Object.keys(source.tenantData).length > 0 ? source.tenantData : tenant;
    } else {
      this.definition = loadDefinition(source, { tenant, locale: 'de' });
      this.tenant = tenant;
    }
    this.#loaded.set(this.definition.locale, this.definition);
    this.id = this.definition.id;
    this.version = this.definition.version;
    this.offered = this.tenant !== undefined || this.definition.tenant === undefined;
  }

  /** The definition with texts in `locale` (raw sources are loaded once per locale, on first use). */
  localized(locale: Locale): Definition {
    let definition = this.#loaded.get(locale);
    if (!definition) {
      definition = isLoadedDefinition(this.#source)
        ? this.definition
        : loadDefinition(this.#source, { tenant: this.tenant, locale });
      this.#loaded.set(locale, definition);
    }
    return definition;
  }

  /** The validator with messages and labels in `locale`, compiled on first use. */
  validator(locale: Locale): Validator {
    let validator = this.#validators.get(locale);
    if (!validator) {
      validator = createValidator(this.localized(locale), { locale, limits: this.#limits });
      this.#validators.set(locale, validator);
    }
    return validator;
  }

  /** The message's XSD (xoev `toXsd`), generated on first use. */
  get xsd(): string {
    return (this.#xsd ??= toXsd(this.definition));
  }

  /**
   * The definition as `GET /services/:id` serves it: a `.service.json` with the tenant's texts filled
   * in and the translations kept (the element picks its locale), without the loader's own fields.
   */
  get published(): { body: string; etag: string } {
    if (!this.#published) {
      const { locale: _locale, tenantData: _tenantData, strict: _strict, ...json } = this.definition;
      const body = JSON.stringify(json);
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
      this.#published = { body, etag: `"${hash}"` };
    }
    return this.#published;
  }

  /** The tenant's display name (the authority of the message header), if the tenant names one. */
  get tenantName(): string | undefined {
    const behoerde = this.tenant?.behoerde;
    const name = isPlainObject(behoerde) ? behoerde.name : behoerde;
    return typeof name === 'string' ? name : undefined;
  }
}

/** The services by id and version; the highest version of an id is its current one. */
export class ServiceRegistry {
  readonly #byId = new Map<string, Service[]>();

  constructor(
    definitions: Iterable<unknown>,
    tenants: Record<string, unknown>,
    options: { limits?: ValidatorOptions['limits']; header?: HeaderOptions; log: (line: string) => void },
  ) {
    for (const given of definitions) {
      const source = typeof given === 'string' ? parseDefinitionText(given) : given;
      const id = isPlainObject(source) && typeof source.id === 'string' ? source.id : undefined;
      const raw = id !== undefined && Object.hasOwn(tenants, id) ? tenants[id] : undefined;
      if (raw !== undefined && !isPlainObject(raw))
        throw new Error(`efa-forms intake: options.tenants["${id}"] must be an object`);
      const service = new Service(source, raw, options.limits);
      if (!service.definition.xoev)
        throw new Error(
          `efa-forms intake: the service "${service.id}" has no "xoev" settings, so no message`,
        );
      const versions = this.#byId.get(service.id) ?? [];
      if (versions.some((other) => other.version === service.version))
        throw new Error(`efa-forms intake: the service "${service.id}" ${service.version} is given twice`);
      versions.push(service);
      versions.sort((a, b) => compareVersions(b.version, a.version));
      this.#byId.set(service.id, versions);
      if (!service.offered) {
        options.log(
          `intake: "${service.id}" ${service.version} has no tenant in options.tenants: not offered`,
        );
      } else if (!options.header?.leser || !options.header.autor) {
        // The header's authority comes from the tenant: a tenant without one is a configuration mistake.
        try {
          behoerdeFromTenant(service.tenant ?? {});
        } catch (error) {
          throw new Error(`efa-forms intake: the tenant of "${service.id}": ${(error as Error).message}`, {
            cause: error,
          });
        }
      }
    }
    for (const id of Object.keys(tenants)) {
      if (!this.#byId.has(id))
        options.log(`intake: options.tenants names "${id}", which is no given service`);
    }
  }

  /** The service `id` in `version` (default: the current version). */
  find(id: string, version?: string): { service: Service } | { missing: 'service' | 'version' } {
    const versions = this.#byId.get(id);
    if (!versions) return { missing: 'service' };
    const service = version === undefined ? versions[0] : versions.find((entry) => entry.version === version);
    return service ? { service } : { missing: 'version' };
  }

  /** The current version of every service, in the order given. */
  current(): Service[] {
    return [...this.#byId.values()].map((versions) => versions[0] as Service);
  }

  /** The versions of `id`, newest first. */
  versions(id: string): string[] {
    return (this.#byId.get(id) ?? []).map((service) => service.version);
  }
}

function parseDefinitionText(text: string): unknown {
  const parsed = parseJson(text);
  if (!parsed.ok)
    throw new Error(
      `efa-forms intake: a definition is not valid JSON: ${parsed.message} at line ${parsed.line}, column ${parsed.column}`,
    );
  return parsed.value;
}

/** A `Definition` from `loadDefinition` rather than raw `.service.json` content. */
function isLoadedDefinition(value: unknown): value is Definition {
  return (
    isPlainObject(value) &&
    typeof value.locale === 'string' &&
    LOCALES.includes(value.locale as Locale) &&
    isPlainObject(value.tenantData) &&
    typeof value.strict === 'boolean' &&
    Array.isArray(value.steps)
  );
}
