import { env } from 'cloudflare:workers';

/**
 * Media for tests: the real sample files of test/fixtures/media (through the fixture server),
 * and ISO BMFF (MP4/MOV) files built box by box (ISO/IEC 14496-12), so the container's fields
 * are known exactly: a video's duration and frame size, where `moov` sits, 32- or 64-bit sizes.
 */

const samples = new Map<string, Promise<Uint8Array>>();

/** A sample from test/fixtures/media (python.jpg, python.png, python.gif, python.webp, python.bmp, python.tiff). */
export function sample(name: string): Promise<Uint8Array> {
  let bytes = samples.get(name);
  if (!bytes) {
    bytes = fetch(`${env.FIXTURE_ORIGIN}/files/media/${name}`).then(async (res) => {
      if (!res.ok) throw new Error(`sample ${name}: ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    });
    samples.set(name, bytes);
  }
  return bytes;
}

const text = (s: string) => new TextEncoder().encode(s);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A box: 32-bit size and type, or with `large` the size 1 and a 64-bit size after the type. */
export function box(type: string, payload: Uint8Array[], large = false): Uint8Array {
  const body = concat(payload);
  const header = new Uint8Array(large ? 16 : 8);
  const view = new DataView(header.buffer);
  if (large) {
    view.setUint32(0, 1);
    view.setBigUint64(8, BigInt(16 + body.length));
  } else {
    view.setUint32(0, 8 + body.length);
  }
  header.set(text(type), 4);
  return concat([header, body]);
}

function fields(write: (view: DataView) => void, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  return bytes;
}

function mvhd(version: 0 | 1, timescale: number, duration: number): Uint8Array {
  return box('mvhd', [
    fields(
      (v) => {
        v.setUint8(0, version);
        if (version === 1) {
          v.setUint32(20, timescale);
          v.setBigUint64(24, BigInt(duration));
        } else {
          v.setUint32(12, timescale);
          v.setUint32(16, duration);
        }
      },
      version === 1 ? 112 : 100,
    ),
  ]);
}

function tkhd(version: 0 | 1, width: number, height: number): Uint8Array {
  const at = version === 1 ? 88 : 76;
  return box('tkhd', [
    fields((v) => {
      v.setUint8(0, version);
      v.setUint32(at, width * 65536);
      v.setUint32(at + 4, height * 65536);
    }, at + 8),
  ]);
}

function trak(handler: 'vide' | 'soun', version: 0 | 1, width: number, height: number): Uint8Array {
  const hdlr = box('hdlr', [
    fields((v) => {
      for (const [i, c] of text(handler).entries()) v.setUint8(8 + i, c);
    }, 25),
  ]);
  return box('trak', [tkhd(version, width, height), box('mdia', [box('mdhd', [new Uint8Array(24)]), hdlr])]);
}

export interface Mp4Options {
  brand?: string;
  compatible?: string[];
  version?: 0 | 1;
  timescale?: number;
  duration?: number;
  width?: number;
  height?: number;
  /** `moov` after the media data (as most cameras write it), not before it ("fast start"). */
  moovLast?: boolean;
  /** Bytes of media data. */
  mdatBytes?: number;
  /** The mdat box with a 64-bit size. */
  largeMdat?: boolean;
}

/** An MP4/MOV file: ftyp, mdat and moov (an audio track first, then the video track). */
export function mp4(options: Mp4Options = {}): Uint8Array {
  const version = options.version ?? 0;
  const brands = [options.brand ?? 'isom', ...(options.compatible ?? ['isom', 'mp42'])];
  const ftyp = box('ftyp', [text(brands[0] ?? 'isom'), new Uint8Array(4), ...brands.slice(1).map(text)]);
  const moov = box('moov', [
    mvhd(version, options.timescale ?? 1000, options.duration ?? 12_345),
    // An audio track with a frame size of its own, which the probe must not take for the video's.
    trak('soun', version, 16, 16),
    trak('vide', version, options.width ?? 1280, options.height ?? 720),
  ]);
  const data = new Uint8Array(options.mdatBytes ?? 1024);
  for (let i = 0; i < data.length; i += 4096) data[i] = i & 0xff;
  const mdat = box('mdat', [data], options.largeMdat);
  return concat(options.moovLast === false ? [ftyp, moov, mdat] : [ftyp, mdat, moov]);
}

/** Ranged reads over bytes in memory, counting calls, as the probe reads R2. */
export function rangeReader(bytes: Uint8Array) {
  const reads: [number, number][] = [];
  return {
    reads,
    read: async (offset: number, length: number) => {
      reads.push([offset, length]);
      return bytes.slice(offset, offset + length);
    },
  };
}
