/** The ids that can describe a control, in reading order. */
export interface DescribedByParts {
  /** Id of the hint (`description`), when one is rendered. */
  hint?: string | undefined;
  /** Id of the inline error, when an error is shown. */
  error?: string | undefined;
  /** Id of a counter or limits text (file limits, characters left), when rendered. */
  counter?: string | undefined;
  /** Further ids a widget adds, e.g. the current file of an upload. */
  extra?: readonly (string | undefined)[] | undefined;
}

/**
 * The value of `aria-describedby` for a control: hint, then error, then counter, then extras, without
 * empty or repeated ids. `undefined` when nothing describes the control, so Lit's `ifDefined` leaves the
 * attribute out instead of writing an empty one (which some screen readers announce as blank).
 * The error follows the hint so screen readers read "label, hint, error" like the visual order.
 */
export function describedBy(parts: DescribedByParts): string | undefined {
  const ids: string[] = [];
  for (const id of [parts.hint, parts.error, parts.counter, ...(parts.extra ?? [])]) {
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.length > 0 ? ids.join(' ') : undefined;
}
