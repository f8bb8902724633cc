import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl, outboundLinks } from './links';

const anchor = (href: string, text = '', rel = '') => ({ href, text, rel });

describe('outboundLinks', () => {
  it('keeps links to other sites, absolute, without fragments, once each', () => {
    const links = outboundLinks(
      [
        anchor('/about', 'About'),
        anchor('https://www.example.com/contact', 'Contact'), // www. is the same site
        anchor('https://other.example.net/a#top', ''),
        anchor('https://other.example.net/a', '  Other \n site ', 'NoFollow  sponsored nofollow'),
        anchor('//cdn.example.org/file.pdf', 'PDF'),
        anchor('mailto:hi@example.net', 'Mail'),
        anchor('javascript:void(0)', 'JS'),
      ],
      'https://example.com/blog/',
      'https://example.com/blog/post',
    );
    expect(links).toEqual([
      { url: 'https://other.example.net/a', text: 'Other site', rel: [] },
      { url: 'https://cdn.example.org/file.pdf', text: 'PDF', rel: [] },
    ]);
  });

  it('takes the rel of the first occurrence', () => {
    const links = outboundLinks(
      [anchor('https://a.example/', 'A', 'nofollow ugc')],
      'https://b.example/',
      'https://b.example/',
    );
    expect(links[0]?.rel).toEqual(['nofollow', 'ugc']);
  });
});

describe('absoluteHttpUrl', () => {
  it('resolves, and lets absolute addresses through an unusable base', () => {
    expect(absoluteHttpUrl('x?y=1#z', 'https://example.com/a/')?.href).toBe('https://example.com/a/x?y=1');
    expect(absoluteHttpUrl('https://example.com/', 'not a base')?.href).toBe('https://example.com/');
    expect(absoluteHttpUrl('relative', 'not a base')).toBeNull();
    expect(absoluteHttpUrl('data:text/plain,hi', 'https://example.com/')).toBeNull();
  });
});
