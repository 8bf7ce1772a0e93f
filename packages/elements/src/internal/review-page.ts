import { html, nothing, type TemplateResult } from 'lit';
import type { JsonSchemaObject, Locale, StepDefinition } from '@efa-forms/core';
import type { UiStrings } from '../locales/ui-strings.js';
import { displayValue } from './display-value.js';
import type { FieldModel, FieldSpec } from './field-model.js';
import { fieldKind } from '../field-kind.js';
import { heading } from './heading.js';
import { fieldId } from './ids.js';

/** What the review page needs from its form. */
export interface ReviewPageOptions {
  /** The active steps, in order. */
  steps: StepDefinition[];
  strings: UiStrings;
  /** Heading level of the page heading; step headings are one below. */
  level: number;
  locale: Locale;
  /** Whether the form is disabled (the change buttons are then too). */
  disabled: boolean;
  model: FieldModel;
  /** Called by a step's change button. */
  change(stepId: string): void;
}

/** The review page: every active step's answers as description lists, each with a change button. */
export function reviewPage(options: ReviewPageOptions): TemplateResult {
  const { steps, strings, level, model } = options;
  return html`${heading(level, 'step-heading', 'step-heading', strings.reviewHeading)}
    <p class="hint">${strings.reviewIntro}</p>
    ${steps.map(
      (step) =>
        html`<section class="review-step" aria-labelledby=${`review-${fieldId(step.id)}`}>
          <div class="review-step-head">
            ${heading(level + 1, `review-${fieldId(step.id)}`, 'review-heading', step.title)}
            <button
              type="button"
              part="button button-secondary change-button"
              class="button button--secondary button--small"
              ?disabled=${options.disabled}
              @click=${() => options.change(step.id)}
            >
              ${strings.change}<span class="visually-hidden">${strings.changeWhat(step.title)}</span>
            </button>
          </div>
          <dl part="review" class="review-list">
            ${step.fields.map((pointer) => {
              const spec = model.specAt(pointer);
              return spec ? reviewRow(spec, options) : nothing;
            })}
          </dl>
        </section>`,
    )}`;
}

/** One answer; groups and repeated items nest their own lists. */
function reviewRow(spec: FieldSpec, options: ReviewPageOptions): TemplateResult {
  const { strings, model } = options;
  const kind = spec.kind;
  if (kind === 'object' || (kind === 'choice' && fieldKind(model.chosenBranch(spec) ?? {}) === 'object')) {
    const schema = kind === 'object' ? spec.schema : (model.chosenBranch(spec) as JsonSchemaObject);
    const children = model.describe(schema, spec.value).filter((info) => info.active);
    return html`<div class="review-row review-row--group">
      <dt>${spec.label}</dt>
      <dd>
        <dl class="review-list">
          ${children.map((info) => reviewRow(model.childSpec(spec, info), options))}
        </dl>
      </dd>
    </div>`;
  }
  if (kind === 'array' && Array.isArray(spec.value) && spec.value.length > 0) {
    const itemSchema = model.resolve(spec.schema.items);
    const itemName =
      typeof itemSchema.title === 'string' && itemSchema.title !== '' ? itemSchema.title : spec.label;
    return html`<div class="review-row review-row--group">
      <dt>${spec.label}</dt>
      <dd>
        <dl class="review-list">
          ${spec.value.map((_item, index) => {
            const child = model.child(spec, String(index));
            return child
              ? reviewRow({ ...child, label: strings.itemLabel(itemName, index + 1) }, options)
              : nothing;
          })}
        </dl>
      </dd>
    </div>`;
  }
  const text = displayValue(spec.schema, spec.value, strings, options.locale);
  return html`<div class="review-row">
    <dt>${spec.label}</dt>
    <dd>${text === '' ? html`<span class="muted">${strings.noAnswer}</span>` : text}</dd>
  </div>`;
}
