/**
 * The build's template minifier (scripts/minify-templates.js): it removes only whitespace the browser
 * ignores from Lit's `html` and `css` templates, never touches code or other strings, and keeps every
 * line break so the source maps stay right. dist/efa-forms.js is checked in Chromium by
 * packages/elements/src/bundle.test.ts (the stylesheet parses to the same rules).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { minifyCssText, minifyHtmlText, minifyTemplates, minifyTemplatesPlugin } from './minify-templates.js';

const lines = (text: string): number => text.split('\n').length;

describe('minifyHtmlText', () => {
  test('drops the indentation around line breaks and keeps the breaks', () => {
    expect(minifyHtmlText('<div>\n      <p>a  b</p>\n    </div>')).toBe('<div>\n<p>a  b</p>\n</div>');
  });
});

describe('minifyCssText', () => {
  test('drops indentation, comments and the spaces around braces, semicolons and `>`', () => {
    const css = '  /* a\n  comment */\n  .a > .b ,\n  .c {\n    color: red ;\n    margin: 0  auto;\n  }\n';
    const out = minifyCssText(css);
    expect(out).toBe('\n\n.a>.b ,\n.c{\ncolor:red;\nmargin:0 auto;\n}\n');
    expect(lines(out)).toBe(lines(css));
  });

  test('keeps strings and the space of a descendant pseudo-class', () => {
    expect(minifyCssText(`font-family: 'Segoe UI' , x; content: " ; { } ";`)).toBe(
      `font-family:'Segoe UI' , x;content:" ; { } ";`,
    );
    expect(minifyCssText('.a :hover {}')).toBe('.a :hover{}');
    expect(minifyCssText('width: calc(100% - 2 * var(--x));')).toBe('width:calc(100% - 2 * var(--x));');
  });
});

describe('minifyTemplates', () => {
  test('changes html and css templates only, never the code in a substitution', () => {
    const code = [
      "const a = html`<p>\n    ${cond ? html`<b>\n      x</b>` : 'keep\\n    this'}\n  </p>`;",
      'const b = css`.a {\n    color: red;\n  }`;',
      'const c = other`\n    untouched`;',
      "const d = '  plain  ';",
    ].join('\n');
    const out = minifyTemplates(code);
    expect(out).toBe(
      [
        "const a = html`<p>\n${cond ? html`<b>\nx</b>` : 'keep\\n    this'}\n</p>`;",
        'const b = css`.a{\ncolor:red;\n}`;',
        'const c = other`\n    untouched`;',
        "const d = '  plain  ';",
      ].join('\n'),
    );
  });

  test('returns undefined when there is nothing to minify', () => {
    expect(minifyTemplates('const x = `\n   a`;')).toBeUndefined();
  });

  test('keeps every line of every elements source in place', () => {
    const src = fileURLToPath(new URL('../packages/elements/src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.includes('.test.'),
    );
    let changed = 0;
    for (const file of files) {
      const code = readFileSync(join(src, file), 'utf8');
      const out = minifyTemplates(code, file);
      if (out === undefined) continue;
      changed++;
      expect(lines(out), file).toBe(lines(code));
      expect(out.length, file).toBeLessThan(code.length);
    }
    expect(changed).toBeGreaterThan(5);
  });

  test('the plugin transforms only TypeScript files under its folder', () => {
    const plugin = minifyTemplatesPlugin({ include: 'packages/elements/src/' });
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const code = 'const a = html`<p>\n    x</p>`;';
    expect(transform(code, '/r/packages/elements/src/a.ts')?.code).toBe('const a = html`<p>\nx</p>`;');
    expect(transform(code, '/r/packages/core/src/a.ts')).toBeNull();
    expect(transform(code, '/r/packages/elements/src/a.js')).toBeNull();
  });
});
