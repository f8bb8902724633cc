import { describe, expect, it } from 'vitest';
import { box, mp4, rangeReader, sample } from '../../test/media';
import { probeMedia, SNIFF_BYTES, sniffType } from './media-probe';

async function probe(bytes: Uint8Array) {
  const sniffed = sniffType(bytes.subarray(0, SNIFF_BYTES));
  if (!sniffed) return null;
  return { ...sniffed, ...(await probeMedia(sniffed.type, bytes.length, rangeReader(bytes).read)) };
}

/** A WebP file of one chunk, RIFF header first. */
function webp(chunk: string, payload: number[]): Uint8Array {
  const body = new Uint8Array([...new TextEncoder().encode(`WEBP${chunk}`), payload.length, 0, 0, 0, ...payload]);
  return new Uint8Array([...new TextEncoder().encode('RIFF'), body.length, 0, 0, 0, ...body]);
}

describe('sniffing and probing real images', () => {
  it.each([
    ['python.jpg', 'image/jpeg'],
    ['python.png', 'image/png'],
    ['python.gif', 'image/gif'],
    ['python.webp', 'image/webp'],
  ])('%s is %s, 16×16', async (name, type) => {
    expect(await probe(await sample(name))).toEqual({ type, kind: 'image', width: 16, height: 16, durationMs: null });
  });

  it.each(['python.bmp', 'python.tiff'])('%s is not a type the library takes', async (name) => {
    expect(sniffType(await sample(name))).toBeNull();
  });

  it('never goes by a name or a claim: text that mentions a type is nothing', () => {
    expect(sniffType(new TextEncoder().encode('GIF8 is not a GIF; ftyp isom either'))).toBeNull();
    expect(sniffType(new Uint8Array(0))).toBeNull();
  });

  it('reads a JPEG frame size past an APP segment that looks like a frame header', async () => {
    const jpg = await sample('python.jpg');
    // An APP1 segment whose bytes hold a fake SOF0 (ff c0) with 999×999: walked over, not read.
    const fake = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0xe7, 0x03, 0xe7];
    const app1 = [0xff, 0xe1, 0x00, fake.length + 2, ...fake];
    const bytes = new Uint8Array([...jpg.subarray(0, 2), ...app1, ...jpg.subarray(2)]);
    expect(await probe(bytes)).toMatchObject({ width: 16, height: 16 });
  });

  it('reads the size of lossy (VP8) and lossless (VP8L) WebP', async () => {
    // VP8: frame tag, start code 9d 01 2a, 14-bit width 640 and height 480 (little-endian).
    const lossy = webp('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]);
    expect(await probe(lossy)).toMatchObject({ type: 'image/webp', width: 640, height: 480 });
    // VP8L: signature 2f, then width−1 (14 bits) and height−1 (14 bits): 300×200.
    const bits = 299 | (199 << 14);
    const lossless = webp('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]);
    expect(await probe(lossless)).toMatchObject({ width: 300, height: 200 });
  });

  it('reads a PNG with its IHDR changed to another size', async () => {
    const png = (await sample('python.png')).slice();
    new DataView(png.buffer).setUint32(16, 4000);
    new DataView(png.buffer).setUint32(20, 3000);
    expect(await probe(png)).toMatchObject({ width: 4000, height: 3000 });
  });
});

describe('sniffing and probing MP4 and MOV', () => {
  it('reads duration (mvhd) and the video track’s frame size (tkhd), not the audio track’s', async () => {
    expect(await probe(mp4({ timescale: 600, duration: 7_407, width: 1920, height: 1080 }))).toEqual({
      type: 'video/mp4',
      kind: 'video',
      width: 1920,
      height: 1080,
      durationMs: 12_345,
    });
  });

  it('reads version 1 boxes (64-bit times and duration)', async () => {
    const duration = 2 ** 33; // beyond 32 bits
    expect(await probe(mp4({ version: 1, timescale: 90_000, duration, width: 720, height: 1280 }))).toMatchObject({
      width: 720,
      height: 1280,
      durationMs: Math.round((duration * 1000) / 90_000),
    });
  });

  it('finds moov at the end after a large mdat with a few ranged reads, not by reading the file', async () => {
    const bytes = mp4({ mdatBytes: 3 * 1024 * 1024, moovLast: true, largeMdat: true });
    const reader = rangeReader(bytes);
    expect(await probeMedia('video/mp4', bytes.length, reader.read)).toMatchObject({ width: 1280, durationMs: 12_345 });
    expect(reader.reads.length).toBeLessThanOrEqual(3);
    expect(reader.reads.every(([, length]) => length <= 64 * 1024)).toBe(true);
    // Fast start (moov first) reads the same.
    expect(await probe(mp4({ moovLast: false }))).toMatchObject({ width: 1280, height: 720, durationMs: 12_345 });
  });

  it('tells QuickTime and M4V from MP4 by the brand, and refuses HEIF and audio-only M4A', async () => {
    expect(sniffType(mp4({ brand: 'qt  ', compatible: ['qt  '] }))?.type).toBe('video/quicktime');
    expect(sniffType(mp4({ brand: 'M4V ', compatible: ['M4V ', 'mp42'] }))?.type).toBe('video/x-m4v');
    expect(sniffType(mp4({ brand: 'mp42', compatible: ['mp41'] }))?.type).toBe('video/mp4');
    expect(sniffType(mp4({ brand: 'heic', compatible: ['mif1', 'heic'] }))).toBeNull();
    expect(sniffType(mp4({ brand: 'M4A ', compatible: ['M4A '] }))).toBeNull();
  });

  it('answers unknown sizes for a file with no moov, or a truncated one, instead of failing', async () => {
    const noMoov = new Uint8Array([...mp4().subarray(0, 32), ...box('free', [new Uint8Array(8)])]);
    expect(await probe(noMoov)).toMatchObject({ type: 'video/mp4', width: null, height: null, durationMs: null });
    const whole = mp4({ moovLast: true });
    expect(await probe(whole.subarray(0, whole.length - 40))).toMatchObject({ durationMs: null });
  });
});
