import { css } from 'lit';

/**
 * Portal themes made with `--efa-*` tokens and `::part()` alone (docs/theming.md): what a portal team
 * can change without touching the component. Scoped by a class on the story's wrapper.
 */
export const themes = {
  /** The component's own look. */
  default: css``,
  /** A city portal: its wine red, square corners, lighter headings, fields marked by a rule. */
  'city-portal': css`
    .theme-city-portal efa-form {
      --efa-color-primary: #7a0026;
      --efa-color-primary-hover: #5c001d;
      --efa-color-focus: #1a1a1a;
      --efa-font-family: Georgia, 'Times New Roman', serif;
      --efa-radius: 0;
      --efa-control-max-width: 30rem;
    }
    .theme-city-portal efa-form::part(title) {
      border-bottom: 4px solid #7a0026;
      padding-bottom: 0.25rem;
    }
    .theme-city-portal efa-form::part(step-heading) {
      font-weight: 400;
      text-transform: uppercase;
      letter-spacing: 0.05em;
    }
    .theme-city-portal efa-form::part(field) {
      border-left: 3px solid #d9c2ca;
      padding-left: 0.75rem;
    }
    .theme-city-portal efa-form::part(button-primary) {
      text-transform: uppercase;
    }
  `,
  /** A dark portal: light text on a dark blue, a light accent, soft red for errors (all at least 4.5:1). */
  dark: css`
    .theme-dark {
      background: #0f172a;
      padding: 1rem;
    }
    .theme-dark efa-form {
      --efa-color-text: #f1f5f9;
      --efa-color-text-muted: #cbd5e1;
      --efa-color-background: #0f172a;
      --efa-color-surface: #1e293b;
      --efa-color-primary: #93c5fd;
      --efa-color-primary-hover: #bfdbfe;
      --efa-color-on-primary: #0f172a;
      --efa-color-border: #94a3b8;
      --efa-color-error: #fca5a5;
      --efa-color-focus: #fde68a;
    }
    .theme-dark efa-form::part(error-summary) {
      background: #2a1215;
    }
  `,
} as const;

export type ThemeName = keyof typeof themes;
