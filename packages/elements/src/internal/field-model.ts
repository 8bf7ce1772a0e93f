import {
  alternativesOf,
  chosenBranch,
  describeObject,
  discriminatorChoices,
  isPlainObject,
  isStaticSchema,
  joinPointer,
  parsePointer,
  resolveSchema,
  type Definition,
  type FieldInfo,
  type JsonSchemaObject,
  type StepDefinition,
} from '@efa-forms/core/engine';
import type { ChildOptions, Widget, WidgetRegistry } from '../widget-registry.js';
import { objectWidget } from '../widgets/index.js';
import { fieldKind, hintsOf, type FieldKind } from '../field-kind.js';
import { EMPTY, ownProperty, shallowEqual } from './object-helpers.js';

/** What the form knows about a field apart from its value: stable across renders while nothing changes. */
export interface FieldShape {
  /** JSON Pointer of the value. */
  pointer: string;
  /** Pointer-like key the DOM ids derive from (differs from `pointer` for a `oneOf` alternative's view). */
  idBase: string;
  name: string;
  schema: JsonSchemaObject;
  label: string;
  required: boolean;
  readOnly: boolean;
  depth: number;
  /** A second view of a value already rendered (chosen alternative): its errors show on the first. */
  alias: boolean;
  /**
   * The field's kind from its schema (`fieldKind`, on core's reader). Walks (step fields, errors,
   * review rows) go by it, never by which widget renders the field, so a replaced widget keeps them.
   */
  kind: FieldKind;
  widget: Widget | undefined;
}

/** One field as the form renders it: its shape and its current value. */
export interface FieldSpec extends FieldShape {
  /** The cached shape object (identity is the render cache key). */
  shape: FieldShape;
  value: unknown;
}

/** What the field model reads from its form. */
export interface FieldModelSource {
  /** The loaded definition (only called while one is loaded). */
  definition(): Definition;
  /** The widgets the form chooses from. */
  widgets(): WidgetRegistry;
  /** The current answers. */
  answers(): Record<string, unknown>;
  /** A widget's view state by `pointer\u0000key` (the chosen `oneOf` alternative). */
  viewState(key: string): unknown;
}

/**
 * The fields of a form as its widgets render them: core's `describeObject` walked down the answers,
 * cached per schema and value identity so a keystroke re-describes only what changed.
 */
export class FieldModel {
  readonly #source: FieldModelSource;
  #describeCache = new WeakMap<object, WeakMap<object, FieldInfo[]>>();
  /** Position of each property in a `describe` result, so lookups by name are O(1). */
  #positions = new WeakMap<FieldInfo[], Map<string, number>>();
  #resolved = new WeakMap<object, JsonSchemaObject>();
  #shapes = new WeakMap<FieldShape, Map<string, FieldShape>>();
  #rootShape: FieldShape | undefined;
  #parsed = new Map<string, string[]>();
  #stepShapes = new WeakMap<StepDefinition, { infos: FieldInfo[]; root: FieldShape; shapes: FieldShape[] }>();
  #previousInfos = new WeakMap<object, Map<string, FieldInfo>>();

  constructor(source: FieldModelSource) {
    this.#source = source;
  }

  /** Forgets everything derived from the definition or the registry. */
  reset(): void {
    this.#describeCache = new WeakMap();
    this.#previousInfos = new WeakMap();
    this.#resolved = new WeakMap();
    this.#shapes = new WeakMap();
    this.#stepShapes = new WeakMap();
    this.#rootShape = undefined;
  }

  widgetFor(schema: JsonSchemaObject): Widget | undefined {
    return this.#source.widgets().find(schema, hintsOf(schema));
  }

