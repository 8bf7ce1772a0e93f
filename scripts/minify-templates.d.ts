// Types of scripts/minify-templates.js (plain JavaScript, imported by rollup.config.js).
import type { Plugin } from 'rollup';

export function minifyHtmlText(text: string): string;
export function minifyCssText(text: string): string;
export function minifyTemplates(code: string, fileName?: string): string | undefined;
export function minifyTemplatesPlugin(options: { include: string }): Plugin;
