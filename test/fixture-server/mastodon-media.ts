/**
 * The fixture Mastodon's media: uploads (multipart, as POST /api/v2/media takes them), their
 * processing, and attaching them to a status. Answers are the recorded attachments
 * (test/fixtures/recorded/mastodon/media-*.json) with the fields that change put in.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures/recorded/mastodon');
const recorded = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

export interface Upload {
  id: string;
  type: 'image' | 'video';
  contentType: string;
  description: string | null;
  bytes: number;
  sha256: string;
  /** GET /api/v1/media/:id answers 206 (still processing) this many more times. */
  processing: number;
  attachedTo: string | null;
  url: string;
}

export interface Answer {
  status: number;
  body: unknown;
}

/** The attachment as the API shows it: `url` null while it is processed. */
export function attachment(upload: Upload): Record<string, unknown> {
  const base = recorded(upload.type === 'video' ? 'media-processing.json' : 'media-image.json');
  return {
    ...base,
    id: upload.id,
    type: upload.type,
    url: upload.processing > 0 ? null : upload.url,
    description: upload.description,
  };
}

/** POST /api/v2/media: 200 when processed at once, 202 while `processing` polls remain. */
export async function upload(
  raw: Buffer,
  contentType: string,
  make: { id: string; base: string; processing: number },
): Promise<{ answer: Answer; made?: Upload }> {
  let form: FormData;
  try {
    form = await new Request('http://fixture/', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: raw,
    }).formData();
  } catch {
    return { answer: { status: 422, body: { error: 'Validation failed: File content type is invalid' } } };
  }
  const file = form.get('file');
  if (!(file instanceof File))
    return { answer: { status: 422, body: { error: "Validation failed: File can't be blank" } } };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = file.type.startsWith('video/') ? 'video' : file.type.startsWith('image/') ? 'image' : null;
  if (!type) return { answer: { status: 422, body: { error: 'Validation failed: File content type is invalid' } } };
  const description = form.get('description');
  const made: Upload = {
    id: make.id,
    type,
    contentType: file.type,
    description: typeof description === 'string' ? description : null,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    processing: make.processing,
    attachedTo: null,
    url: `${make.base}/system/media_attachments/files/${make.id}/original/${file.name}`,
  };
  return { answer: { status: made.processing > 0 ? 202 : 200, body: attachment(made) }, made };
}

/** GET /api/v1/media/:id: 206 while processing (one poll spent), then 200 with its url. */
export function show(found: Upload | undefined): Answer {
  if (!found) return { status: 404, body: { error: 'Record not found' } };
  if (found.processing > 0) {
    found.processing--;
    return { status: 206, body: { ...attachment(found), url: null } };
  }
  return { status: 200, body: attachment(found) };
}

/**
 * The uploads a new status attaches, or Mastodon's 422: ids unknown or attached already,
 * more than four, or a video beside images.
 */
export function attach(uploads: ReadonlyMap<string, Upload>, ids: readonly string[]): Upload[] | Answer {
  const found = ids.map((id) => uploads.get(id));
  const missing = ids.filter((_, i) => !found[i] || found[i]?.attachedTo);
  if (missing.length > 0) {
    return {
      status: 422,
      body: { error: `Media (${missing.join(', ')}) not found or already attached to another post` },
    };
  }
  const files = found.flatMap((f) => (f ? [f] : []));
  if (files.some((f) => f.processing > 0)) {
    return {
      status: 422,
      body: { error: 'Cannot attach files that have not finished processing. Try again in a moment!' },
    };
  }
  if (files.length > 4) return { status: 422, body: { error: 'Cannot attach more than 4 files.' } };
  if (files.some((f) => f.type === 'video') && files.length > 1) {
    return { status: 422, body: { error: 'Cannot attach a video to a post that already contains images.' } };
  }
  return files;
}
