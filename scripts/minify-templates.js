// A rollup plugin that removes the indentation from Lit's `html` and `css` tagged templates before
// esbuild compiles them: the minifiers leave template text alone, and in the one-file bundle that
// text was about a tenth of the bytes (efa-form.styles.ts alone 9 KB). Only whitespace that the
// browser collapses anyway goes: the spaces and tabs after a line break in `html` (a line break
// stays, so text still has whitespace where it had some), and in `css` also comments and the
// spaces around `{ } ; :` and `>` outside strings. Line breaks are kept, so every line of the
// module stays where it was and the source maps stay right line by line (`map: null`).
import ts from 'typescript';

/** Tags whose templates are minified: lit's `html` and `css` (heading.ts's `staticHtml` too). */
const HTML_TAGS = new Set(['html', 'staticHtml']);
const CSS_TAGS = new Set(['css']);

/** `html` text: no spaces or tabs after a line break (the break itself is whitespace). */
export function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n[ \t]*/g, '\n');
}

/**
 * `css` text: comments, indentation and the spaces around punctuation out; strings (`'Segoe UI'`,
 * `content: "*"`) as they are. A line break is kept for every one in the input.
 */
export function minifyCssText(text) {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      const comment = text.slice(index, end < 0 ? text.length : end + 2);
      out += '\n'.repeat(comment.split('\n').length - 1);
      index += comment.length;
    } else {
      let end = index;
      while (end < text.length && !['"', "'"].includes(text[end]) && !text.startsWith('/*', end)) end++;
      out += text
        .slice(index, end)
        .replace(/[ \t]*\n[ \t]*/g, '\n')
        // Around `{ } ;` and `>` spaces never matter; after `:` neither (before it they may:
        // `a :hover` is not `a:hover`). Commas keep theirs: inside a custom property's value
        // (`var(--x, #fff)`) the text is kept as written.
        .replace(/[ \t]*([{};>])[ \t]*/g, '$1')
        .replace(/:[ \t]+/g, ':')
        .replace(/[ \t]{2,}/g, ' ');
      index = end;
    }
  }
  // Spaces left beside a removed comment; CSS strings cannot hold a raw line break.
  return out.replace(/[ \t]*\n[ \t]*/g, '\n');
}

/** The tag of a tagged template (`html`, `css`), or undefined for anything else. */
function tagName(node) {
  return ts.isIdentifier(node.tag) ? node.tag.text : undefined;
}

/**
 * The module's code with its `html`/`css` templates minified, or `undefined` when it has none.
 * Edits only the raw text between the backticks and `${ }`, never the code inside a substitution.
 */
export function minifyTemplates(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = tagName(node);
      const minify = HTML_TAGS.has(tag) ? minifyHtmlText : CSS_TAGS.has(tag) ? minifyCssText : undefined;
      if (minify) {
        const template = node.template;
        const literals = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const literal of literals) {
          const start = literal.getStart(source);
          const end = literal.getEnd();
          // The raw text sits between "`" or "}" and "`" or "${".
          const raw = code.slice(start + 1, end - (code[end - 1] === '`' ? 1 : 2));
          const minified = minify(raw);
          if (minified !== raw) edits.push({ start: start + 1, end: start + 1 + raw.length, text: minified });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

/**
 * The rollup plugin: minifies the templates of the TypeScript sources under `include` (a path
 * fragment, e.g. `packages/elements/src/`) before esbuild compiles them.
 * @param {{ include: string }} options
 */
export function minifyTemplatesPlugin({ include }) {
  return {
    name: 'efa-minify-templates',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes(include) || !id.endsWith('.ts')) return null;
      if (!code.includes('html`') && !code.includes('css`')) return null;
      const minified = minifyTemplates(code, id);
      // Line breaks are kept: the lines of the module do not move.
      return minified === undefined ? null : { code: minified, map: null };
    },
  };
}
