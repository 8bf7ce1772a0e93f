import { html, nothing } from 'lit';
import { alternativesOf, schemaTypes, type JsonSchemaObject } from '@efa-forms/core/engine';
import type { Widget, WidgetContext } from '../widget-registry.js';
import { fieldFrame } from '../field-frame.js';
import { fieldKind } from '../field-kind.js';
import { radioGroupTemplate } from './choice-fields.js';

/**
 * A nested object as `<fieldset>` + `<legend>` (no required marker: the fields inside carry theirs). The fieldset carries the field id with
 * `tabindex="-1"`, so an error about the whole object (a failed `oneOf`) can be focused from the summary.
 */
export const objectWidget: Widget = {
  name: 'object',
  match: (schema, hints) => fieldKind(schema, hints) === 'object',
  render(ctx) {
    return fieldFrame(
      ctx,
      { kind: 'object', layout: 'container', required: false },
      () => html`<div class="fields">${ctx.renderProperties()}</div>`,
    );
  },
};

/** The value a new item starts with. */
function emptyItem(schema: JsonSchemaObject): unknown {
  const types = schemaTypes(schema);
  if (types.includes('object') || schema.properties !== undefined) return {};
  if (types.includes('array')) return [];
  return null;
}

/** Id of the add button of a repeatable group. */
const addButtonId = (ctx: WidgetContext): string => `${ctx.ids.control}-add`;

/**
 * An array as a repeatable group: numbered items (each a fieldset or field), a remove button per item
 * and an add button. After adding, focus moves into the new item; removal is announced in the live
 * region and focus goes to the add button, so keyboard and screen-reader users keep their place.
 */
export const repeatGroupWidget: Widget = {
  name: 'array',
  match: (schema, hints) => fieldKind(schema, hints) === 'array',
  render(ctx) {
    const items = Array.isArray(ctx.value) ? ctx.value : [];
    const itemSchema = ctx.resolve(ctx.schema.items);
    const itemName =
      typeof itemSchema.title === 'string' && itemSchema.title !== '' ? itemSchema.title : ctx.label;
    const maxItems = typeof ctx.schema.maxItems === 'number' ? ctx.schema.maxItems : Infinity;
    const minItems = typeof ctx.schema.minItems === 'number' ? ctx.schema.minItems : 0;
    const editable = !ctx.readOnly && !ctx.disabled;
    // A filled-in list entry must have a value; a group entry's own fields say what is required.
    const isGroup = ['object', 'array', 'choice'].includes(fieldKind(itemSchema));
    const itemLabel = (index: number): string => ctx.strings.itemLabel(itemName, index + 1);
    const add = (): void => {
      const index = ctx.addItem(emptyItem(itemSchema));
      ctx.announce(ctx.strings.itemAdded(itemLabel(index)));
      ctx.focusAfterRender(`${ctx.ids.control}-item-${index}`);
      ctx.touch();
    };
    const remove = (index: number): void => {
      ctx.removeItem(index);
      ctx.announce(ctx.strings.itemRemoved(itemLabel(index)));
      ctx.focusAfterRender(items.length - 1 < maxItems ? addButtonId(ctx) : ctx.ids.control);
      ctx.touch();
    };
    return fieldFrame(
      ctx,
      { kind: 'repeat', layout: 'container', parts: 'repeat' },
      () =>
        html`${items.length === 0 ? html`<p class="hint empty">${ctx.strings.noItems}</p>` : nothing}
        ${
          items.length > 0
            ? html`<ol class="items" role="list">
                ${items.map(
                  (_item, index) =>
                    html`<li class="item" id=${`${ctx.ids.control}-item-${index}`} data-focus="first">
                      ${ctx.renderChild(index, itemSchema, { label: itemLabel(index), required: !isGroup })}
                      ${
                        editable && items.length > minItems
                          ? html`<button
                              type="button"
                              part="button button-secondary remove-button"
                              class="button button--secondary"
                              @click=${() => remove(index)}
                            >
                              ${ctx.strings.remove}<span class="visually-hidden"
                                >${ctx.strings.removeWhat(itemLabel(index))}</span
                              >
                            </button>`
                          : nothing
                      }
                    </li>`,
                )}
              </ol>`
            : nothing
        }
        ${
          editable
            ? items.length < maxItems
              ? html`<button
                  type="button"
                  part="button button-secondary add-button"
                  class="button button--secondary"
                  id=${addButtonId(ctx)}
                  @click=${add}
                >
                  ${ctx.strings.addItem(itemName)}
                </button>`
              : html`<p class="hint">${ctx.strings.maxItems(maxItems)}</p>`
            : nothing
        }`,
    );
  },
};

/**
 * `oneOf`/`anyOf` alternatives that are not plain options (e.g. "an address or a user"): radios choose
 * the alternative, then its fields show. Which one is shown is core's `chosenBranch` (`ctx.alternative`):
 * the data's choice, or the person's pick, kept as view state.
 */
export const alternativesWidget: Widget = {
  name: 'choice',
  match: (schema, hints) => fieldKind(schema, hints) === 'choice',
  render(ctx) {
    const branches = (alternativesOf(ctx.schema) ?? []).map((branch) => ctx.resolve(branch));
    const chosen = ctx.alternative ?? 0;
    const options = branches.map((branch, index) => ({
      value: index,
      label:
        typeof branch.title === 'string' && branch.title !== ''
          ? branch.title
          : ctx.strings.variantOption(index + 1),
    }));
    const variantCtx: WidgetContext = {
      ...ctx,
      label: ctx.strings.variant(ctx.label),
      description: undefined,
      error: undefined,
      describedBy: undefined,
      ids: { ...ctx.ids, control: `${ctx.ids.control}-variant`, label: `${ctx.ids.control}-variant-label` },
      value: chosen,
      setValue: (index: unknown) => {
        ctx.setViewState('variant', index);
        const branch = branches[index as number];
        // Keep what fits the new alternative (same property names), drop the rest.
        const keep =
          branch &&
          typeof branch.properties === 'object' &&
          ctx.value &&
          typeof ctx.value === 'object' &&
          !Array.isArray(ctx.value)
            ? Object.fromEntries(
                Object.entries(ctx.value).filter(([name]) => name in (branch.properties as object)),
              )
            : undefined;
        ctx.setValue(keep && Object.keys(keep).length > 0 ? keep : undefined);
      },
    };
    const branch = branches[chosen];
    const isObjectBranch = branch !== undefined && fieldKind(branch) === 'object';
    return fieldFrame(
      ctx,
      { kind: 'choice', layout: 'container' },
      () =>
        html`${radioGroupTemplate(variantCtx, options)}
        ${
          branch === undefined
            ? nothing
            : isObjectBranch
              ? html`<div class="fields">${ctx.renderProperties(branch)}</div>`
              : ctx.renderChild(null, branch, { label: options[chosen]?.label ?? ctx.label })
        }`,
    );
  },
};
