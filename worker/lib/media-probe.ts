/**
 * What a media file is, read from its bytes, never from its name or the type a client claims:
 * the type from the first bytes (magic numbers), image dimensions from the headers, a video's
 * duration and frame size from its container. Pure: the bytes come through `RangeRead`, so a
 * file in R2 is read with ranged gets (an MP4's `moov` box may sit after gigabytes of `mdat`).
 */

export type SniffedKind = 'image' | 'video';

export interface Sniffed {
  /** The MIME type the bytes are. */
  type: string;
  kind: SniffedKind;
}

/** The types the library takes, for the 415 answer to anything else. */
export const ACCEPTED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'video/mp4',
  'video/quicktime',
  'video/x-m4v',
  'video/webm',
] as const;

/** How many leading bytes `sniffType` needs. */
export const SNIFF_BYTES = 64;

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, i) => bytes[at + i] === byte);

/** ISO BMFF brands of video files (major or compatible); HEIF (`mif1`, `heic`) and audio-only `M4A ` are not. */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'msnv', 'f4v ']);
const M4V_BRANDS = new Set(['M4V ', 'M4VH', 'M4VP']);

/** The type of a file from its first bytes (SNIFF_BYTES are enough), or null when it is none the library takes. */
export function sniffType(head: Uint8Array): Sniffed | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg', kind: 'image' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'image/png', kind: 'image' };
  const six = ascii(head, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return { type: 'image/gif', kind: 'image' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return { type: 'image/webp', kind: 'image' };
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(head, 0, SNIFF_BYTES).includes('webm')) {
    return { type: 'video/webm', kind: 'video' };
  }
  if (ascii(head, 4, 4) === 'ftyp') return sniffFtyp(head);
  return null;
}

function sniffFtyp(head: Uint8Array): Sniffed | null {
  const size = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
  const major = ascii(head, 8, 4);
  // The major brand, then the compatible brands after the minor version.
  const brands = [major];
  for (let at = 16; at + 4 <= Math.min(size, head.length); at += 4) brands.push(ascii(head, at, 4));
  if (major === 'qt  ') return { type: 'video/quicktime', kind: 'video' };
  if (M4V_BRANDS.has(major)) return { type: 'video/x-m4v', kind: 'video' };
  if (brands.some((brand) => MP4_BRANDS.has(brand) || M4V_BRANDS.has(brand))) {
    return { type: 'video/mp4', kind: 'video' };
  }
  return null;
}

/** Reads up to `length` bytes at `offset` (fewer at the end of the file). */
export type RangeRead = (offset: number, length: number) => Promise<Uint8Array>;

export interface Probed {
  width: number | null;
  height: number | null;
  durationMs: number | null;
}

const UNKNOWN: Probed = { width: null, height: null, durationMs: null };

/**
 * Dimensions and duration of a file of `type` (as sniffed) and `size` bytes. Whatever cannot
 * be read is null: a file the sniffer took is kept even if its headers are odd.
 */
export async function probeMedia(type: string, size: number, read: RangeRead): Promise<Probed> {
  const reader = new WindowReader(read, size);
  switch (type) {
    case 'image/png':
      return imageSize(await reader.bytes(0, 24), (b) =>
        ascii(b, 12, 4) === 'IHDR' ? [u32(b, 16), u32(b, 20)] : null,
      );
    case 'image/gif':
      return imageSize(await reader.bytes(0, 10), (b) => [u16le(b, 6), u16le(b, 8)]);
    case 'image/webp':
      return imageSize(await reader.bytes(0, 30), webpSize);
    case 'image/jpeg':
      return jpegSize(reader);
    case 'video/mp4':
    case 'video/quicktime':
    case 'video/x-m4v':
      return probeIsoBmff(reader);
    default:
      return UNKNOWN;
  }
}

function imageSize(bytes: Uint8Array, read: (b: Uint8Array) => [number, number] | null): Probed {
  const size = read(bytes);
  if (!size || size[0] <= 0 || size[1] <= 0) return UNKNOWN;
  return { width: size[0], height: size[1], durationMs: null };
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
const u16 = (b: Uint8Array, at: number) => (at + 2 <= b.length ? view(b).getUint16(at) : 0);
const u16le = (b: Uint8Array, at: number) => (at + 2 <= b.length ? view(b).getUint16(at, true) : 0);
const u32 = (b: Uint8Array, at: number) => (at + 4 <= b.length ? view(b).getUint32(at) : 0);
const u24le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16);
const u64 = (b: Uint8Array, at: number) => (at + 8 <= b.length ? Number(view(b).getBigUint64(at)) : 0);

/** WebP's three encodings keep the size in three places (RFC 9649 §2.5–2.7). */
function webpSize(b: Uint8Array): [number, number] | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return [u24le(b, 24) + 1, u24le(b, 27) + 1];
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  // A key frame: 3 bytes of frame tag, the start code 9d 01 2a, then 14-bit width and height.
  if (chunk === 'VP8 ' && startsWith(b, [0x9d, 0x01, 0x2a], 23)) {
    return [u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff];
  }
  return null;
}

