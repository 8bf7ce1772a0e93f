// @efa-forms/elements/react: <efa-form> as a React component (React 18 or 19), made with @lit/react.
// React 19 passes properties to custom elements itself, but not typed and without our event names;
// the wrapper gives typed props (`definition`, `tenant`, `data`, ...) and typed event props.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { EfaForm as EfaFormElement } from './efa-form.js';
import type { EfaChangeEvent, EfaStepChangeEvent, EfaSubmitEvent } from './events.js';
// Registers <efa-form> (the wrapper renders the tag; React does not define elements).
import './define.js';

/**
 * `<efa-form>` for React. Every property of the element is a prop (`definition`, `src`, `tenant`,
 * `data`, `locale`, `autosave`, `headingLevel`, `name`, ...); its events are the props
 * `onEfaSubmit`, `onEfaChange` and `onEfaStepChange`. A `ref` reaches the element itself, for
 * `validate()`, `goToStep()` and the form-control members.
 *
 * @example
 * ```tsx
 * <EfaForm src="/services/gewerbeanmeldung.js" tenant={tenant}
 *   onEfaSubmit={(event) => { event.preventDefault(); send(event.detail.data); }} />
 * ```
 */
export const EfaForm = createComponent({
  react: React,
  tagName: 'efa-form',
  elementClass: EfaFormElement,
  displayName: 'EfaForm',
  events: {
    onEfaSubmit: 'efa-submit' as EventName<EfaSubmitEvent>,
    onEfaChange: 'efa-change' as EventName<EfaChangeEvent>,
    onEfaStepChange: 'efa-step-change' as EventName<EfaStepChangeEvent>,
  },
});

/** The props of {@link EfaForm}. */
export type EfaFormProps = React.ComponentProps<typeof EfaForm>;

export { EfaSubmitEvent, EfaChangeEvent, EfaStepChangeEvent } from './events.js';
export type { EfaSubmitDetail, EfaChangeDetail, EfaStepChangeDetail } from './events.js';
