import { css } from 'lit';

/**
 * The default theme: sober, high-contrast, public-sector. Two tiers (Shoelace's pattern): global
 * tokens `--efa-*` that a portal sets on `efa-form` (or any ancestor), and component settings
 * `--_*` derived from them here. Every text colour pair meets WCAG 1.4.3 (>= 4.5:1) and control
 * borders and the focus ring meet 1.4.11 (>= 3:1) against the background:
 * text #1b1b1b on #fff 17:1, muted #4b5563 7.6:1, primary #0b4f8a 8.5:1 (white on it 8.5:1),
 * error #b3261e 6.5:1, border #5f6b76 5.4:1, focus #0b4f8a.
 */
export const efaFormStyles = css`
  :host {
    --_text: var(--efa-color-text, #1b1b1b);
    --_muted: var(--efa-color-text-muted, #4b5563);
    --_bg: var(--efa-color-background, #ffffff);
    --_surface: var(--efa-color-surface, #f3f4f6);
    --_primary: var(--efa-color-primary, #0b4f8a);
    --_primary-hover: var(--efa-color-primary-hover, #083b68);
    --_on-primary: var(--efa-color-on-primary, #ffffff);
    --_border: var(--efa-color-border, #5f6b76);
    --_error: var(--efa-color-error, #b3261e);
    --_focus: var(--efa-color-focus, #0b4f8a);
    --_font: var(--efa-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_size: var(--efa-font-size, 1rem);
    --_line: var(--efa-line-height, 1.5);
    --_space: var(--efa-space, 0.5rem);
    --_radius: var(--efa-radius, 4px);
    --_border-width: var(--efa-border-width, 2px);
    --_focus-width: var(--efa-focus-width, 3px);
    --_control-width: var(--efa-control-max-width, 36rem);

    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_line);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.75em;
    line-height: 1.2;
  }

  .step-heading {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.375em;
    line-height: 1.25;
  }

  .review-heading {
    margin: 0;
    font-size: 1.125em;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  .step-heading:focus-visible,
  .error-summary:focus,
  fieldset[tabindex='-1']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }

  .progress-wrap {
    margin-block-end: calc(var(--_space) * 2);
  }

  .progress {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-weight: 600;
  }

  .progress-bar {
    block-size: 0.5rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-inline-size: var(--_control-width);
    overflow: hidden;
  }

  .progress-bar span {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }

  .hint {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }

  .required {
    color: var(--_error);
    font-weight: 700;
  }

  .fields {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }

  .field {
    margin: 0;
    min-inline-size: 0;
  }

  .field--error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 2);
  }

  .label,
  .legend {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }

  .field--object,
  .field--repeat,
  .field--choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }

  .field--object.field--error,
  .field--repeat.field--error,
  .field--choice.field--error {
    border: var(--_border-width) solid var(--_error);
  }

  .field--object > .legend,
  .field--repeat > .legend,
  .field--choice > .legend {
    font-size: 1.125em;
    padding-inline: calc(var(--_space) / 2);
  }

  .error {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 var(--_space);
  }

  .control {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--_control-width);
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }

  textarea.control {
    resize: vertical;
  }

  .control--code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
  }

  .control--file {
    padding: calc(var(--_space) / 2);
  }

  .control[readonly] {
    background: var(--_surface);
  }

  .control[aria-invalid='true'] {
    border-color: var(--_error);
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space);
  }

  .option > input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  .option > label {
    font-weight: 400;
    padding-block: 0.0625rem;
    margin: 0;
  }

  .field--checkbox .option > label {
    font-weight: 600;
  }

  .option-hint {
    grid-column: 2;
  }

  .field--checkbox > .hint {
    margin-inline-start: calc(1.5rem + var(--_space));
  }

  .items {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }

  .item {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
  }

  .item > * {
    inline-size: 100%;
  }

  .item > .button {
    inline-size: auto;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    border: var(--_border-width) solid var(--_primary);
    cursor: pointer;
  }

  .button--primary {
    color: var(--_on-primary);
    background: var(--_primary);
  }

  .button--primary:hover {
    background: var(--_primary-hover);
    border-color: var(--_primary-hover);
  }

  .button--secondary {
    color: var(--_primary);
    background: var(--_bg);
  }

  .button--secondary:hover {
    background: var(--_surface);
  }

  .button--small {
    min-block-size: 2.25rem;
    padding-block: calc(var(--_space) / 4);
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 4);
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    padding: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
  }

  .notice p {
    margin: 0;
  }

  .error-summary {
    border: 4px solid var(--_error);
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
  }

  .error-summary-title {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }

  .error-summary-list {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }

  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }

  .error-summary-list li + li {
    margin-block-start: calc(var(--_space) / 2);
  }

  .review-step {
    margin-block-end: calc(var(--_space) * 4);
  }

  .review-step-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    border-block-end: 2px solid var(--_border);
    padding-block-end: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }

  .review-list {
    margin: 0;
  }

  .review-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--_space) calc(var(--_space) * 2);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_surface);
  }

  .review-row dt {
    font-weight: 600;
  }

  .review-row dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }

  .review-row--group > dd {
    grid-column: 1 / -1;
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 2px solid var(--_surface);
  }

  .muted {
    color: var(--_muted);
  }

  .file-current {
    margin: var(--_space) 0;
  }

  .load-error {
    border: 4px solid var(--_error);
    padding: calc(var(--_space) * 2);
  }

  @media (max-width: 30rem) {
    .review-row {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .progress-bar span {
      background: Highlight;
    }
    .field--error {
      border-inline-start-color: Mark;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.15s ease;
    }
  }
`;