/** JPEG: walk the segments (each says its length) to the first SOFn frame header. */
async function jpegSize(reader: WindowReader): Promise<Probed> {
  let at = 2;
  // A bound on segments walked, so a crafted file cannot keep the walk going.
  for (let segments = 0; segments < 1000 && at + 9 <= reader.size; segments++) {
    const head = await reader.bytes(at, 9);
    if (head[0] !== 0xff) return UNKNOWN;
    const marker = head[1] ?? 0;
    // Fill bytes: a marker may be preceded by any number of 0xff.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Standalone markers carry no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    // SOF0–SOF15 except DHT (c4), JPG (c8) and DAC (cc): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return imageSize(head, (b) => [u16(b, 7), u16(b, 5)]);
    }
    // Start of scan or end of image before any frame header: nothing to read.
    if (marker === 0xda || marker === 0xd9) return UNKNOWN;
    const length = u16(head, 2);
    if (length < 2) return UNKNOWN;
    at += 2 + length;
  }
  return UNKNOWN;
}

interface Box {
  type: string;
  /** Where its payload starts and ends (absolute offsets). */
  start: number;
  end: number;
}

/** The boxes between `from` and `to`, read header by header (ISO/IEC 14496-12 §4.2). */
async function* boxes(reader: WindowReader, from: number, to: number): AsyncGenerator<Box> {
  let at = from;
  for (let count = 0; count < 10_000 && at + 8 <= to; count++) {
    const head = await reader.bytes(at, 16);
    let size = u32(head, 0);
    const type = ascii(head, 4, 4);
    let header = 8;
    if (size === 1) {
      size = u64(head, 8);
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) return;
    yield { type, start: at + header, end: at + size };
    at += size;
  }
}

async function child(reader: WindowReader, parent: Box, type: string): Promise<Box | null> {
  for await (const box of boxes(reader, parent.start, parent.end)) if (box.type === type) return box;
  return null;
}

/** MP4 / MOV / M4V: duration from `moov/mvhd`, frame size from the video track's `tkhd`. */
async function probeIsoBmff(reader: WindowReader): Promise<Probed> {
  let moov: Box | null = null;
  for await (const box of boxes(reader, 0, reader.size)) {
    if (box.type === 'moov') {
      moov = box;
      break;
    }
  }
  if (!moov) return UNKNOWN;
  const result: Probed = { ...UNKNOWN };
  for await (const box of boxes(reader, moov.start, moov.end)) {
    if (box.type === 'mvhd') result.durationMs = await mvhdDuration(reader, box);
    if (box.type === 'trak' && result.width === null) {
      const size = await videoTrackSize(reader, box);
      if (size) [result.width, result.height] = size;
    }
  }
  return result;
}

async function mvhdDuration(reader: WindowReader, mvhd: Box): Promise<number | null> {
  const b = await reader.bytes(mvhd.start, 32);
  // Version 1 has 64-bit creation/modification times and duration.
  const [timescale, duration] = b[0] === 1 ? [u32(b, 20), u64(b, 24)] : [u32(b, 12), u32(b, 16)];
  if (timescale === 0) return null;
  return Math.round((duration * 1000) / timescale);
}

/** A track's width and height (16.16 fixed point in `tkhd`) if its handler is `vide`. */
async function videoTrackSize(reader: WindowReader, trak: Box): Promise<[number, number] | null> {
  const mdia = await child(reader, trak, 'mdia');
  const hdlr = mdia && (await child(reader, mdia, 'hdlr'));
  // hdlr: version/flags (4), pre_defined (4), then handler_type.
  if (!hdlr || ascii(await reader.bytes(hdlr.start, 12), 8, 4) !== 'vide') return null;
  const tkhd = await child(reader, trak, 'tkhd');
  if (!tkhd) return null;
  const b = await reader.bytes(tkhd.start, 96);
  const at = b[0] === 1 ? 88 : 76;
  const width = Math.round(u32(b, at) / 65536);
  const height = Math.round(u32(b, at + 4) / 65536);
  return width > 0 && height > 0 ? [width, height] : null;
}

/** How much one read fetches: headers sit close together, so one read usually serves many. */
const WINDOW = 64 * 1024;

/** Ranged reads through one cached window, so walking headers costs few round trips. */
class WindowReader {
  #window: Uint8Array = new Uint8Array(0);
  #windowAt = 0;

  constructor(
    readonly read: RangeRead,
    readonly size: number,
  ) {}

  async bytes(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(offset + length, this.size);
    if (offset < this.#windowAt || end > this.#windowAt + this.#window.length) {
      this.#window = await this.read(offset, Math.max(WINDOW, length));
      this.#windowAt = offset;
    }
    return this.#window.subarray(offset - this.#windowAt, end - this.#windowAt);
  }
}
