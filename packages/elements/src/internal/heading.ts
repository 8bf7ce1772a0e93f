import type { TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** A focusable heading of `level` (clamped to 1..6); `part` is both its CSS part and its class. */
export function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  const tag = unsafeStatic(`h${Math.min(6, Math.max(1, level))}`);
  return staticHtml`<${tag} id=${id} part=${part} class=${part} tabindex="-1">${content}</${tag}>`;
}
