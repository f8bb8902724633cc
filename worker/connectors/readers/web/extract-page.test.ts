import { describe, expect, it } from 'vitest';
import article from '../../../../test/fixtures/pages/article.html?raw';
import { malformed } from '../../../../test/fixtures/pages/malformed';
import noArticle from '../../../../test/fixtures/pages/no-article.html?raw';
import rtl from '../../../../test/fixtures/pages/rtl.html?raw';
import { extractPage } from './extract-page';

const PAGE = 'https://gazette.example.org/news/2024/harbour-lighthouses?utm_source=feed';

describe('extractPage on an article page', () => {
  it('finds the article and leaves navigation, sharing, sidebar, comments and footer out', async () => {
    const page = await extractPage(article, PAGE);
    expect(page.text).toContain('Every evening at dusk, Ellis Hartmann climbs');
    expect(page.text).toContain('A ledger of storms');
    expect(page.text).toContain('1923: electric light, and the end of night watches.');
    expect(page.text).toContain('as monuments, which would oblige owners to maintain them.');
    for (const outside of ['Most read', 'Lovely piece', 'Follow us', 'Share on Facebook', 'Sport', 'hidden text']) {
      expect(page.text).not.toContain(outside);
    }
    expect(page.html).toContain('<figcaption>The light at Port Varne at dusk.</figcaption>');
    // Links in the article point where the page's <base> says.
    expect(page.html).toContain('src="https://gazette.example.org/images/varne-light.jpg"');
  });

  it('lays the text out in paragraphs and list items', async () => {
    const { text } = await extractPage(article, PAGE);
    expect(text).toContain('since 1871.\nModern'.replace('\n', ' '));
    expect(text).toContain('A ledger of storms\n\nThe ledger is more than a record');
    expect(text).toContain('colza oil.\n1923: electric light');
  });

  it('reads the metadata', async () => {
    const page = await extractPage(article, PAGE);
    expect(page).toMatchObject({
      url: PAGE,
      canonicalUrl: 'https://gazette.example.org/news/2024/harbour-lighthouses',
      title: 'Why Harbour Towns Keep Their Lighthouses',
      byline: 'Marta Keel',
      publishedTime: '2024-03-05T08:30:00.000Z',
      lang: 'en-GB',
      dir: 'ltr',
      siteName: 'The Crowsnest Gazette',
      excerpt: 'Small ports still pay to keep their old lights burning. We asked why.',
      leadImageUrl: 'https://gazette.example.org/images/lighthouse-wide.jpg',
    });
    expect(page.openGraph).toMatchObject({
      'og:type': 'article',
      'og:image': ['/images/lighthouse-wide.jpg', '/images/lighthouse-square.jpg'],
      'article:tag': ['Harbours', 'Heritage'],
    });
    expect(page.twitterCard).toEqual({ 'twitter:card': 'summary_large_image', 'twitter:site': '@crowsnestnews' });
  });

  it('parses the JSON-LD that is JSON and skips the rest', async () => {
    const { jsonLd } = await extractPage(article, PAGE);
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]).toMatchObject({ '@type': 'NewsArticle', author: { name: 'Marta Keel' } });
  });

  it('lists links to other sites, absolute, once each, with text and rel', async () => {
    const { links } = await extractPage(article, PAGE);
    expect(links).toContainEqual({
      url: 'https://maritime-archive.example.net/varne',
      text: 'county maritime archive',
      rel: [],
    });
    expect(links).toContainEqual({
      url: 'https://lights.example.com/',
      text: 'Keep the Lights',
      rel: ['nofollow', 'noopener'],
    });
    expect(links.some((link) => new URL(link.url).hostname === 'gazette.example.org')).toBe(false);
    expect(new Set(links.map((link) => link.url)).size).toBe(links.length);
  });

  it('finds the social profiles, not posts or share buttons', async () => {
    const { socialProfiles } = await extractPage(article, PAGE);
    expect(socialProfiles).toEqual([
      { platform: 'instagram', url: 'https://www.instagram.com/crowsnestgazette/', handle: 'crowsnestgazette' },
      { platform: 'tiktok', url: 'https://www.tiktok.com/@crowsnestnews', handle: 'crowsnestnews' },
      { platform: 'facebook', url: 'https://www.facebook.com/CrowsnestGazette', handle: 'CrowsnestGazette' },
      { platform: 'x', url: 'https://x.com/crowsnestnews', handle: 'crowsnestnews' },
      { platform: 'linkedin', url: 'https://www.linkedin.com/company/crowsnest-gazette', handle: 'crowsnest-gazette' },
      { platform: 'threads', url: 'https://www.threads.net/@crowsnestnews', handle: 'crowsnestnews' },
      { platform: 'bluesky', url: 'https://bsky.app/profile/gazette.example.org', handle: 'gazette.example.org' },
      { platform: 'youtube', url: 'https://www.youtube.com/@CrowsnestGazette', handle: 'CrowsnestGazette' },
    ]);
  });
});

