import { fromBase64Url, toBase64Url } from './encoding';

/**
 * AES-256-GCM for secrets we must store but never show (AI keys, later social tokens).
 * ENCRYPTION_KEYS is "id:key,id:key" (keys are 32 random bytes, base64url) or a single bare
 * key (id "k1"). The first key encrypts; every listed key decrypts, so a key can be rotated
 * by putting a new one first and re-encrypting at leisure. Ciphertexts name their key:
 * `v1.<keyId>.<iv>.<ciphertext+tag>`.
 */
const VERSION = 'v1';
const encoder = new TextEncoder();

interface Keyring {
  current: string;
  keys: Map<string, Promise<CryptoKey>>;
}

const keyrings = new Map<string, Keyring>();

function keyring(config: string): Keyring {
  const cached = keyrings.get(config);
  if (cached) return cached;
  const entries = config
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => (entry.includes(':') ? (entry.split(':', 2) as [string, string]) : (['k1', entry] as const)));
  const first = entries[0];
  if (!first) throw new Error('ENCRYPTION_KEYS is empty');
  const keys = new Map<string, Promise<CryptoKey>>();
  for (const [id, material] of entries) {
    let raw: Uint8Array<ArrayBuffer>;
    try {
      raw = fromBase64Url(material);
    } catch {
      raw = new Uint8Array();
    }
    if (raw.byteLength !== 32) throw new Error(`ENCRYPTION_KEYS entry "${id}" is not 32 bytes of base64url`);
    keys.set(id, crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  }
  const ring = { current: first[0], keys };
  keyrings.set(config, ring);
  return ring;
}

export async function encryptSecret(config: string, plaintext: string): Promise<string> {
  const ring = keyring(config);
  const key = ring.keys.get(ring.current);
  if (!key) throw new Error('no current encryption key');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key, encoder.encode(plaintext));
  return [VERSION, ring.current, toBase64Url(iv), toBase64Url(new Uint8Array(sealed))].join('.');
}

export async function decryptSecret(config: string, sealed: string): Promise<string> {
  const [version, keyId, iv, body] = sealed.split('.');
  if (version !== VERSION || !keyId || !iv || !body) throw new Error('not a sealed secret');
  const key = keyring(config).keys.get(keyId);
  if (!key) throw new Error(`the key "${keyId}" that sealed this secret is no longer in ENCRYPTION_KEYS`);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(iv) }, await key, fromBase64Url(body));
  return new TextDecoder().decode(plain);
}

/** The id of the key a sealed secret names, for re-encryption after a rotation. */
export function sealedKeyId(sealed: string): string | null {
  return sealed.split('.')[1] ?? null;
}
