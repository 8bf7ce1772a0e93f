import { describe, expect, test } from 'vitest';
import { escapeHtml, html } from './html.js';

// Under another name, so that the formatter leaves the templates' whitespace as written.
const tag = html;

describe('html', () => {
  test('escapes every interpolated value, nested templates stay markup', () => {
    const title = `<script>alert("x")</script> & 'y'`;
    const out = tag`<h1 title="${title}">${title}</h1>${tag`<p>${'<b>'}</p>`}${[tag`<i>1</i>`, '<2>']}`;
    expect(out.text).toBe(
      '<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</h1><p>&lt;b&gt;</p><i>1</i>&lt;2&gt;',
    );
    expect(tag`${undefined}${null}${false}${0}`.text).toBe('0');
    expect(escapeHtml('a"b')).toBe('a&quot;b');
  });
});
