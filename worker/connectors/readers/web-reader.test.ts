import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixturePath } from '../../../test/outbound';
import { BadRequest, Refused } from '../../core/outbound/errors';
import { outboundFetch } from '../../core/outbound/fetch';
import { forgetRobots } from '../../core/outbound/robots';
import type { ReaderContext } from './reader';
import { webReader } from './web-reader';

const context = (previous = { etag: null as string | null, lastModified: null as string | null }): ReaderContext => ({
  env,
  fetch: (url, options) => outboundFetch(env, url, options),
  previous,
});

beforeEach(() => forgetRobots());

describe('web reader', () => {
  it('reads one page into one item with its article, metadata and profiles', async () => {
    const f = fixturePath();
    const read = await webReader.read(context(), { url: f.url('/files/pipeline/article.html') });
    expect(read.items).toHaveLength(1);
    const [item] = read.items;
    expect(item).toMatchObject({
      externalId: 'https://bakery.example/posts/weekend-orders',
      title: 'How we doubled our weekend orders',
      author: 'Ines Baker',
      publishedAt: '2026-11-12T09:30:00.000Z',
    });
    expect(item?.text).toContain('posting the Saturday bake list every Thursday');
    expect(item?.text).not.toMatch(/casino|Menu/);
    expect(JSON.stringify(item?.extra)).toContain('harbourbakery');
    expect(read.source).toMatchObject({ title: 'Harbour Bakery' });
  });

  it("dates a page by the <time datetime> in its article when its head gives no date, never by the sidebar's", async () => {
    const f = fixturePath();
    const read = await webReader.read(context(), { url: f.url('/files/pipeline/dated-by-time.html') });
    expect(read.items[0]).toMatchObject({
      externalId: 'https://bakery.example/posts/rye-ten-years',
      publishedAt: '2026-09-14T05:45:00.000Z',
    });
  });

  it('leaves a page without any date undated rather than dating it by the read', async () => {
    const f = fixturePath();
    const read = await webReader.read(context(), { url: f.url('/files/pipeline/undated.html') });
    expect(read.items[0]).toMatchObject({ externalId: 'https://bakery.example/about', publishedAt: null });
  });

  it('asks again with validators and gets "not modified"', async () => {
    const f = fixturePath();
    const first = await webReader.read(context(), { url: f.url('/files/pipeline/article.html') });
    const again = await webReader.read(context({ etag: first.etag, lastModified: first.lastModified }), {
      url: f.url('/files/pipeline/article.html'),
    });
    expect(again).toMatchObject({ notModified: true, items: [] });
  });

  it('honours robots.txt and refuses what is not a page', async () => {
    const f = fixturePath();
    await expect(webReader.read(context(), { url: f.url('/no-crowsnest/post.html') })).rejects.toThrow(Refused);
    await expect(webReader.read(context(), { url: f.url('/files/pipeline/thumb.png') })).rejects.toThrow(BadRequest);
  });

  it('refuses private URLs when the source is added', async () => {
    await expect(webReader.validate({ env }, { url: 'http://192.168.1.1/admin' })).rejects.toThrow(Refused);
  });
});
