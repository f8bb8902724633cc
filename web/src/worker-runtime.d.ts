/**
 * The typed API client (`hc<AppType>`) makes this program type-check the Worker's sources
 * under the DOM lib, whose Web Crypto types are narrower than the Workers runtime's. These
 * two declarations restore what the Worker code relies on; nothing in the browser calls them.
 */
interface SubtleCrypto {
  /** Workers-only (constant-time comparison). */
  timingSafeEqual(a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView): boolean;
  /** Workers accept any ArrayBufferView as a PBKDF2 salt. */
  deriveBits(
    algorithm: { name: 'PBKDF2'; hash: string; salt: ArrayBufferView; iterations: number },
    baseKey: CryptoKey,
    length: number,
  ): Promise<ArrayBuffer>;
}
