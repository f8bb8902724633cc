import { describe, expect, it } from 'vitest';
import { detectFacets, facetsOf } from './bluesky-facets';

const bytes = new TextEncoder();
const decoder = new TextDecoder();
/** The text a byte range covers, as a reader of the record would cut it. */
const cut = (text: string, f: { byteStart: number; byteEnd: number }) =>
  decoder.decode(bytes.encode(text).slice(f.byteStart, f.byteEnd));

describe('detectFacets', () => {
  it('finds a link, a mention and a tag with UTF-8 byte ranges', () => {
    const text = 'See https://example.com/a?b=1 by @alice.bsky.social #news';
    const found = detectFacets(text);
    expect(found.map((f) => f.kind)).toEqual(['link', 'mention', 'tag']);
    expect(found.map((f) => cut(text, f))).toEqual(['https://example.com/a?b=1', '@alice.bsky.social', '#news']);
    expect(found[0]).toMatchObject({ uri: 'https://example.com/a?b=1', byteStart: 4, byteEnd: 29 });
  });

  it('counts bytes, not UTF-16 units, after emoji and accented letters', () => {
    // 🦅 is 2 UTF-16 units and 4 bytes; é is 1 unit and 2 bytes; 👩‍💻 is 5 units and 11 bytes.
    const text = '🦅 Café 👩‍💻 https://crowsnest.dev #façade';
    const [link, tag] = detectFacets(text);
    const before = '🦅 Café 👩‍💻 ';
    expect(link).toMatchObject({ kind: 'link', byteStart: bytes.encode(before).length });
    expect(link?.byteStart).toBe(4 + 1 + 5 + 1 + 11 + 1);
    expect(link?.byteStart).not.toBe(before.length);
    expect(link && cut(text, link)).toBe('https://crowsnest.dev');
    expect(tag).toMatchObject({ kind: 'tag', tag: 'façade' });
    expect(tag && cut(text, tag)).toBe('#façade');
    expect(tag && tag.byteEnd - tag.byteStart).toBe(8);
  });

  it('leaves sentence punctuation and enclosing parentheses out of links', () => {
    const text =
      'Read it (https://example.com/x). Or https://example.com/y, https://en.wikipedia.org/wiki/Rust_(language)';
    expect(detectFacets(text).map((f) => (f.kind === 'link' ? f.uri : null))).toEqual([
      'https://example.com/x',
      'https://example.com/y',
      'https://en.wikipedia.org/wiki/Rust_(language)',
    ]);
  });

  it('takes only handle-shaped mentions, without a trailing full stop', () => {
    const text = 'Thanks @bob.test. Mail me@example.com, ping @nodot or @Carol.Example.org';
    const mentions = detectFacets(text).filter((f) => f.kind === 'mention');
    expect(mentions.map((f) => (f.kind === 'mention' ? f.handle : ''))).toEqual(['bob.test', 'carol.example.org']);
    expect(mentions.map((f) => cut(text, f))).toEqual(['@bob.test', '@Carol.Example.org']);
  });

  it('takes tags that are not only digits, ends them at punctuation, and skips anchors in links', () => {
    const text = 'Win #1 at #launch2025! #tag, and https://example.com/#anchor ＃全角';
    const tags = detectFacets(text).flatMap((f) => (f.kind === 'tag' ? [f.tag] : []));
    expect(tags).toEqual(['launch2025', 'tag', '全角']);
  });

  it('skips tags longer than Bluesky takes', () => {
    expect(detectFacets(`#${'a'.repeat(65)}`)).toEqual([]);
    expect(detectFacets(`#${'a'.repeat(64)}`)).toHaveLength(1);
  });
});

describe('facetsOf', () => {
  it('resolves each mentioned handle once and leaves unknown ones as text', async () => {
    const asked: string[] = [];
    const text = '@alice.test and @ghost.test and @alice.test again #tag';
    const facets = await facetsOf(text, async (handle) => {
      asked.push(handle);
      return handle === 'alice.test' ? 'did:plc:alice' : null;
    });
    expect(asked).toEqual(['alice.test', 'ghost.test']);
    expect(facets.map((f) => f.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' },
      { $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'tag' },
    ]);
    expect(facets.map((f) => cut(text, f.index))).toEqual(['@alice.test', '@alice.test', '#tag']);
  });

  it('answers no facets for plain text', async () => {
    expect(await facetsOf('Just words.', async () => 'did:plc:x')).toEqual([]);
  });
});
