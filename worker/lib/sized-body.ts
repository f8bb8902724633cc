/**
 * Request bodies of known length built from bytes and streams, so a file read from storage
 * goes out as it is read (a 100 MB video never sits in memory) and still with a
 * Content-Length, which upload endpoints ask for.
 */

/** A stream with the number of bytes it will yield. */
export interface SizedStream {
  stream: ReadableStream<Uint8Array>;
  bytes: number;
}

const encoder = new TextEncoder();

/** One stream of the pieces in order, of exactly their total length (FixedLengthStream sends it as Content-Length). */
export function sizedBody(pieces: readonly (Uint8Array | SizedStream)[]): SizedStream {
  const bytes = pieces.reduce((sum, piece) => sum + (piece instanceof Uint8Array ? piece.byteLength : piece.bytes), 0);
  const { readable, writable } = new FixedLengthStream(bytes);
  const pump = async () => {
    for (const piece of pieces) {
      if (piece instanceof Uint8Array) {
        const writer = writable.getWriter();
        await writer.write(piece);
        writer.releaseLock();
      } else {
        await piece.stream.pipeTo(writable, { preventClose: true });
      }
    }
    await writable.close();
  };
  // A failed read reaches the reader of `readable` as an error: the request fails, nothing hangs.
  pump().catch((error: unknown) => writable.abort(error).catch(() => undefined));
  return { stream: readable, bytes };
}

/** A multipart/form-data body (RFC 7578): text fields, then one file streamed in. */
export function multipartBody(
  fields: Readonly<Record<string, string>>,
  file: SizedStream & { field: string; filename: string; type: string },
): { body: SizedStream; contentType: string } {
  const boundary = `crowsnest-${crypto.randomUUID()}`;
  // Names and file names are ours (no quotes or line breaks); values are sent as they are.
  const head = Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('');
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  return {
    body: sizedBody([encoder.encode(head + fileHead), file, encoder.encode(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
