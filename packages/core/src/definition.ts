/**
 * The shape of a `<id>.service.json` file: one administrative service, defined once.
 * `service-definition.schema.json` in this package describes the same format for editors.
 */

/** A JSON Schema (2020-12 or draft-07). Kept loose on purpose: any valid JSON Schema is accepted. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/**
 * Anything that carries a data schema: a `Definition`, a `ServiceDefinition`, or `{schema}`. The
 * schema-reading functions take it to follow local `$ref`s against that root.
 */
export interface SchemaHolder {
  schema: JsonSchemaObject;
  /** `false` for third-party schemas loaded leniently (`fromJsonSchema`): unknown keywords are ignored. */
  strict?: boolean;
}

/** An object schema node, the common case inside a definition. */
export interface JsonSchemaObject {
  [keyword: string]: unknown;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  $ref?: string;
  'x-efa'?: EfaHints;
  'x-xoev'?: XoevHints;
  'x-fim'?: FimHints;
}

/** Rendering hints in the annotation keyword `x-efa`. */
export interface EfaHints {
  /** Overrides the widget chosen from the schema: textarea, radio, select, checkboxes, file, ... */
  widget?: string;
  /** WCAG 1.3.5 input purpose token, e.g. `given-name`, `postal-code`, `email`. */
  autocomplete?: string;
  /** Virtual keyboard hint, e.g. `numeric`, `decimal`, `tel`, `email`. */
  inputmode?: string;
  placeholder?: string;
  /** Visible rows of a textarea. */
  rows?: number;
  /** Per-keyword message overrides, e.g. `{ "pattern": "Bitte 5 Ziffern angeben." }`. */
  messages?: Record<string, string>;
  /**
   * The field's options come from the tenant object: a dot path to a list of `{const, title}`, e.g.
   * `tenant.parkzonen`. `loadDefinition` with a tenant puts them in as `oneOf`.
   */
  optionsFrom?: string;
}

/** XML hints in the annotation keyword `x-xoev`. */
export interface XoevHints {
  /** XML element name when it differs from the property name. */
  element?: string;
  /** The enum is an XÖV code list; serialised as an XÖV Code type. */
  codeList?: CodeListRef;
}

/** Identifies an XÖV code list (genericode `CanonicalVersionUri` parts). */
export interface CodeListRef {
  listURI: string;
  listVersionID: string;
}

/** Traceability to the federal FIM data-field catalogue (`F60000227`, `G60000086`, ...). */
export interface FimHints {
  id?: string;
  version?: string;
  [key: string]: unknown;
}

/** A wizard page. Layout only: which top-level (or nested) fields it shows, by JSON Pointer into the data. */
export interface StepDefinition {
  id: string;
  title: string;
  description?: string;
  /** JSON Pointers into the data, e.g. `/inhaber` or `/betrieb/anschrift`. */
  fields: string[];
}

/** XÖV message settings. */
export interface XoevSettings {
  /** Root element name, `bereich.nachricht.NNNN`. */
  message: string;
  namespace: string;
  prefix: string;
  /** Name of the XÖV standard, root attribute `standard`. */
  standard: string;
  /** Version of the XÖV standard, root attribute `version`. */
  version: string;
  nachrichtentyp: CodeListRef & { code: string; name?: string };
  /** Root attribute `produkt`; defaults to `efa-forms`. */
  produkt?: string;
  /** Root attribute `produkthersteller`; defaults to `efa-forms`. */
  produkthersteller?: string;
}

/** A whole service definition, as read from `<id>.service.json`. */
export interface ServiceDefinition {
  $schema?: string;
  /** kebab-case, unique. */
  id: string;
  /** semver of the service; goes into the XML. */
  version: string;
  title: string;
  description?: string;
  /** LeiKa key of the OZG service. */
  leika?: string;
  /** JSON Schema of the submitted data. Its root must be an object schema. */
  schema: JsonSchemaObject;
  steps?: StepDefinition[];
  xoev?: XoevSettings;
  /** JSON Schema of what a reusing municipality configures (authority, AGS, DVDV ids, contact). */
  tenant?: JsonSchemaObject;
  /** Per locale: JSON Pointer into this definition -> translated text. */
  translations?: Record<string, Record<string, string>>;
}

/** Locales with built-in messages. */
export type Locale = 'de' | 'en';

/**
 * A checked definition, as returned by `loadDefinition`: translations applied for its locale,
 * `{tenant.*}` placeholders filled, steps completed (one step with every field when none are given).
 */
export interface Definition extends ServiceDefinition {
  steps: StepDefinition[];
  locale: Locale;
  /** The tenant object it was loaded with (validated against `tenant`), or `{}`. */
  tenantData: Record<string, unknown>;
  /** `false` when loaded leniently from a third-party JSON Schema (`fromJsonSchema`). */
  strict: boolean;
}
