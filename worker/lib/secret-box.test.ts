import { describe, expect, it } from 'vitest';
import { toBase64Url } from './encoding';
import { decryptSecret, encryptSecret, sealedKeyId } from './secret-box';

const key = () => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));

describe('secret box', () => {
  it('seals and opens, with a fresh IV each time and the key id named', async () => {
    const config = key();
    const a = await encryptSecret(config, 'sk-live-123');
    const b = await encryptSecret(config, 'sk-live-123');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.k1\./);
    expect(a).not.toContain('sk-live');
    expect(await decryptSecret(config, a)).toBe('sk-live-123');
  });

  it('rotates: the first key seals, older keys still open', async () => {
    const old = key();
    const sealedOld = await encryptSecret(`k1:${old}`, 'secret');
    const rotated = `k2:${key()},k1:${old}`;
    expect(await decryptSecret(rotated, sealedOld)).toBe('secret');
    const sealedNew = await encryptSecret(rotated, 'secret');
    expect(sealedKeyId(sealedNew)).toBe('k2');
    await expect(decryptSecret(`k1:${old}`, sealedNew)).rejects.toThrow(/no longer/);
  });

  it('refuses tampered ciphertexts and malformed configuration', async () => {
    const config = key();
    const sealed = await encryptSecret(config, 'secret');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    await expect(decryptSecret(config, tampered)).rejects.toThrow();
    await expect(decryptSecret(config, 'plain')).rejects.toThrow(/not a sealed secret/);
    await expect(encryptSecret('k1:short', 'x')).rejects.toThrow(/32 bytes/);
  });
});
