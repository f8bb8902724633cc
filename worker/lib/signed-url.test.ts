import { describe, expect, it } from 'vitest';
import { signPath, verifyPath } from './signed-url';

describe('signed links', () => {
  it('verify for their own path and secret until they expire', async () => {
    const now = Date.UTC(2026, 10, 22, 10, 30);
    const link = await signPath('secret', '/api/v1/images/abc', now);
    const [path, query] = link.split('?');
    const params = new URLSearchParams(query);
    const exp = Number(params.get('exp'));
    const sig = params.get('sig') ?? '';
    // Expires on the hour, between one and two hours out, so links are stable for caching.
    expect(exp % 3600).toBe(0);
    expect(exp * 1000 - now).toBeGreaterThanOrEqual(3_600_000);
    expect(await verifyPath('secret', path ?? '', exp, sig, now)).toBe(true);
    expect(await verifyPath('other', path ?? '', exp, sig, now)).toBe(false);
    expect(await verifyPath('secret', '/api/v1/images/abd', exp, sig, now)).toBe(false);
    expect(await verifyPath('secret', path ?? '', exp + 3600, sig, now)).toBe(false);
    expect(await verifyPath('secret', path ?? '', exp, sig, exp * 1000 + 1)).toBe(false);
    expect(await verifyPath('secret', path ?? '', exp, '!!', now)).toBe(false);
  });
});
