import { describe, expect, it } from 'vitest';
import json10 from '../../../../test/fixtures/feeds/json-feed-1.0.json?raw';
import json11 from '../../../../test/fixtures/feeds/json-feed-1.1.json?raw';
import { parseFeed } from './index';

describe('JSON Feed', () => {
  it('reads 1.1: authors, attachments with duration, relative image against feed_url', () => {
    const feed = parseFeed(json11, 'https://elsewhere.example/x');
    expect(feed).toMatchObject({
      format: 'json',
      version: '1.1',
      title: 'Bay Birds',
      link: 'https://birds.example/',
      imageUrl: 'https://birds.example/icon.png',
      language: 'en',
      authors: [{ name: 'Robin Wader', url: 'https://birds.example/robin' }],
    });
    expect(feed.items[0]).toMatchObject({
      id: '2025-01-06-heron',
      title: 'A grey heron',
      contentHtml: '<p>Seen at the <b>old pier</b>.</p>',
      summary: 'Heron at the pier.',
      published: '2025-01-06T12:45:00.000Z',
      updated: '2025-01-06T09:00:00.000Z',
      categories: ['herons', 'pier'],
      imageUrl: 'https://birds.example/2025/heron.jpg',
      enclosures: [{ url: 'https://birds.example/heron-call.m4a', type: 'audio/x-m4a', length: 83000 }],
      durationSeconds: 12,
    });
  });

  it('takes a numeric id, plain-text content, and a bad date as no date', () => {
    const gulls = parseFeed(json11, 'https://birds.example/feed.json').items[1];
    expect(gulls).toMatchObject({ id: '42', contentHtml: 'Gulls, many gulls.', published: null, title: null });
  });

  it("reads 1.0's singular author", () => {
    const feed = parseFeed(json10, 'https://dock.example/feed.json');
    expect(feed).toMatchObject({ version: '1', authors: [{ name: 'Harbourmaster' }] });
    expect(feed.items[0]).toMatchObject({ id: '1', title: 'Berth 4 free', published: '2025-01-02T10:00:00.000Z' });
  });

  it('treats values of the wrong type as absent', () => {
    const feed = parseFeed(
      '{"version":"https://jsonfeed.org/version/1.1","title":7,"items":[{"id":{},"url":3,"tags":"x"},"junk"]}',
      'https://x.example/',
    );
    expect(feed.title).toBeNull();
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ guid: null, link: null, categories: [] });
    expect(feed.items[0]?.id).toMatch(/^hash:/);
  });
});
