import type { DefinitionProblem } from '@efa-forms/core';

/** What `efa-submit` carries: the pruned, valid data and which service it belongs to. */
export interface EfaSubmitDetail {
  /** The answers without values of hidden fields and without empty optional values (core `prune`). */
  data: Record<string, unknown>;
  /** `id` of the service definition. */
  serviceId: string;
  /** `version` of the service definition. */
  version: string;
}

/**
 * Fired when the person submits valid answers on the review page. Cancelable: `preventDefault()`
 * keeps the review page open (e.g. while the portal sends the data and shows its own result), and
 * the saved draft is kept.
 */
export class EfaSubmitEvent extends Event {
  static readonly type = 'efa-submit';
  readonly detail: EfaSubmitDetail;
  constructor(detail: EfaSubmitDetail) {
    super(EfaSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** What `efa-change` carries. */
export interface EfaChangeDetail {
  /** JSON Pointer of the changed field (`''` when the whole data was replaced: reset, draft restored). */
  pointer: string;
  /** The field's new value (`undefined` when it was emptied). */
  value: unknown;
  /** All answers after the change (not pruned). */
  data: Record<string, unknown>;
}

/** Fired after every change of the answers: typing, choosing, adding or removing an item, reset. */
export class EfaChangeEvent extends Event {
  static readonly type = 'efa-change';
  readonly detail: EfaChangeDetail;
  constructor(detail: EfaChangeDetail) {
    super(EfaChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What `efa-step-change` carries. */
export interface EfaStepChangeDetail {
  /** Id of the step now shown, or `review` for the review page, `submitted` after submit. */
  step: string;
  /** 0-based position among the steps shown (the review page counts after the last step). */
  index: number;
  /** Number of steps shown (conditional steps without visible fields are left out). */
  total: number;
  /** The step left. */
  previous: string | undefined;
}

/** Fired when the wizard shows another page. */
export class EfaStepChangeEvent extends Event {
  static readonly type = 'efa-step-change';
  readonly detail: EfaStepChangeDetail;
  constructor(detail: EfaStepChangeDetail) {
    super(EfaStepChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What `efa-load-error` carries: why no form could be shown, as data. */
export interface EfaLoadErrorDetail {
  /** One line for people (also shown in the form). */
  message: string;
  /** Every problem of the definition (empty when it could not even be fetched or read). */
  problems: DefinitionProblem[];
  /** The `src` URL, when the definition was fetched. */
  src: string | undefined;
  /** What was thrown: a core `DefinitionError`, a fetch `TypeError`, an HTTP or JSON error. */
  error: unknown;
}

/**
 * Fired when the definition (or schema, or `src`) cannot be loaded; the form shows the message and
 * the problems instead of fields. A portal logs or reports the problems from `detail`.
 */
export class EfaLoadErrorEvent extends Event {
  static readonly type = 'efa-load-error';
  readonly detail: EfaLoadErrorDetail;
  constructor(detail: EfaLoadErrorDetail) {
    super(EfaLoadErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'efa-submit': EfaSubmitEvent;
    'efa-change': EfaChangeEvent;
    'efa-step-change': EfaStepChangeEvent;
    'efa-load-error': EfaLoadErrorEvent;
  }
}
