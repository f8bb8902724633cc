import { describe, expect, it } from 'vitest';
import { clean, htmlToLine, htmlToText } from './html-text';

describe('tables', () => {
  it('keeps cells apart and rows on their own lines', () => {
    expect(htmlToText('<table><tr><th>Loaf</th><th>Sold</th></tr><tr><td>Country</td><td>40</td></tr></table>')).toBe(
      'Loaf Sold\nCountry 40',
    );
  });
});

describe('htmlToText', () => {
  it('drops tags, scripts and comments, decodes entities, keeps paragraphs apart', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p><script>x()</script><!-- c --><p>Three&nbsp;four</p>')).toBe(
      'One & two\nThree four',
    );
  });

  it('leaves text that only looks like markup', () => {
    expect(htmlToText('I <3 feeds, 1 < 2')).toBe('I <3 feeds, 1 < 2');
  });

  it('makes one line for titles and removes control characters', () => {
    expect(htmlToLine('Storm<br>warning\u0008 &mdash; <i>now</i>')).toBe('Storm warning — now');
  });
});

describe('clean', () => {
  it('collapses whitespace and gives null for nothing', () => {
    expect(clean('  a \n\t b ')).toBe('a b');
    expect(clean(' \n ')).toBeNull();
    expect(clean(undefined)).toBeNull();
  });
});
