/** R2 takes multipart parts of at least 5 MiB (all but the last of one size); 8 MiB keeps the count low. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Writes a document to R2 as it is produced, through a multipart upload in fixed-size parts,
 * so an export of any size never sits in memory whole. Abort on failure, or the parts linger
 * until R2's lifecycle rule removes them.
 */
export class R2StreamWriter {
  readonly #upload: R2MultipartUpload;
  readonly #encoder = new TextEncoder();
  readonly #parts: R2UploadedPart[] = [];
  #buffer = new Uint8Array(PART_BYTES);
  #filled = 0;
  #bytes = 0;

  private constructor(upload: R2MultipartUpload) {
    this.#upload = upload;
  }

  static async open(bucket: R2Bucket, key: string, options: R2MultipartOptions): Promise<R2StreamWriter> {
    return new R2StreamWriter(await bucket.createMultipartUpload(key, options));
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.#bytes;
  }

  async write(text: string): Promise<void> {
    let data = this.#encoder.encode(text);
    this.#bytes += data.byteLength;
    while (data.byteLength > 0) {
      const take = Math.min(data.byteLength, PART_BYTES - this.#filled);
      this.#buffer.set(data.subarray(0, take), this.#filled);
      this.#filled += take;
      data = data.subarray(take);
      if (this.#filled === PART_BYTES) await this.#flush();
    }
  }

  async #flush(): Promise<void> {
    if (this.#filled === 0) return;
    const part = this.#buffer.slice(0, this.#filled);
    this.#parts.push(await this.#upload.uploadPart(this.#parts.length + 1, part));
    this.#filled = 0;
  }

  async close(): Promise<R2Object> {
    // An empty document still needs one part.
    if (this.#filled > 0 || this.#parts.length === 0) await this.#flush();
    return this.#upload.complete(this.#parts);
  }

  abort(): Promise<void> {
    return this.#upload.abort();
  }
}
