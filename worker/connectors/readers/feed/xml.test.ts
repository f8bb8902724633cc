import { describe, expect, it } from 'vitest';
import { child, innerXml, parseXml, type XmlElement } from './xml';

const URL = 'https://feeds.example/a/feed.xml';

function names(element: XmlElement | null | undefined): string[] {
  return element?.children.map((c) => c.name) ?? [];
}

describe('parseXml', () => {
  it('names elements by namespace, not by the prefix a feed chose', () => {
    const root = parseXml(
      `<rss xmlns:x="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss"
            xmlns:i=" http://www.itunes.com/DTDs/PodCast-1.0.dtd " xmlns:own="http://own.example/ns">
        <channel><x:creator/><m:content/><i:author/><own:thing/><link xmlns="http://www.w3.org/2005/Atom"/></channel>
      </rss>`,
      URL,
    );
    expect(names(child(root ?? parseXmlFail(), 'channel'))).toEqual([
      'dc:creator',
      'media:content',
      'itunes:author',
      'own:thing',
      'atom:link',
    ]);
  });

  it('keeps undeclared prefixes as written, and gives an Atom feed bare names', () => {
    const rss = parseXml('<rss><channel><dc:creator>A</dc:creator><media:thumbnail url="u"/></channel></rss>', URL);
    expect(names(rss?.children[0])).toEqual(['dc:creator', 'media:thumbnail']);
    const atom = parseXml('<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>T</a:title></a:feed>', URL);
    expect(atom?.name).toBe('feed');
    expect(names(atom)).toEqual(['title']);
  });

  it('decodes XML and HTML entities in text and attributes, once, and only terminated ones', () => {
    const root = parseXml(
      '<t a="x &amp; y &quot;q&quot;">Fish &amp; Chips &nbsp;&eacute;&#233;&#xE9; AT&T ?a=1&copy=2 &amp;lt;</t>',
      URL,
    );
    expect(root?.attrs.a).toBe('x & y "q"');
    expect(root?.text).toBe('Fish & Chips \u00a0ééé AT&T ?a=1&copy=2 &lt;');
  });

  it('takes CDATA as it is, and skips comments, processing instructions and DOCTYPE subsets', () => {
    const root = parseXml(
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y"> <!ELEMENT a (b)>]><!-- c --><rss><t><![CDATA[<b>&amp;</b>]]><!-- gone --></t></rss>`,
      URL,
    );
    expect(root?.name).toBe('rss');
    expect(child(root ?? parseXmlFail(), 't')?.text).toBe('<b>&amp;</b>');
  });

  it('recovers from unclosed and stray tags, a bare <, and unterminated constructs', () => {
    const root = parseXml(
      '<rss><channel><item><title>a < b</title></bogus><link>https://x.example/1<guid>g</guid></item><item><title>Two',
      URL,
    );
    const items = root?.children[0]?.children ?? [];
    expect(items.map(names)).toEqual([['title', 'link', 'guid'], ['title']]);
    expect(items[0]?.children[0]?.text).toBe('a < b');
    expect(items[0]?.children[1]?.text).toBe('https://x.example/1');
    expect(items[1]?.children[0]?.text).toBe('Two');
    expect(parseXml('<rss><!-- never closed', URL)?.children).toEqual([]);
    expect(parseXml('no markup at all', URL)).toBeNull();
  });

  it('reads attributes quoted either way, unquoted, or holding a >', () => {
    const root = parseXml(`<e one="1" two='2' three=3 four="a>b" flag/>`, URL);
    expect(root?.attrs).toEqual({ one: '1', two: '2', three: '3', four: 'a>b', flag: '' });
  });

  it('gives each element its raw inner markup and its xml:base, resolved', () => {
    const root = parseXml(
      '<feed xml:base="https://site.example/blog/"><entry xml:base="posts/"><content><p>Hi <b>there</b></p></content></entry></feed>',
      URL,
    );
    const entry = root?.children[0];
    expect(root?.base).toBe('https://site.example/blog/');
    expect(entry?.base).toBe('https://site.example/blog/posts/');
    expect(innerXml(entry?.children[0] ?? parseXmlFail())).toBe('<p>Hi <b>there</b></p>');
    expect(parseXml('<rss/>', URL)?.base).toBe(URL);
  });

  it('drops elements nested deeper than any feed does, so hostile nesting cannot exhaust the stack', () => {
    const root = parseXml(`<rss>${'<x xmlns:p="u">'.repeat(5000)}`, URL);
    let depth = 0;
    for (let e = root; e; e = e.children[0] ?? null) depth++;
    expect(depth).toBe(256);
  });

  it('ignores content after the root element', () => {
    const root = parseXml('<rss><channel/></rss><rss><extra/></rss>', URL);
    expect(names(root)).toEqual(['channel']);
  });
});

function parseXmlFail(): never {
  throw new Error('expected an element');
}