  describe(schema: JsonSchemaObject, value: unknown): FieldInfo[] {
    const definition = this.#source.definition();
    let byValue = this.#describeCache.get(schema);
    if (!byValue) this.#describeCache.set(schema, (byValue = new WeakMap()));
    // Without conditional keywords the properties do not depend on the data: describe once per schema.
    const valueKey = isPlainObject(value) && !isStaticSchema(schema) ? value : EMPTY;
    let infos: FieldInfo[] | undefined = byValue.get(valueKey);
    if (!infos) {
      const choices = discriminatorChoices(definition, schema);
      infos = describeObject(definition, schema, valueKey).map((info) => {
        const choice = choices.get(info.name);
        return choice ? { ...info, schema: choice.schema, label: choice.label } : info;
      });
      // describeObject builds fresh schema views; reuse the previous view when it has the same
      // keywords, so the per-field render cache (keyed by schema identity) keeps hitting.
      const previous = this.#previousInfos.get(schema);
      const current = new Map<string, FieldInfo>();
      infos = infos.map((info) => {
        const before = previous?.get(info.name);
        const stable =
          // Stryker disable next-line ConditionalExpression: the identity check only spares a copy of an info that keeps its view anyway (this runs per field on every keystroke in a conditional group)
          before && before.schema !== info.schema && shallowEqual(before.schema, info.schema)
            ? { ...info, schema: before.schema }
            : info;
        current.set(info.name, stable);
        return stable;
      });
      this.#previousInfos.set(schema, current);
      byValue.set(valueKey, infos);
    }
    return infos;
  }

