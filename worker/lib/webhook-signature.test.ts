import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature';

const SECRET = 'whsec_test_secret';
const BODY = '{"id":"evt_1","type":"post.publish","data":{"body":"Fresh bread"}}';
const NOW = Date.UTC(2026, 10, 3, 10, 0, 0);

describe('webhook signatures', () => {
  it('signs as t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">', async () => {
    const header = await signWebhook(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=1793700000,v1=[0-9a-f]{64}$/);
    // The same MAC computed independently with WebCrypto.
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`1793700000.${BODY}`)));
    expect(header.split('v1=')[1]).toBe(Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('verifies its own signature, and not a tampered body, another secret or a forged mac', async () => {
    const header = await signWebhook(SECRET, BODY, NOW);
    expect(await verifyWebhook(SECRET, BODY, header, { now: NOW })).toBe(true);
    expect(await verifyWebhook(SECRET, BODY.replace('Fresh', 'Stale'), header, { now: NOW })).toBe(false);
    expect(await verifyWebhook('another secret', BODY, header, { now: NOW })).toBe(false);
    expect(await verifyWebhook(SECRET, BODY, header.replace(/v1=./, 'v1=0'), { now: NOW })).toBe(false);
    expect(await verifyWebhook(SECRET, BODY, 't=1793700000', { now: NOW })).toBe(false);
    expect(await verifyWebhook(SECRET, BODY, 'garbage', { now: NOW })).toBe(false);
  });

  it('refuses a signature older or newer than the tolerance, and a re-timed one', async () => {
    const header = await signWebhook(SECRET, BODY, NOW);
    expect(await verifyWebhook(SECRET, BODY, header, { now: NOW + 299_000 })).toBe(true);
    expect(await verifyWebhook(SECRET, BODY, header, { now: NOW + 301_000 })).toBe(false);
    expect(await verifyWebhook(SECRET, BODY, header, { now: NOW - 301_000 })).toBe(false);
    expect(await verifyWebhook(SECRET, BODY, header, { now: NOW + 60_000, toleranceS: 30 })).toBe(false);
    // Moving t forward to get past the window breaks the mac.
    const retimed = header.replace('t=1793700000', 't=1793700300');
    expect(await verifyWebhook(SECRET, BODY, retimed, { now: NOW + 300_000 })).toBe(false);
  });

  it('accepts any of several v1 entries (a secret being rotated)', async () => {
    const header = await signWebhook(SECRET, BODY, NOW);
    const rotated = `${header.split(',')[0]},v1=${'ab'.repeat(32)},${header.split(',')[1]}`;
    expect(await verifyWebhook(SECRET, BODY, rotated, { now: NOW })).toBe(true);
  });
});
