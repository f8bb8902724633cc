import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { envWith, fixturePath } from '../../../test/outbound';
import { BadRequest, Unavailable, Unconfirmed } from '../../core/outbound/errors';
import { verifyWebhook } from '../../lib/webhook-signature';
import type { PartToPublish } from './publisher';
import { webhook } from './webhook';

const SECRET = 'whsec_0123456789';
const PART: PartToPublish = {
  targetId: 'tgt_7',
  index: 0,
  body: 'Fresh bread at 7',
  media: [],
  key: webhook.newKey('tgt_7', 0),
};

async function account(url: string) {
  return webhook.connect(env, { platform: 'webhook', url, name: 'Bakery CMS', secret: SECRET });
}

describe('webhook publisher', () => {
  it('connects https URLs (and http only for allowed local hosts), past the outbound guard', async () => {
    const local = fixturePath().url('/status/204');
    expect(await account(local)).toMatchObject({
      serviceUrl: local,
      externalId: local,
      name: 'Bakery CMS',
      credentials: { secret: SECRET },
    });
    expect((await account('https://hooks.public.test/in')).handle).toBe('hooks.public.test');
    await expect(account('http://hooks.public.test/in')).rejects.toThrow(/must start with https/);
    await expect(account('https://hooks.private.test/in')).rejects.toThrow(BadRequest);
    await expect(account('https://169.254.169.254/latest')).rejects.toThrow(BadRequest);
    await expect(account('ftp://hooks.public.test/in')).rejects.toThrow(BadRequest);
  });

  it('delivers signed JSON with the Idempotency-Key; a 2xx is published', async () => {
    const f = fixturePath();
    const published = await webhook.publish(env, await account(f.url('/status/202')), PART);
    expect(published).toEqual({ externalId: PART.key, url: null });
    const [sent] = await f.sent();
    expect(sent?.method).toBe('POST');
    expect(sent?.headers['idempotency-key']).toBe(PART.key);
    expect(sent?.headers['content-type']).toBe('application/json');
    const body = sent?.body ?? '';
    expect(JSON.parse(body)).toMatchObject({
      id: PART.key,
      type: 'post.publish',
      data: { targetId: 'tgt_7', index: 0, body: 'Fresh bread at 7', media: [] },
    });
    const signature = sent?.headers['crowsnest-signature'] ?? '';
    expect(await verifyWebhook(SECRET, body, signature)).toBe(true);
    expect(await verifyWebhook(SECRET, body.replace('Fresh', 'Stale'), signature)).toBe(false);
    expect(await verifyWebhook('other', body, signature)).toBe(false);
  });

  it('a 500 is Unavailable, a 410 a BadRequest', async () => {
    await expect(webhook.publish(env, await account(fixturePath().url('/status/500')), PART)).rejects.toThrow(
      Unavailable,
    );
    await expect(webhook.publish(env, await account(fixturePath().url('/status/410')), PART)).rejects.toThrow(
      BadRequest,
    );
  });

  it('a delivery without an answer in time is Unconfirmed', async () => {
    const impatient = envWith({ OUTBOUND_TIMEOUT_MS: '300' });
    const slow = await account(fixturePath().url('/slow?ms=3000'));
    await expect(webhook.publish(impatient, slow, PART)).rejects.toThrow(Unconfirmed);
  });

  it('find asks the receiver again with the same key: found on a 2xx, never null', async () => {
    const f = fixturePath();
    const target = await account(f.url('/status/200'));
    await webhook.publish(env, target, PART);
    expect(await webhook.find(env, target, PART)).toEqual({ externalId: PART.key, url: null });
    const keys = (await f.sent()).map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual([PART.key, PART.key]);
    const impatient = envWith({ OUTBOUND_TIMEOUT_MS: '300' });
    await expect(webhook.find(impatient, await account(fixturePath().url('/slow?ms=3000')), PART)).rejects.toThrow(
      Unconfirmed,
    );
  });
});
