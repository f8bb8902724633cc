import { describe, expect, it } from 'vitest';
import article from '../../../../test/fixtures/pages/article.html?raw';
import { extractPage } from './extract-page';
import { pageToItem } from './page-to-item';

describe('pageToItem', () => {
  it('maps a page to the content model, keyed by its canonical URL', async () => {
    const fetched = 'https://gazette.example.org/news/2024/harbour-lighthouses?utm_source=feed';
    const page = await extractPage(article, fetched);
    const item = pageToItem(page, fetched);
    expect(item).toMatchObject({
      externalId: 'https://gazette.example.org/news/2024/harbour-lighthouses',
      url: 'https://gazette.example.org/news/2024/harbour-lighthouses',
      title: 'Why Harbour Towns Keep Their Lighthouses',
      author: 'Marta Keel',
      publishedAt: '2024-03-05T08:30:00.000Z',
      imageUrl: 'https://gazette.example.org/images/lighthouse-wide.jpg',
      mediaUrls: ['https://gazette.example.org/images/lighthouse-wide.jpg'],
      metrics: {},
      tags: ['Harbours', 'Heritage', 'lighthouses'],
    });
    expect(item.text).toBe(page.text);
    expect(item.html).toBe(page.html);
    expect(item.extra).toMatchObject({ fetchedUrl: fetched, siteName: 'The Crowsnest Gazette', lang: 'en-GB' });
    expect(item.extra.socialProfiles).toEqual(page.socialProfiles);
  });

  it('has no text rather than an empty one when there is no article', async () => {
    const page = await extractPage('<title>Empty</title>', 'https://example.com/');
    expect(pageToItem(page, 'https://example.com/')).toMatchObject({ text: null, html: null, title: 'Empty' });
  });
});
