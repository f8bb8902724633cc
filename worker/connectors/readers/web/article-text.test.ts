import { describe, expect, it } from 'vitest';
import { articleText } from './article-text';
import { parseDocument } from './dom/document';

const textOf = (html: string) =>
  articleText(parseDocument(html, { base: 'https://example.com/', page: 'https://example.com/' }).body);

describe('articleText', () => {
  it('puts blocks on lines of their own and collapses spaces within them', () => {
    expect(textOf('<h2>Title</h2><p>One   <b>two</b>\n three.</p><p>Four<br>five</p>')).toBe(
      'Title\n\nOne two three.\n\nFour\nfive',
    );
  });

  it('lists items line by line and keeps table cells apart', () => {
    expect(textOf('<ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>')).toBe('a\nb\n\nx y');
  });

  it('keeps preformatted text as it is', () => {
    expect(textOf('<p>Code:</p><pre>line 1\n  line 2</pre>')).toBe('Code:\n\nline 1\n  line 2');
  });

  it('does not glue words of adjacent blocks', () => {
    expect(textOf('<div>end</div><div>start</div>')).toBe('end\nstart');
  });
});