describe('extractPage on other pages', () => {
  it('gives what it can for a page without any text', async () => {
    const page = await extractPage(noArticle, 'https://moewe.example.de/');
    expect(page.html).toBeNull();
    expect(page.text).toBe('');
    expect(page).toMatchObject({
      title: 'Bald geöffnet | Hafenbäckerei Möwe',
      lang: 'de',
      siteName: 'Hafenbäckerei Möwe',
    });
    expect(page.socialProfiles).toEqual([
      { platform: 'instagram', url: 'https://www.instagram.com/hafenbaeckerei.moewe/', handle: 'hafenbaeckerei.moewe' },
    ]);
    expect(page.links.map((link) => link.url)).toEqual([
      'https://www.instagram.com/hafenbaeckerei.moewe',
      'https://maps.example.com/?q=hafen',
    ]);
  });

  it('reads right-to-left pages', async () => {
    const page = await extractPage(rtl, 'https://port.example.com/library');
    expect(page).toMatchObject({ lang: 'ar', dir: 'rtl', byline: 'سلمى حداد' });
    expect(page.text).toContain('أعادت مكتبة الميناء القديمة فتح أبوابها');
  });

  it('reads malformed HTML as browsers do', async () => {
    const page = await extractPage(malformed, 'http://tides.example.org/tables');
    expect(page.title).toBe('Tide tables & why they matter');
    expect(page.excerpt).toBe('Reading tide tables, with unclosed tags');
    expect(page.text).toContain('waiting six hours for the water to come back & lift them off again.');
    expect(page.text).not.toContain('not content');
    expect(page.text).not.toContain('cdata');
    expect(page.links).toContainEqual({ url: 'http://tides.example.com/varne?x=1&y=2', text: 'tides', rel: [] });
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'just some words, no markup at all'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65_536))],
    ['a stray end tag soup', '</div></p></body></html><p></td></tr></table>'],
    ['deep nesting', `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`],
    ['unclosed nesting', `<p>${'<span><b><i>'.repeat(5_000)}text`],
    [
      'a huge page',
      `<html><body>${'<p>Lots of words in a long paragraph, again and again.</p>'.repeat(60_000)}</body></html>`,
    ],
  ])(
    'does not crash on %s',
    async (_name, html) => {
      const page = await extractPage(html, 'https://example.com/page');
      expect(page.url).toBe('https://example.com/page');
      expect(typeof page.text).toBe('string');
      // What is measured here is that it finishes at all; how fast is bench/extraction's business.
    },
    30_000,
  );

  it('does not crash on a URL that is not one', async () => {
    const page = await extractPage(article, 'not a url');
    expect(page.canonicalUrl).toBe('https://gazette.example.org/news/2024/harbour-lighthouses');
    expect(page.text).toContain('Ellis Hartmann');
  });
});

describe('the date of a page without a dated head', () => {
  const BODY =
    '<p>Ten years ago we baked our first dark rye in the old harbour oven. It took three tries to get a loaf that did not crack, and a whole winter to find a sour that our regulars would order twice.</p>'.repeat(
      3,
    );
  const SIDEBAR =
    '<aside class="sidebar"><a href="/old">An older post</a> <time datetime="2026-11-20">20 Nov</time></aside>';
  const date = async (body: string) =>
    (await extractPage(`<html><head><title>Rye</title></head><body>${body}</body></html>`, 'https://example.com/rye'))
      .publishedTime;

  it('is read from a <time> marked pubdate, wherever it stands', async () => {
    expect(await date(`${SIDEBAR}<p>Posted <time pubdate datetime="2026-09-14T07:45:00Z">Sept</time></p>${BODY}`)).toBe(
      '2026-09-14T07:45:00.000Z',
    );
  });

  it('is read from a <time> in the extracted article when the page has no <article> element', async () => {
    expect(
      await date(
        `${SIDEBAR}<div class="post"><h1>Rye</h1>${BODY}<p>Written on <time datetime="2026-09-14">14 September</time>.</p></div>`,
      ),
    ).toBe('2026-09-14T00:00:00.000Z');
  });

  it('is not taken from a <time> outside the article, nor from one that holds no date', async () => {
    expect(await date(`${SIDEBAR}<article>${BODY}</article>`)).toBeNull();
    expect(await date(`<article><time datetime="soon">soon</time>${BODY}</article>`)).toBeNull();
  });
});
