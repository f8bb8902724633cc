import { describe, expect, it } from 'vitest';
import { absoluteHtml } from './absolute-html';

describe('absoluteHtml', () => {
  const base = 'https://site.example/blog/post/';

  it('resolves relative href, src and poster, quoted either way', () => {
    expect(absoluteHtml(`<a href="/about">a</a><img src='pic.jpg'><video poster="../p.png">`, base)).toBe(
      `<a href="https://site.example/about">a</a><img src='https://site.example/blog/post/pic.jpg'><video poster="https://site.example/blog/p.png">`,
    );
  });

  it('leaves absolute, protocol-relative, fragment and scheme URLs alone', () => {
    const html =
      '<a href="https://x.example/">x</a><a href="#top">t</a><img src="//cdn.example/i.png"><a href="mailto:a@b.example">m</a><img src="data:image/png;base64,AA">';
    expect(absoluteHtml(html, base)).toBe(html);
  });

  it('passes null and HTML without URLs through', () => {
    expect(absoluteHtml(null, base)).toBeNull();
    expect(absoluteHtml('<p>plain</p>', base)).toBe('<p>plain</p>');
  });
});