  /** Position of each property in a `describe` result. */
  #positionsOf(infos: FieldInfo[]): Map<string, number> {
    let positions = this.#positions.get(infos);
    // Stryker disable next-line ConditionalExpression: a cache; positions built again are the same
    if (!positions) {
      positions = new Map(infos.map((info, position) => [info.name, position]));
      this.#positions.set(infos, positions);
    }
    return positions;
  }

  resolve(schema: unknown): JsonSchemaObject {
    // Stryker disable next-line BlockStatement: a cache; core's resolveSchema answers the same schema with the same object
    if (isPlainObject(schema)) {
      const cached = this.#resolved.get(schema);
      if (cached) return cached;
      const resolved = resolveSchema(this.#source.definition(), schema as JsonSchemaObject);
      this.#resolved.set(schema, resolved);
      return resolved;
    }
    return resolveSchema(this.#source.definition(), schema as JsonSchemaObject);
  }

  /**
   * The cached shape of a child field; a new one only when what it is made of changed. `make` (which
   * formats pointers) runs only on a miss: this is on the path of every keystroke, once per field.
   */
  shape(
    parent: FieldShape,
    key: string,
    part: Pick<FieldShape, 'schema' | 'label' | 'required' | 'readOnly' | 'alias'>,
    make: () => Pick<FieldShape, 'pointer' | 'idBase' | 'name'>,
  ): FieldShape {
    let children = this.#shapes.get(parent);
    if (!children) this.#shapes.set(parent, (children = new Map()));
    const cached = children.get(key);
    if (
      cached &&
      cached.schema === part.schema &&
      cached.label === part.label &&
      cached.required === part.required &&
      cached.readOnly === part.readOnly &&
      cached.alias === part.alias
    ) {
      return cached;
    }
    const shape: FieldShape = {
      ...make(),
      ...part,
      depth: parent.depth + 1,
      kind: fieldKind(part.schema),
      widget: this.widgetFor(part.schema),
    };
    children.set(key, shape);
    return shape;
  }

  spec(shape: FieldShape, value: unknown): FieldSpec {
    return { ...shape, shape, value };
  }

  childShape(parent: FieldShape, info: FieldInfo): FieldShape {
    return this.shape(
      parent,
      info.name,
      {
        schema: info.schema,
        label: info.label,
        required: info.required,
        readOnly: parent.readOnly || info.schema.readOnly === true,
        alias: false,
      },
      () => childPointers(parent, info.name),
    );
  }

  childSpec(parent: FieldSpec, info: FieldInfo): FieldSpec {
    return this.spec(this.childShape(parent.shape, info), ownProperty(parent.value, info.name));
  }

  /**
   * Shapes and values of a step's fields. When every field is top-level (the common case, and the
   * generated single step) the shapes are reused while the root's properties are unchanged, so a
   * keystroke costs one property read per field.
   */
  stepFields(step: StepDefinition): [FieldShape, unknown][] {
    const root = this.rootSpec();
    // Stryker disable next-line ArrowFunction,ConditionalExpression: the short cut for top-level steps; the general walk (specAt) gives the same shapes (a step of nested fields kills `!== 1`, checked by hand)
    const topLevel = step.fields.every((pointer) => this.#tokens(pointer).length === 1);
    if (!topLevel) {
      return step.fields
        .map((pointer) => this.specAt(pointer))
        .filter((spec): spec is FieldSpec => spec !== undefined)
        .map((spec) => [spec.shape, spec.value]);
    }
    const infos = this.describe(root.schema, root.value);
    let cached = this.#stepShapes.get(step);
    if (
      // Stryker disable next-line ConditionalExpression: a cache; shapes built again are the same ones (childShape caches them)
      !cached ||
      cached.infos !== infos ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only the title can give the root a new shape with the same properties, and the children's shapes do not read it
      cached.root !== root.shape
    ) {
      const positions = this.#positionsOf(infos);
      const shapes: FieldShape[] = [];
      for (const pointer of step.fields) {
        const info = infos[positions.get(this.#tokens(pointer)[0] as string) ?? -1];
        if (info?.active) shapes.push(this.childShape(root.shape, info));
      }
      this.#stepShapes.set(step, (cached = { infos, root: root.shape, shapes }));
    }
    return cached.shapes.map((shape) => [shape, ownProperty(root.value, shape.name)]);
  }

  /** The root of the data as a field (never rendered itself). */
  rootSpec(): FieldSpec {
    const definition = this.#source.definition();
    if (
      this.#rootShape?.schema !== this.resolve(definition.schema) ||
      this.#rootShape.label !== definition.title
    ) {
      this.#rootShape = {
        pointer: '',
        idBase: '',
        name: '',
        schema: this.resolve(definition.schema),
        label: definition.title,
        required: true,
        readOnly: false,
        depth: -1,
        alias: false,
        kind: 'object',
        widget: objectWidget,
      };
    }
    return this.spec(this.#rootShape, this.#source.answers());
  }

  /** Tokens of a pointer, parsed once. */
  #tokens(pointer: string): string[] {
    let tokens = this.#parsed.get(pointer);
    // Stryker disable next-line ConditionalExpression: a cache; a pointer parsed again gives the same tokens
    if (!tokens) this.#parsed.set(pointer, (tokens = parsePointer(pointer)));
    return tokens;
  }

  /**
   * The field at a step's pointer (`/inhaber`, `/betrieb/anschrift`), or `undefined` when it is not
   * active for the current answers. `order` collects property positions for sorting errors.
   */
  specAt(pointer: string, order?: number[]): FieldSpec | undefined {
    let spec = this.rootSpec();
    for (const token of this.#tokens(pointer)) {
      const next = this.child(spec, token, order);
      if (!next) return undefined;
      spec = next;
    }
    return spec;
  }

  /** One level down from a container field (object, array, alternatives: by its kind). */
  child(spec: FieldSpec, token: string, order?: number[]): FieldSpec | undefined {
    const kind = spec.kind;
    if (kind === 'array') {
      const position = Number(token);
      if (!Array.isArray(spec.value) || !/^\d+$/.test(token) || position >= spec.value.length)
        return undefined;
      order?.push(position);
      return this.itemSpec(spec, position, undefined);
    }
    let schema = spec.schema;
    if (kind === 'choice') {
      const branch = this.chosenBranch(spec);
      // Stryker disable next-line ConditionalExpression: a field of kind choice has alternatives, so chosenBranch always returns a schema; `!branch` is for the type only (the `fieldKind` variants are killed)
      if (!branch || fieldKind(branch) !== 'object') return undefined;
      schema = branch;
    } else if (kind !== 'object') {
      return undefined;
    }
    const infos = this.describe(schema, spec.value);
    const index = this.#positionsOf(infos).get(token) ?? -1;
    if (!infos[index]?.active) return undefined;
    order?.push(index);
    return this.childSpec(spec, infos[index] as FieldInfo);
  }

  /** An array item (the repeat group renders it with a numbered label). */
  itemSpec(
    parent: FieldSpec,
    position: number,
    options: ChildOptions | undefined,
    schema = this.resolve(parent.schema.items),
  ): FieldSpec {
    const value = Array.isArray(parent.value) ? parent.value[position] : undefined;
    const token = String(position);
    // Walks (errors, review) and renders label items differently: separate cache entries.
    const shape = this.shape(
      parent.shape,
      options ? token : `${token}\u0000walk`,
      {
        schema,
        label: options?.label ?? parent.label,
        required: options?.required ?? true,
        readOnly: parent.readOnly || schema.readOnly === true,
        alias: false,
      },
      () => childPointers(parent, token),
    );
    return this.spec(shape, value);
  }

  /**
   * The index of the alternative a field of alternatives shows: core's `chosenBranch` from the data and
   * the person's pick (view state `variant`), the first while none is chosen. `undefined` when the
   * field has no alternatives.
   */
  alternativeIndex(spec: FieldSpec): number | undefined {
    const branches = alternativesOf(spec.schema);
    if (!branches) return undefined;
    const picked = this.#source.viewState(`${spec.pointer}\u0000variant`);
    return (
      chosenBranch(
        this.#source.definition(),
        branches,
        spec.value,
        typeof picked === 'number' ? picked : undefined,
      ) ?? 0
    );
  }

  /** The schema of the alternative a field of alternatives shows (see `alternativeIndex`). */
  chosenBranch(spec: FieldSpec): JsonSchemaObject | undefined {
    const index = this.alternativeIndex(spec);
    const branches = alternativesOf(spec.schema);
    return index === undefined || !branches ? undefined : this.resolve(branches[index]);
  }

  /**
   * The answers as the page shows them: every object the form renders as a fieldset exists, empty if
   * nothing was entered. So a required group that is still empty reports its missing fields
   * ("Bitte geben Sie Familienname an") instead of itself. Optional empty groups are pruned as before.
   */
  shownData(): Record<string, unknown> {
    const root = this.rootSpec();
    return this.#withObjects(root.schema, root.value) as Record<string, unknown>;
  }

  #withObjects(schema: JsonSchemaObject, value: unknown): unknown {
    if (value !== undefined && !isPlainObject(value)) return value;
    const object = (value ?? {}) as Record<string, unknown>;
    let result = object;
    for (const info of this.describe(schema, object)) {
      if (!info.active || fieldKind(info.schema) !== 'object') continue;
      const child = Object.prototype.hasOwnProperty.call(object, info.name) ? object[info.name] : undefined;
      const filled = this.#withObjects(info.schema, child);
      if (filled !== child) {
        if (result === object) result = { ...object };
        Object.defineProperty(result, info.name, {
          value: filled,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return result;
  }

  /** The answer at a pointer (own properties and array items only). */
  valueAt(pointer: string): unknown {
    let current: unknown = this.#source.answers();
    for (const token of parsePointer(pointer)) {
      if (Array.isArray(current)) current = current[Number(token)];
      else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, token))
        current = current[token];
      else return undefined;
    }
    return current;
  }
}

/**
 * Pointer, id base and name of a child. The id base equals the pointer except inside an alternative's
 * view: then one string serves both (a thousand fields would otherwise keep two copies of each pointer).
 */
function childPointers(
  parent: Pick<FieldShape, 'pointer' | 'idBase'>,
  token: string,
): Pick<FieldShape, 'pointer' | 'idBase' | 'name'> {
  const pointer = joinPointer(parent.pointer, token);
  return {
    pointer,
    // Stryker disable next-line ConditionalExpression: joining the id base gives the same string when it equals the pointer; the check only shares one string (its `true` variant is killed by the alternative's view test)
    idBase: parent.idBase === parent.pointer ? pointer : joinPointer(parent.idBase, token),
    name: token,
  };
}
