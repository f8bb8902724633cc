import { describe, expect, it } from 'vitest';
import { httpUrl, httpUrls, isActiveLink, withoutActiveLinks } from './http-url';

describe('httpUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:a@example.com',
    'ftp://example.com/x',
    '/relative/path',
    '//example.com/protocol-relative',
    'not a url',
    '',
  ])('refuses %j', (value) => {
    expect(httpUrl(value)).toBeNull();
  });

  it('keeps absolute http(s) URLs, as the URL parser spells them', () => {
    expect(httpUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(httpUrl('HTTP://Example.COM')).toBe('http://example.com/');
    expect(httpUrl(' https://example.com/a b ')).toBe('https://example.com/a%20b');
    expect(httpUrl(null)).toBeNull();
    expect(httpUrl(42)).toBeNull();
  });

  it('keeps the http(s) ones of a list, each once', () => {
    expect(
      httpUrls(['https://a.example/1', 'javascript:x', 'https://a.example/1', 'data:,x', 'http://b.example/']),
    ).toEqual(['https://a.example/1', 'http://b.example/']);
  });
});

describe('withoutActiveLinks', () => {
  it('drops active links at any depth and keeps text and other values', () => {
    expect(
      withoutActiveLinks({
        commentsUrl: 'javascript:alert(1)',
        enclosures: [{ url: 'data:text/html,x', type: 'text/html' }, { url: 'https://a.example/ep.mp3' }],
        jsonLd: [
          { '@type': 'Article', url: '\u0001 VBScript:msgbox(1)', sameAs: ['javascript:x', 'https://x.example/'] },
        ],
        note: 'Update: now with data: and javascript: inside the text',
        count: 3,
        missing: null,
      }),
    ).toEqual({
      commentsUrl: null,
      enclosures: [{ url: null, type: 'text/html' }, { url: 'https://a.example/ep.mp3' }],
      jsonLd: [{ '@type': 'Article', url: null, sameAs: ['https://x.example/'] }],
      note: 'Update: now with data: and javascript: inside the text',
      count: 3,
      missing: null,
    });
  });

  it('reads a scheme as the URL parser does', () => {
    for (const value of ['javascript:x', '  JAVASCRIPT:x', 'jav\tascript:x', '\u0000data:,x', 'vbscript:x'])
      expect(isActiveLink(value), value).toBe(true);
    for (const value of ['https://x.example/', 'Note: javascript:x', 'data', 'a javascript: b'])
      expect(isActiveLink(value), value).toBe(false);
  });
});
