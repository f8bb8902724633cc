/**
 * Turns fetched bytes into text the way browsers do (WHATWG Encoding, HTML "determining the
 * character encoding"), plus one repair real feeds and pages need: declarations that lie.
 *
 * Order: a byte-order mark wins; then the Content-Type charset; then the document's own
 * declaration in its first 1024 bytes (`<?xml encoding=…?>`, `<meta charset>`,
 * `<meta http-equiv="Content-Type">`). A declared legacy charset on bytes that are valid
 * UTF-8 with multi-byte sequences is taken as UTF-8 (the usual mislabel: a server default of
 * ISO-8859-1) — and likewise a legacy multi-byte charset (a page declaring gb2312 whose bytes
 * are UTF-8); declared UTF-8 on bytes that are not UTF-8 falls back to windows-1252.
 */

const PRESCAN_BYTES = 1024;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'document' | 'sniffed' | 'default';
}

/** The canonical encoding name for a label, or null if TextDecoder does not know it. */
export function encodingFor(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*("?)([^";,\s]+)\1/i);
  return encodingFor(match?.[2]);
}

/** The charset a document declares about itself near its start (ASCII-compatible encodings only). */
export function charsetFromDocument(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i);
  if (xml) return encodingFor(xml[1]);
  const meta = head.match(/<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/i);
  const declared = encodingFor(meta?.[1]);
  // A page in UTF-16 cannot declare itself in ASCII bytes; the HTML spec treats it as UTF-8.
  return declared?.startsWith('utf-16') ? 'utf-8' : declared;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

export function decodeBody(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)),
      charset: bom.encoding,
      source: 'bom',
    };
  }
  const fromHeader = charsetFromContentType(contentType);
  const fromDocument = charsetFromDocument(bytes);
  const declared = fromHeader ?? fromDocument;
  const source: Decoded['source'] = fromHeader ? 'header' : fromDocument ? 'document' : 'default';
  const utf8 = isUtf8(bytes);

  if (declared === 'utf-8' || declared === null) {
    if (utf8)
      return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: declared ? source : 'default' };
    // Declared (or assumed) UTF-8 that is not: the document's own word, else the web's default.
    const fallback = fromDocument && fromDocument !== 'utf-8' ? fromDocument : 'windows-1252';
    return { text: new TextDecoder(fallback).decode(bytes), charset: fallback, source: 'sniffed' };
  }
  // Text in a legacy encoding is almost never also valid UTF-8 with multi-byte sequences.
  if (!declared.startsWith('utf-16') && utf8 && hasMultiByte(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: 'sniffed' };
  }
  return { text: new TextDecoder(declared).decode(bytes), charset: declared, source };
}
